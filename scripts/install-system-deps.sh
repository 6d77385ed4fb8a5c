#!/usr/bin/env bash
# Debian packages the tests need: headless Chromium (browser tests) and Virtuoso (remote store
# tests). Idempotent: installs only what is missing. Without apt (not Debian, or not root) it
# says so and the tests that need these programs skip with that reason.
set -euo pipefail
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v chromedriver >/dev/null || need+=(chromium-driver)
command -v virtuoso-t >/dev/null || need+=(virtuoso-opensource)
[ ${#need[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null || [ "$(id -u)" -ne 0 ]; then
  echo "install-system-deps: cannot install ${need[*]} (needs apt-get as root); the tests that use them will skip" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
echo "install-system-deps: installed ${need[*]}"
