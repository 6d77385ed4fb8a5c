"""Re-record `tests/data/golden-rows.json` after a change of what extraction puts in the store.

    .venv/bin/python scripts/record_golden_rows.py

The golden rows are those of the query files of commit 11e381d (labels compared in FILTERs,
before parameters were resolved to IRIs and counts read from summaries), run by that commit's
own runner on the sample store of the *current* build: `tests/test_golden.py` then checks that
today's queries give the rows the old ones give on the same graph. The old commit is checked
out in a temporary git worktree, removed afterwards; the cases (queries and parameters) are
those already in the file. Review the diff of the JSON before committing it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "data" / "golden-rows.json"
BEFORE = "11e381d"
# Run in the old checkout: its runner on the store given, each case's rows as JSON lines.
_OLD_RUNNER = """
import json, sys
from pathlib import Path
from queries.runner import open_backend, run_query
backend = open_backend(Path(sys.argv[1]))
for name, case in json.load(sys.stdin).items():
    result = run_query(backend, case["query"], case["params"])
    print(json.dumps([name, list(result.columns), [list(row) for row in result.rows]]))
"""


def main() -> int:
    from loader.pipeline import SAMPLE, build

    cases = json.loads(GOLDEN.read_text("utf-8"))
    with tempfile.TemporaryDirectory(prefix="maillage-golden-") as tmp:
        old, store = Path(tmp) / "old", Path(tmp) / "store"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--quiet", "--detach",
                        str(old), BEFORE], check=True)
        try:
            build([SAMPLE], store, report=lambda problem: None)
            done = subprocess.run([sys.executable, "-c", _OLD_RUNNER, str(store)], cwd=old,
                                  env={"PYTHONPATH": str(old), "PATH": "/usr/bin:/bin"},
                                  input=json.dumps(cases), capture_output=True, text=True,
                                  check=True)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(old)],
                           check=True)
    for line in done.stdout.splitlines():
        name, columns, rows = json.loads(line)
        cases[name]["columns"], cases[name]["rows"] = columns, rows
    GOLDEN.write_text(_dumps(cases), "utf-8")
    print(f"{GOLDEN.relative_to(ROOT)}: {len(cases)} cases re-recorded")
    return 0


def _dumps(cases: dict) -> str:
    """One row per line, as the file has always been written (reviewable diffs)."""
    parts = []
    for name, case in cases.items():
        head = json.dumps({key: case[key] for key in ("query", "params", "columns")},
                          ensure_ascii=False)[:-1]
        rows = ",\n".join("  " + json.dumps(row, ensure_ascii=False) for row in case["rows"])
        parts.append(f" {json.dumps(name, ensure_ascii=False)}: {head}, \"rows\": [\n{rows}\n ]}}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


if __name__ == "__main__":
    raise SystemExit(main())
