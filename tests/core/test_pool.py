"""The one process-pool module: safe start, crash replacement, workers die with the app."""

from __future__ import annotations

import concurrent.futures as cf
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from photosafe_desktop.core.pool import OneProcess, process_pool

ROOT = Path(__file__).resolve().parents[2]


def _pid() -> int:
    return os.getpid()


def _crash_once(marker: str) -> int:
    if not os.path.exists(marker):
        Path(marker).write_text("crashed")
        os._exit(3)
    return os.getpid()


def _always_crash() -> None:
    os._exit(3)


def test_a_pool_runs_in_other_processes() -> None:
    with process_pool(2) as pool:
        pids = {pool.submit(_pid).result() for _ in range(4)}
    assert os.getpid() not in pids


def test_one_process_is_replaced_after_a_crash(tmp_path: Path) -> None:
    worker = OneProcess()
    try:
        first = worker.call(_crash_once, str(tmp_path / "marker"))  # crashes, then retried
        assert first != os.getpid()
        assert worker.call(_pid) == first  # the replacement stays for the next call
        with pytest.raises(cf.process.BrokenProcessPool):
            worker.call(_always_crash)  # crashes twice: reported
    finally:
        worker.shutdown()
    with pytest.raises(cf.CancelledError):
        worker.call(_pid)


@pytest.mark.slow
def test_workers_die_with_their_parent(tmp_path: Path) -> None:
    script = (
        "import sys, time\n"
        "from photosafe_desktop.core.pool import process_pool\n"
        "from tests.core.test_pool import _pid\n"
        "pool = process_pool(1)\n"
        "print(pool.submit(_pid).result(), flush=True)\n"
        "time.sleep(120)\n"
    )
    parent = subprocess.Popen(
        [sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert parent.stdout is not None
    worker = int(parent.stdout.readline())
    os.kill(worker, 0)  # alive
    parent.send_signal(signal.SIGKILL)
    parent.wait(timeout=30)
    parent.stdout.close()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            os.kill(worker, 0)
        except ProcessLookupError:
            return
        try:  # a zombie of ours would count as alive: we are not its parent, so no
            if Path(f"/proc/{worker}/stat").read_text().split()[2] == "Z":
                return
        except OSError:
            return
        time.sleep(0.2)
    os.kill(worker, signal.SIGKILL)
    pytest.fail("the worker outlived its parent")
