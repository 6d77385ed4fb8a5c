"""Child processes: each step of the benchmark runs in a fresh interpreter (`run.py --child
TASK JSON`), so its peak memory is its own and a crash or a runaway query costs one figure."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import types
from dataclasses import dataclass
from pathlib import Path

RUN = Path(__file__).resolve().parent / "run.py"
MB = 1024 * 1024


@dataclass
class Outcome:
    """What a child process returned, with its wall time and peak RSS."""

    ok: bool
    result: dict
    wall: float
    rss_mb: float
    error: str = ""
    tree_mb: float = 0.0

    @property
    def peak_mb(self) -> float:
        """The larger of the biggest single process and the sampled sum over its tree."""
        return max(self.rss_mb, self.tree_mb)


def run_child(task: str, timeout: float, **args: object) -> Outcome:
    """Run `task` in a fresh interpreter; its peak RSS comes from `os.wait4` on that child."""
    with tempfile.TemporaryDirectory(prefix="maillage-bench-") as tmp:
        result_file, err_file = Path(tmp) / "result.json", Path(tmp) / "stderr"
        command = [sys.executable, str(RUN), "--child", task,
                   json.dumps({**args, "result": str(result_file)})]
        start = time.perf_counter()
        with err_file.open("wb") as stderr:
            process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=stderr)
            killer = threading.Timer(timeout, process.kill)
            killer.start()
            sampler = TreeSampler(process.pid)
            _, status, usage = os.wait4(process.pid, 0)
            killer.cancel()
            tree_mb = sampler.stop()
        process.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - start
        rss = usage.ru_maxrss * 1024 / MB  # KiB on Linux
        if process.returncode == 0 and result_file.exists():
            return Outcome(True, json.loads(result_file.read_text()), wall, rss, "", tree_mb)
        tail = err_file.read_text(errors="replace").strip().splitlines()[-1:] or [""]
        reason = f"exit {process.returncode}" + (" (killed: timeout)" if wall >= timeout else "")
        return Outcome(False, {}, wall, rss, f"{reason}: {tail[0][:200]}", tree_mb)


class TreeSampler:
    """The peak of the summed RSS of a process and its descendants, sampled every 0.1 s.

    `os.wait4` gives the largest single process of the tree; when the build extracts in
    worker processes, what the machine must hold is their sum, which only sampling sees.
    """

    def __init__(self, pid: int, interval: float = 0.1) -> None:
        self.peak = 0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(pid, interval), daemon=True)
        self._thread.start()

    def stop(self) -> float:
        self._done.set()
        self._thread.join()
        return self.peak / MB

    def _run(self, pid: int, interval: float) -> None:
        import psutil

        try:
            root = psutil.Process(pid)
        except psutil.Error:
            return
        while not self._done.wait(interval):
            try:
                processes = [root, *root.children(recursive=True)]
                total = sum(p.memory_info().rss for p in processes if p.is_running())
            except psutil.Error:
                continue
            self.peak = max(self.peak, total)


def child_main(task: str, raw: str) -> None:
    """Entry point of a child: run the task, write its JSON result."""
    args = json.loads(raw)
    result_file = Path(args.pop("result"))
    from tasks import TASKS

    notes = _ensure_extract()
    result = TASKS[task](**args)
    result.setdefault("notes", []).extend(notes)
    result_file.write_text(json.dumps(result))


def _ensure_extract() -> list[str]:
    """Stand in an identity `loader.extract` while that module is not written yet."""
    try:
        import loader.extract  # noqa: F401
    except ModuleNotFoundError as error:
        if error.name != "loader.extract":
            raise
        stub = types.ModuleType("loader.extract")
        stub.extract = lambda record, *, ner=True: record  # type: ignore[attr-defined]
        sys.modules["loader.extract"] = stub
        return ["loader.extract missing: identity stub (no funders/partners extracted)"]
    return []

