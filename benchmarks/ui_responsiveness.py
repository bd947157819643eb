#!/usr/bin/env python3
"""How the workspace feels with a big album of 12-megapixel photos.

    QT_QPA_PLATFORM=offscreen python benchmarks/ui_responsiveness.py [--photos 500] [--seconds 60]

Generates the album (distinct JPEGs of 4000x3000 with phone-like EXIF), imports it into a
real WorkspaceArea, scrolls the grid while faces are being searched, and prints:
- time to the first thumbnail, and the bare thumbnail call for one photo (the baseline);
- time until every thumbnail is shown;
- the worst gap of a 10 ms heartbeat timer on the GUI thread (target: < 100 ms), as a ratio
  to the same heartbeat measured with the app idle in the same run;
- photos analysed (faces + metadata) within the time limit.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("QT_QPA_PLATFORM_PLUGIN_PATH", None)
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PIL import Image  # noqa: E402


def make_album(folder: Path, count: int) -> None:
    from photosafe_desktop.core.selftest import make_photo

    folder.mkdir(parents=True)
    seeds = min(count, 8)
    for i in range(seeds):
        make_photo(folder / f"seed_{i}.jpg", size=(4000, 3000), seed=i)
    for i in range(count):
        source = folder / f"seed_{i % seeds}.jpg"
        data = bytearray(source.read_bytes())
        data += b"\0" * (i % 7)  # distinct files (trailing bytes after EOI are ignored)
        (folder / f"photo_{i:04d}.jpg").write_bytes(bytes(data))
    for i in range(seeds):
        (folder / f"seed_{i}.jpg").unlink()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--photos", type=int, default=500)
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args()

    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from photosafe_desktop.core.thumbnails import make_thumbnail
    from photosafe_desktop.ui.context import AppContext, LazyStore
    from photosafe_desktop.ui.settings import Settings
    from photosafe_desktop.ui.tasks import TaskRunner
    from photosafe_desktop.ui.workspace.album import Stage
    from photosafe_desktop.ui.workspace.page import WorkspaceArea

    tmp = Path(tempfile.mkdtemp(prefix="photosafe-bench-"))
    os.environ["PHOTOSAFE_HOME"] = str(tmp / "home")
    try:
        t0 = time.perf_counter()
        make_album(tmp / "album", args.photos)
        print(f"generated {args.photos} photos of 12 MP in {time.perf_counter() - t0:.1f} s")
        first = sorted((tmp / "album").iterdir())[0]
        t0 = time.perf_counter()
        make_thumbnail(first, 256)
        bare_thumb = time.perf_counter() - t0
        with Image.open(first) as im:
            t0 = time.perf_counter()
            im.load()
            bare_decode = time.perf_counter() - t0

        app = QApplication.instance() or QApplication(sys.argv[:1])
        page = WorkspaceArea(
            AppContext(
                settings=Settings(), tasks=TaskRunner(), store=LazyStore(), language=lambda: "en"
            )
        )
        page.resize(1280, 800)
        page.show()

        gaps: list[int] = []
        clock = QElapsedTimer()
        heartbeat = QTimer()
        heartbeat.setInterval(10)

        def tick() -> None:
            if clock.isValid():
                gaps.append(clock.restart())
            else:
                clock.start()

        heartbeat.timeout.connect(tick)
        heartbeat.start()
        # idle baseline: one second of nothing
        end = time.perf_counter() + 1.0
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.001)
        idle_worst = max(gaps or [10])
        gaps.clear()
        clock.invalidate()

        scroll = QTimer()
        scroll.setInterval(50)
        bar = page.grid.verticalScrollBar()
        scroll.timeout.connect(lambda: bar.setValue((bar.value() + 40) % max(1, bar.maximum())))

        start = time.perf_counter()
        page.add_paths([tmp / "album"])
        added = time.perf_counter() - start
        first_thumb = all_thumbs = None
        scroll.start()
        deadline = start + args.seconds
        while time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.002)
            entries = page.model.entries
            with_thumb = sum(
                1 for e in entries if e.thumbnail is not None or e.stage == Stage.ERROR
            )
            if first_thumb is None and with_thumb:
                first_thumb = time.perf_counter() - start
            if all_thumbs is None and with_thumb == len(entries):
                all_thumbs = time.perf_counter() - start
            if page.model.pending_count() == 0:
                break
        scroll.stop()
        heartbeat.stop()
        analysed = sum(1 for e in page.model.entries if e.stage == Stage.READY)
        worst = max(gaps or [0])
        gaps.sort()
        p99 = gaps[int(len(gaps) * 0.99)] if gaps else 0
        print(f"add_paths() returned after           {added * 1000:8.1f} ms")
        print(f"bare thumbnail of one photo           {bare_thumb * 1000:8.1f} ms  (baseline)")
        print(f"bare full decode of one photo         {bare_decode * 1000:8.1f} ms")
        if first_thumb is not None:
            print(
                f"first thumbnail shown after           {first_thumb * 1000:8.1f} ms  "
                f"= {first_thumb / bare_thumb:.1f}x the bare thumbnail (target < 1000 ms)"
            )
        if all_thumbs is not None:
            print(f"all {args.photos} thumbnails shown after       {all_thumbs:8.1f} s")
        else:
            print(f"thumbnails not all shown within {args.seconds:.0f} s")
        print(
            f"photos analysed (faces + metadata)    {analysed:8d} in {time.perf_counter() - start:.0f} s"
        )
        print(
            f"GUI heartbeat worst gap               {worst:8d} ms  (idle baseline {idle_worst} ms, "
            f"ratio {worst / max(1, idle_worst):.1f}x; target < 100 ms)"
        )
        print(f"GUI heartbeat 99th percentile gap     {p99:8d} ms")
        page.shutdown()
        page.deleteLater()
        app.processEvents()
        return 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # skip interpreter teardown of the native libraries
