"""The workspace's analysis process starts with ``spawn`` on every system (what Windows and
macOS must use): proven here on Linux with a real photo with drawn faces."""

from __future__ import annotations

from pathlib import Path

import pytest

from photosafe_desktop.core.analysis import PhotoAnalyser
from photosafe_desktop.core.selftest import make_photo


@pytest.mark.slow
def test_analysis_runs_in_a_spawned_process(tmp_path: Path) -> None:
    photo = make_photo(tmp_path / "kamp.jpg")
    worker = PhotoAnalyser()
    try:
        analysis = worker.run(photo)
        executor = worker._process._executor
        assert executor is not None
        assert executor._mp_context.get_start_method() == "spawn"  # type: ignore[attr-defined]
        pids = {p.pid for p in executor._processes.values()}  # type: ignore[attr-defined]
        assert pids and all(pid != __import__("os").getpid() for pid in pids)
    finally:
        worker.shutdown()
    assert analysis.path == photo and analysis.size == (1200, 900)
    assert len(analysis.regions) >= 1  # the drawn faces were found in the other process
    assert analysis.findings  # make_photo writes camera metadata and a GPS position
