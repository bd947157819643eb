"""Benchmark: how fast and how lean is sanitising an album, against the bare Pillow floor?

Builds an album of 12-megapixel JPEGs with realistic EXIF (GPS, camera, serial, dates,
an IFD1 thumbnail) in a temporary folder and prints, all measured in this run:

- floor: bare Pillow decode + encode of the same files, one process (the least any
  sanitiser that re-encodes must spend);
- ours, one process: ``sanitise_batch(workers=1)`` (decode, orientation, colour, rebuild,
  encode, verify, atomic write) and its ratio to the floor (target <= 1.15);
- ours, all cores: ``sanitise_batch()`` and its ratio to the one-process floor
  (target <= 0.6 on 2 cores);
- peak memory of the whole process tree during each run (target < 600 MB for 200 photos);
- ``exiftool -all=`` (and mat2) on the same files when installed, for comparison.

Run: ``python benchmarks/sanitize.py --photos 24`` (``--photos 200`` for the memory target).
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import piexif
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from photosafe_desktop.core.batch import sanitise_batch  # noqa: E402
from photosafe_desktop.core.metadata import SanitiseOptions  # noqa: E402

QUALITY = 90


def _photo(width: int, height: int, seed: int) -> Image.Image:
    """Photo-like pixels: smooth gradients, shapes and sensor-like noise (compresses like a
    real photo, ~3-5 MB at quality 92)."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:height, 0:width].astype(np.float32)
    base = np.stack(
        [
            128 + 90 * np.sin(x / (300 + 40 * seed % 7)) * np.cos(y / 410),
            128 + 80 * np.cos((x + y) / 520),
            128 + 70 * np.sin(y / 260 + seed),
        ],
        axis=-1,
    )
    base += rng.normal(0, 6, size=base.shape).astype(np.float32)
    return Image.fromarray(np.clip(base, 0, 255).astype(np.uint8), "RGB")


def _exif(index: int) -> bytes:
    thumb = io.BytesIO()
    Image.new("RGB", (160, 120), (90, 120, 160)).save(thumb, "JPEG", quality=80)
    return piexif.dump(
        {
            "0th": {
                piexif.ImageIFD.Make: b"samsung",
                piexif.ImageIFD.Model: b"SM-G991B",
                piexif.ImageIFD.Orientation: 6 if index % 3 == 0 else 1,
                piexif.ImageIFD.Software: b"G991BXXU5CVF3",
                piexif.ImageIFD.DateTime: b"2024:07:14 10:00:00",
            },
            "Exif": {
                piexif.ExifIFD.DateTimeOriginal: b"2024:07:14 09:58:31",
                piexif.ExifIFD.BodySerialNumber: b"R58R12ABCDE",
                piexif.ExifIFD.ExposureTime: (1, 120),
                piexif.ExifIFD.FNumber: (18, 10),
                piexif.ExifIFD.ISOSpeedRatings: 50,
                piexif.ExifIFD.MakerNote: b"\x07\x00" + b"\x00" * 800,
            },
            "GPS": {
                piexif.GPSIFD.GPSLatitudeRef: b"N",
                piexif.GPSIFD.GPSLatitude: ((50, 1), (52, 1), (4512, 100)),
                piexif.GPSIFD.GPSLongitudeRef: b"E",
                piexif.GPSIFD.GPSLongitude: ((4, 1), (42, 1), (350, 100)),
            },
            "1st": {piexif.ImageIFD.Compression: 6},
            "thumbnail": thumb.getvalue(),
        }
    )


def build_album(folder: Path, count: int) -> list[Path]:
    bases = [_photo(4000, 3000, seed) for seed in range(3)]
    paths = []
    for i in range(count):
        path = folder / f"IMG_{20240714 + i}.jpg"
        bases[i % 3].save(path, "JPEG", quality=92, exif=_exif(i))
        paths.append(path)
    return paths


class PeakMemory:
    """Samples the resident memory of this process and all its children (Linux /proc)."""

    def __init__(self, interval: float = 0.05) -> None:
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @staticmethod
    def _tree_rss() -> int:
        me = os.getpid()
        total = 0
        try:
            entries = os.listdir("/proc")
        except OSError:
            return 0
        parents: dict[int, int] = {}
        rss: dict[int, int] = {}
        for entry in entries:
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    fields = handle.read().rsplit(")", 1)[1].split()
                parents[int(entry)] = int(fields[1])
                rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
            except (OSError, IndexError, ValueError):
                continue
        tree = {me}
        changed = True
        while changed:
            changed = False
            for pid, parent in parents.items():
                if parent in tree and pid not in tree:
                    tree.add(pid)
                    changed = True
        for pid in tree:
            total += rss.get(pid, 0)
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._tree_rss())
            time.sleep(self.interval)

    def __enter__(self) -> PeakMemory:
        self.peak = self._tree_rss()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._tree_rss())


def timed(label: str, func: Callable[[], object]) -> tuple[float, int]:
    with PeakMemory() as memory:
        start = time.perf_counter()
        func()
        elapsed = time.perf_counter() - start
    print(f"  {label:<44} {elapsed:8.2f} s   peak RSS {memory.peak / 2**20:7.0f} MB", flush=True)
    return elapsed, memory.peak


def floor(paths: list[Path], out: Path) -> None:
    for path in paths:
        with Image.open(path) as img:
            img.save(out / path.name, "JPEG", quality=QUALITY)


def floor_upright(paths: list[Path], out: Path) -> None:
    """The floor plus turning the pixels upright (which a sanitiser must do, see
    docs/photo-pitfalls.md), still with no colour conversion, rebuild or verification."""
    from PIL import ImageOps

    for path in paths:
        with Image.open(path) as img:
            ImageOps.exif_transpose(img).save(out / path.name, "JPEG", quality=QUALITY)


def _floor_one(path: Path, out: Path) -> None:
    with Image.open(path) as img:
        img.save(out / path.name, "JPEG", quality=QUALITY)


def parallel_floor(paths: list[Path], out: Path, workers: int) -> None:
    """The bare floor spread over ``workers`` processes: what this machine's cores allow."""
    import concurrent.futures as cf
    import multiprocessing

    with cf.ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        list(pool.map(_floor_one, paths, [out] * len(paths)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--photos", type=int, default=24, help="album size (default 24)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--repeat", type=int, default=2, help="rounds; the best is kept")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="photosafe-bench-"))
    try:
        album = work / "album"
        album.mkdir()
        print(f"building {args.photos} photos of 4000 x 3000 with EXIF ...", flush=True)
        paths = build_album(album, args.photos)
        size = sum(p.stat().st_size for p in paths) / len(paths) / 2**20
        print(f"  average file size {size:.1f} MB; {os.cpu_count()} CPU cores\n")
        options = SanitiseOptions(format="jpeg", quality=QUALITY)

        def out(name: str) -> Path:
            folder = work / name
            folder.mkdir()
            return folder

        floor(paths[:1], out("warm-up"))  # load codecs and plugins before timing
        runs: dict[str, list[tuple[float, int]]] = {
            "floor": [],
            "upright": [],
            "pfloor": [],
            "one": [],
            "all": [],
        }
        for round_ in range(1, args.repeat + 1):
            print(f"round {round_} of {args.repeat}")
            runs["floor"].append(
                timed("floor: Pillow decode+encode, 1 process", lambda: floor(paths, out("f")))
            )
            runs["upright"].append(
                timed("floor + turning upright, 1 process", lambda: floor_upright(paths, out("u")))
            )
            runs["pfloor"].append(
                timed(
                    f"floor spread over {args.workers} processes",
                    lambda: parallel_floor(paths, out("pf"), args.workers),
                )
            )
            runs["one"].append(
                timed(
                    "ours: sanitise_batch, 1 process",
                    lambda: sanitise_batch(paths, out("one"), options, workers=1),
                )
            )
            runs["all"].append(
                timed(
                    f"ours: sanitise_batch, {args.workers} processes",
                    lambda: sanitise_batch(paths, out("all"), options, workers=args.workers),
                )
            )
            for folder in ("f", "u", "pf", "one", "all"):
                shutil.rmtree(work / folder)
        # the machine's noise only ever adds time: compare the best of each
        t_floor = min(t for t, _ in runs["floor"])
        t_pfloor = min(t for t, _ in runs["pfloor"])
        t_upright = min(t for t, _ in runs["upright"])
        t_one = min(t for t, _ in runs["one"])
        t_all = min(t for t, _ in runs["all"])
        m_one = max(m for _, m in runs["one"])
        m_all = max(m for _, m in runs["all"])
        exiftool = shutil.which("exiftool")
        t_exif = None
        if exiftool:
            target = out("exiftool")
            t_exif, _ = timed(
                "exiftool -all= (metadata only, no re-encode)",
                lambda: subprocess.run(
                    [exiftool, "-q", "-all=", "-o", f"{target}/%f.%e", *map(str, paths)],
                    check=True,
                ),
            )
        mat2 = shutil.which("mat2")
        if mat2:
            copies = out("mat2")
            for p in paths:
                shutil.copy(p, copies / p.name)
            timed(
                "mat2 (lightweight defaults)",
                lambda: subprocess.run([mat2, *map(str, sorted(copies.iterdir()))], check=True),
            )
        else:
            print("  mat2                                         not installed: skipped")
        n = len(paths)
        print("\nsummary (best of each)")
        print(f"  photos                          {n}")
        print(f"  floor per photo (best run)      {t_floor / n * 1000:7.0f} ms")
        print(f"  ours per photo (1 process)      {t_one / n * 1000:7.0f} ms")
        print(f"  ratio ours(1) / floor           {t_one / t_floor:7.2f}   (target <= 1.15)")
        print(f"  ratio ours(1) / (floor + upright) {t_one / t_upright:5.2f}")
        print(
            f"  ratio ours({args.workers}) / floor(1)        {t_all / t_floor:7.2f}   "
            "(target <= 0.60 on 2 cores)"
        )
        print(
            f"  this machine: floor({args.workers}) / floor(1)   {t_pfloor / t_floor:7.2f}   "
            "(the best any parallel run can do here)"
        )
        print(
            f"  ratio ours({args.workers}) / floor({args.workers})        {t_all / t_pfloor:7.2f}"
        )
        print(f"  peak memory, 1 process          {m_one / 2**20:7.0f} MB")
        print(
            f"  peak memory, {args.workers} processes        {m_all / 2**20:7.0f} MB   (target < 600 MB)"
        )
        if t_exif is not None:
            print(f"  exiftool -all= per photo        {t_exif / n * 1000:7.0f} ms")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
