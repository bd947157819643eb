"""Proof-of-origin benchmark: does a cropped, re-posted copy still match? (prints figures)

    python benchmarks/origin_crops.py               # the face corpus from ../shared/corpus
    python benchmarks/origin_crops.py --every 4     # every 4th photo as a found copy

Every corpus photo is "published" (hashed as the register does: one whole-picture PDQ hash
plus the crop windows of ``pdq.REGISTER_MARGINS``). Then a found copy is made of a sample:
cut by 2, 5 and 10 % of its width and/or height (centred, from one side, off the bottom,
from a corner, unevenly from all sides), scaled to 80 % and re-compressed at JPEG quality
60. For each, the match rate with the whole-picture hash alone (the old register) and with
the crop windows; and the smallest distance between a found copy and every *other* corpus
photo, which must stay far above the threshold (false matches: must be 0). Time per
registration and per look-up is printed as a ratio to the single hash, measured in the
same run.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from photosafe_desktop.core.origin.pdq import (  # noqa: E402
    MATCH_THRESHOLD,
    QUERY_MARGINS,
    REGISTER_MARGINS,
    closest_windows,
    hamming,
    open_for_hash,
    pdq_of_image,
    window_hashes,
)

CUTS = (0.02, 0.05, 0.10)
PLACES = {
    "centred": lambda f: (f / 2, f / 2, f / 2, f / 2),
    "one side": lambda f: (f, 0.0, 0.0, 0.0),
    "bottom": lambda f: (0.0, 0.0, 0.0, f),
    "corner": lambda f: (f, f, 0.0, 0.0),
    "uneven": lambda f: (f * 0.7, f * 0.3, f * 0.3, f * 0.7),
}


def found_copy(image: Image.Image, box: tuple[float, float, float, float]) -> Image.Image:
    w, h = image.size
    left, top, right, bottom = box
    cut = image.crop((round(w * left), round(h * top), w - round(w * right), h - round(h * bottom)))
    cut = cut.resize((round(cut.width * 0.8), round(cut.height * 0.8)))
    buffer = io.BytesIO()
    cut.save(buffer, "JPEG", quality=60)
    buffer.seek(0)
    return Image.open(buffer).convert("RGB")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/corpus/faces/images")
    parser.add_argument("--every", type=int, default=4, help="every Nth photo is looked up")
    args = parser.parse_args()
    paths = sorted(p for p in args.corpus.glob("*") if p.suffix.lower() in (".jpg", ".png"))
    if not paths:
        print(f"no photos in {args.corpus}")
        return 1
    images = [open_for_hash(p) for p in paths]

    t = time.perf_counter()
    whole = [pdq_of_image(im).bits for im in images]
    t_single = (time.perf_counter() - t) / len(images)
    t = time.perf_counter()
    windows = [window_hashes(im, REGISTER_MARGINS) for im in images]
    t_windows = (time.perf_counter() - t) / len(images)

    sample = list(range(0, len(images), args.every))
    rows: dict[tuple[str, float], list[tuple[int, int]]] = {}
    t_query = 0.0
    queries = 0
    strangers: list[int] = []
    for i in sample:
        for place, make in PLACES.items():
            for cut in CUTS:
                found = found_copy(images[i], make(cut))
                single = hamming(pdq_of_image(found).bits, whole[i])
                t = time.perf_counter()
                query = window_hashes(found, QUERY_MARGINS)
                best = closest_windows(query, [windows[i]])[0]
                t_query += time.perf_counter() - t
                queries += 1
                rows.setdefault((place, cut), []).append((single, min(single, best)))
        uncut = window_hashes(found_copy(images[i], (0, 0, 0, 0)), QUERY_MARGINS)
        others = [w for j, w in enumerate(windows) if j != i]
        strangers += closest_windows(uncut, others)

    print(f"{len(paths)} corpus photos registered, {len(sample)} looked up per crop")
    print(f"threshold {MATCH_THRESHOLD} bits of 256; found copies scaled 80 %, JPEG quality 60")
    print(f"{'crop':<18}{'one hash: match':>17}{'windows: match':>16}{'median':>8}{'max':>6}")
    for cut in CUTS:
        for place in PLACES:
            values = rows[(place, cut)]
            single = sum(s <= MATCH_THRESHOLD for s, _ in values) / len(values)
            multi = sum(m <= MATCH_THRESHOLD for _, m in values) / len(values)
            best = [m for _, m in values]
            print(
                f"{f'{cut:.0%} {place}':<18}{single:>16.0%}{multi:>16.0%}"
                f"{statistics.median(best):>8.0f}{max(best):>6}"
            )
    false = sum(d <= MATCH_THRESHOLD for d in strangers)
    print(
        f"unrelated pairs: {len(strangers)}, false matches {false}, smallest distance "
        f"{min(strangers)}, 1st percentile {sorted(strangers)[len(strangers) // 100]}"
    )
    per_query = t_query / queries
    print(
        f"time per registered copy: {t_windows * 1000:.0f} ms for the windows, "
        f"{t_windows / t_single:.1f}x the single hash ({t_single * 1000:.0f} ms)"
    )
    print(
        f"time per look-up (found copy's windows + comparison with one copy): "
        f"{per_query * 1000:.0f} ms, {per_query / t_single:.1f}x the single hash"
    )
    return 0 if false == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
