#!/usr/bin/env bash
# A private Virtuoso open-source server for tests and demos, on 127.0.0.1 only.
#
#   scripts/virtuoso.sh start DIR HTTP_PORT [SQL_PORT]   # prints the server's PID once /sparql answers
#   scripts/virtuoso.sh stop DIR                         # stops the server started in DIR
#
# DIR holds the ini, the database and the log (a fresh DIR gives a fresh database, user dba,
# password dba). SQL_PORT defaults to HTTP_PORT + 1. SPARQL endpoint: http://127.0.0.1:HTTP_PORT/sparql
# VIRTUOSO_MAX_ROWS (default 1000000) is the most rows a SPARQL answer may carry.
set -euo pipefail

usage() { echo "usage: $0 start DIR HTTP_PORT [SQL_PORT] | stop DIR" >&2; exit 2; }

write_ini() {
  local dir=$1 http=$2 sql=$3
  cat >"$dir/virtuoso.ini" <<EOF
[Database]
DatabaseFile = $dir/virtuoso.db
ErrorLogFile = $dir/virtuoso.log
LockFile = $dir/virtuoso.lck
TransactionFile = $dir/virtuoso.trx
xa_persistent_file = $dir/virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = $dir/virtuoso-temp.db
TransactionFile = $dir/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:$sql
DisableUnixSocket = 1
CaseMode = 2
DirsAllowed = ., $dir
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
ThreadsPerQuery = 2
[HTTPServer]
ServerPort = 127.0.0.1:$http
ServerRoot = $dir
ServerThreads = 4
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = ${VIRTUOSO_MAX_ROWS:-1000000}
MaxQueryExecutionTime = 120
EOF
}

# Whether the SPARQL endpoint on port $1 answers 200 (bash only: no curl on a fresh machine).
answers() {
  local status
  { exec 3<>"/dev/tcp/127.0.0.1/$1"; } 2>/dev/null || return 1
  printf 'GET /sparql?query=ASK%%7B%%7D HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3
  read -r -t 5 _ status _ <&3 || status=""
  exec 3<&-
  [ "$status" = 200 ]
}

start() {
  local dir http sql
  dir=$(realpath -m "$1") http=$2 sql=${3:-$(($2 + 1))}
  command -v virtuoso-t >/dev/null || { echo "virtuoso.sh: virtuoso-t not found (run scripts/install-system-deps.sh)" >&2; exit 1; }
  mkdir -p "$dir"
  write_ini "$dir" "$http" "$sql"
  (cd "$dir" && exec virtuoso-t +configfile "$dir/virtuoso.ini" +foreground >"$dir/stdout.log" 2>&1) &
  local pid=$!
  echo "$pid" >"$dir/virtuoso.pid"
  for _ in $(seq 120); do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "virtuoso.sh: virtuoso-t exited during startup; see $dir/virtuoso.log" >&2; exit 1
    fi
    if answers "$http"; then
      echo "$pid"; return 0
    fi
    sleep 0.5
  done
  kill "$pid"; echo "virtuoso.sh: no answer on port $http after 60 s; see $dir/virtuoso.log" >&2; exit 1
}

stop() {
  local dir pid
  dir=$(realpath -m "$1")
  [ -f "$dir/virtuoso.pid" ] || { echo "virtuoso.sh: no server started in $dir" >&2; exit 1; }
  pid=$(cat "$dir/virtuoso.pid")
  if kill "$pid" 2>/dev/null; then
    for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  fi
  rm -f "$dir/virtuoso.pid"
}

case "${1:-}" in
  start) [ $# -ge 3 ] || usage; start "$2" "$3" "${4:-}" ;;
  stop) [ $# -eq 2 ] || usage; stop "$2" ;;
  *) usage ;;
esac
