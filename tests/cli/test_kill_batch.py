"""A killed ``photosafe sanitize`` leaves no process behind (issue 12): its forkserver,
workers and resource tracker go with it, and the next run removes its temporary files."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from photosafe_desktop.core.selftest import make_photo

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/stat").exists(), reason="reads the process tree from /proc"
)


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        tree.setdefault(parent, []).append(int(entry.name))
    return tree


def _descendants(pid: int) -> set[int]:
    tree = _children()
    found: set[int] = set()
    todo = [pid]
    while todo:
        for child in tree.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.slow
def test_killing_the_cli_mid_batch_leaves_no_process(tmp_path: Path) -> None:
    album = tmp_path / "album"
    album.mkdir()
    for i in range(12):
        make_photo(album / f"p{i:02d}.jpg", size=(3000, 2200), seed=i)
    out = tmp_path / "out"
    cli = subprocess.Popen(
        [sys.executable, "-m", "photosafe_desktop.cli", "sanitize", str(album), "--out",
         str(out), "--obscure", "blur", "--jobs", "2"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        family: set[int] = set()
        while time.monotonic() < deadline:
            family |= _descendants(cli.pid)
            if len(family) >= 3:  # forkserver or resource tracker, and two workers
                break
            time.sleep(0.2)
        assert len(family) >= 3, "the batch never started its workers"
        time.sleep(1.0)
        family |= _descendants(cli.pid)
        os.kill(cli.pid, signal.SIGKILL)
        cli.wait(timeout=30)
        deadline = time.monotonic() + 8
        while time.monotonic() < deadline and any(_alive(p) for p in family):
            time.sleep(0.2)
        survivors = [p for p in family if _alive(p)]
    finally:
        for pid in _descendants(cli.pid) | family:
            try:
                os.kill(pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
    assert survivors == [], f"{len(survivors)} processes outlived the killed CLI"
