"""Face-detection benchmark on the shared WIDER FACE corpus (prints figures, not a test).

    python benchmarks/faces.py                      # corpus from ../shared/corpus/faces
    python benchmarks/faces.py --set flip=true --set max_megapixels=6
    python benchmarks/faces.py --speed-only
    python tools/without_opencv.py benchmarks/faces.py   # as in the app bundle (no OpenCV)
    python benchmarks/faces.py --tiers-only --split held-out    # the review tiers only
    python benchmarks/faces.py --calibrate /tmp/c.json          # candidates + second look

Review tiers: sure-tier precision, check-tier precision (of the candidates the user is asked
about, how many are counted faces) and all-tier recall, on one half of the dev set (split
by a hash of the file name: ``calibration`` to tune on, ``held-out`` to report).

Scoring as in the corpus README: detections sorted by score; each takes the unmatched
counted face with the highest IoU; IoU >= 0.4 is a hit; a detection that matches only an
ignored box is neutral; every other detection is a false positive. Figures are given for
the ``sure`` tier (hidden automatically) and for ``sure + check`` (shown to the user), for
``fullres__`` and ``lowres416__`` images separately, with recall by face height.

Speed: a corpus photo is enlarged to 4000x3000 (12 MP) and saved as JPEG; the time to
decode + detect is compared with Pillow's bare decode + encode of the same file, in a fresh
process whose peak resident memory is reported.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import io
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import face_second_look  # noqa: E402
from photosafe_desktop.core.faces import candidates  # noqa: E402
from photosafe_desktop.core.faces.detect import DetectConfig, detect_faces, to_rgb_array  # noqa: E402
from photosafe_desktop.core.faces.models import opencv  # noqa: E402
from photosafe_desktop.core.faces.regions import Tier  # noqa: E402
from photosafe_desktop.core.imaging import open_image  # noqa: E402

BINS = ((0, 16), (16, 32), (32, 64), (64, 128), (128, 10**9))
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7)


def iou(a: list[float], b: list[float]) -> float:
    ax2, ay2, bx2, by2 = a[0] + a[2], a[1] + a[3], b[0] + b[2], b[1] + b[3]
    iw = min(ax2, bx2) - max(a[0], b[0])
    ih = min(ay2, by2) - max(a[1], b[1])
    if iw <= 0 or ih <= 0:
        return 0.0
    inter = iw * ih
    return inter / (a[2] * a[3] + b[2] * b[3] - inter)


def _match(
    dets: list[tuple[list[float], float]], truth: list[list[float]], ignore: list[list[float]]
) -> tuple[list[bool], list[str]]:
    """Greedy matching, best score first: (hit per counted face, label per detection in the
    given order: ``face``, ``neutral`` for an ignored box, or ``false``)."""
    hit = [False] * len(truth)
    labels = [""] * len(dets)
    for position in sorted(range(len(dets)), key=lambda i: -dets[i][1]):
        box = dets[position][0]
        best, best_iou = -1, 0.4
        for index, face in enumerate(truth):
            if hit[index]:
                continue
            value = iou(box, face)
            if value >= best_iou:
                best, best_iou = index, value
        if best >= 0:
            hit[best] = True
            labels[position] = "face"
        elif any(iou(box, face) >= 0.4 for face in ignore):
            labels[position] = "neutral"
        else:
            labels[position] = "false"
    return hit, labels


def score_image(
    dets: list[tuple[list[float], float]], truth: list[list[float]], ignore: list[list[float]]
) -> tuple[list[bool], int, int]:
    """(hit per counted face, true positives, false positives)."""
    hit, labels = _match(dets, truth, ignore)
    return hit, labels.count("face"), labels.count("false")


def label_detections(
    dets: list[tuple[list[float], float]], truth: list[list[float]], ignore: list[list[float]]
) -> list[str]:
    """For each detection (in the given order): ``face``, ``neutral`` (an ignored box) or
    ``false``, matched as :func:`score_image` does."""
    return _match(dets, truth, ignore)[1]


def split_of(name: str) -> str:
    """Half of the dev set for calibrating the check-tier verifier, half held out to report
    on (fixed by the file name, so every run and every machine splits alike)."""
    return "held-out" if int(hashlib.sha256(name.encode()).hexdigest(), 16) % 2 else "calibration"


def parse_sets(items: list[str]) -> DetectConfig:
    config = DetectConfig()
    changes: dict[str, object] = {}
    types = {f.name: f.type for f in dataclasses.fields(DetectConfig)}
    for item in items:
        key, value = item.split("=", 1)
        kind = str(types[key])
        if "bool" in kind:
            changes[key] = value.lower() in ("1", "true", "yes")
        elif "tuple[int" in kind:  # blazeface_grids=1,2,3
            changes[key] = tuple(int(v) for v in value.split(",") if v)
        elif "tuple" in kind:
            changes[key] = tuple(float(v) for v in value.split(",") if v)
        elif "int" in kind and "float" not in kind:
            changes[key] = int(value)
        elif "str" in kind:  # centerface_model=centerface.onnx: the float model
            changes[key] = value
        else:
            changes[key] = float(value)
    return dataclasses.replace(config, **changes)  # type: ignore[arg-type]


def _corpus_images(corpus: Path, prefix: str, split: str, limit: int | None) -> list[str]:
    annotations = json.loads((corpus / "annotations.json").read_text())
    names = sorted(n for n in annotations if Path(n).name.startswith(prefix))
    if split != "all":
        names = [n for n in names if split_of(n) == split]
    return names[:limit]


def tiers(corpus: Path, config: DetectConfig, split: str, limit: int | None) -> None:
    """The review's figures: sure-tier precision, check-tier precision (how many of the
    candidates the user is asked about are real faces) and all-tier recall. With
    ``--set covered_candidates=F`` (an experiment, off in the app) also the figures without
    the candidates that sure faces already hide, from the same detections."""
    annotations = json.loads((corpus / "annotations.json").read_text())
    ignores = json.loads((corpus / "ignore.json").read_text())
    base = dataclasses.replace(config, covered_candidates=0.0)
    variants = ["as is"]
    if config.covered_candidates > 0:
        variants.append(f"cov{config.covered_candidates:.2f}")
    print(f"\n== review tiers ({split} half of the dev set)")
    print(
        f"{'images':12s} {'':8s} {'faces':>5s}  {'sure: real/false':>16s} {'precision':>9s}"
        f"  {'check: real/false':>17s} {'precision':>9s}  {'all-tier recall':>15s}  s/image"
    )
    for prefix in ("fullres__", "lowres416__"):
        names = _corpus_images(corpus, prefix, split, limit)
        rows: dict[str, list[int]] = {label: [0] * 5 for label in variants}
        counted = 0
        elapsed = 0.0
        for name in names:
            rgb = to_rgb_array(open_image(corpus / name).image)
            truth, ignore = annotations[name], ignores.get(name, [])
            counted += len(truth)
            start = time.perf_counter()
            found = detect_faces(rgb, base)
            elapsed += time.perf_counter() - start
            results = [found.regions]
            if len(variants) > 1:
                results.append(
                    candidates.review_candidates(found.regions, config.covered_candidates)
                )
            for label, result in zip(variants, results, strict=True):
                dets = [([r.x, r.y, r.w, r.h], r.score) for r in result]
                labels = label_detections(dets, truth, ignore)
                counts = rows[label]
                for region, kind in zip(result, labels, strict=True):
                    offset = 0 if region.tier is Tier.SURE else 2
                    if kind == "face":
                        counts[offset] += 1
                        counts[4] += 1
                    elif kind == "false":
                        counts[offset + 1] += 1
        for label in variants:
            sure_t, sure_f, check_t, check_f, hits = rows[label]
            print(
                f"{prefix.rstrip('_'):12s} {label:8s} {counted:5d}  {sure_t:7d}/{sure_f:<8d} "
                f"{sure_t / max(1, sure_t + sure_f):9.1%}  {check_t:8d}/{check_f:<8d} "
                f"{check_t / max(1, check_t + check_f):9.1%}  {hits / max(1, counted):15.1%}"
                f"  {elapsed / max(1, len(names)):.2f}"
            )


def calibrate(corpus: Path, config: DetectConfig, out: Path) -> None:
    """Dump every region of the calibration half with its label, and for candidates under
    the sure threshold their second look and a 32x32 crop (``out`` + ``.npz``), for fitting
    the verifier offline."""
    import numpy as np

    annotations = json.loads((corpus / "annotations.json").read_text())
    ignores = json.loads((corpus / "ignore.json").read_text())
    low = dataclasses.replace(config, check_threshold=0.15, covered_candidates=0.0)
    items = []
    crops = []
    for prefix in ("fullres__", "lowres416__"):
        for name in _corpus_images(corpus, prefix, "calibration", None):
            rgb = to_rgb_array(open_image(corpus / name).image)
            found = detect_faces(rgb, low)
            dets = [([r.x, r.y, r.w, r.h], r.score) for r in found.regions]
            labels = label_detections(dets, annotations[name], ignores.get(name, []))
            for region, kind in zip(found.regions, labels, strict=True):
                item = {
                    "image": name,
                    "size": [found.width, found.height],
                    "box": [region.x, region.y, region.w, region.h],
                    "score": region.score,
                    "label": kind,
                    "crop": -1,
                }
                if region.score < config.sure_threshold:
                    opinion = face_second_look.second_look(rgb, region)
                    item["features"] = list(opinion.features())
                    item["crop"] = len(crops)
                    crops.append(face_second_look.crop_pixels(rgb, region))
                items.append(item)
            print(name, len(items), file=sys.stderr)
    out.write_text(json.dumps(items))
    np.savez_compressed(str(out) + ".npz", crops=np.stack(crops))
    print(f"{len(items)} regions written to {out}")


def accuracy(corpus: Path, config: DetectConfig, limit: int | None) -> None:
    annotations = json.loads((corpus / "annotations.json").read_text())
    ignores = json.loads((corpus / "ignore.json").read_text())
    low_config = dataclasses.replace(
        config, check_threshold=min(THRESHOLDS[0], config.check_threshold)
    )
    for prefix in ("fullres__", "lowres416__"):
        names = sorted(n for n in annotations if Path(n).name.startswith(prefix))[:limit]
        all_dets: list[
            tuple[list[tuple[list[float], float]], list[list[float]], list[list[float]]]
        ] = []
        elapsed = 0.0
        for name in names:
            image = open_image(corpus / name).image
            start = time.perf_counter()
            found = detect_faces(image, low_config)
            elapsed += time.perf_counter() - start
            dets = [([r.x, r.y, r.w, r.h], r.score) for r in found.regions]
            all_dets.append((dets, annotations[name], ignores.get(name, [])))
        counted = sum(len(t) for _d, t, _i in all_dets)
        print(
            f"\n== {prefix} ({len(names)} images, {counted} faces, {elapsed / max(1, len(names)):.2f} s/image)"
        )
        rows = [(f">= {t:.2f}", t) for t in THRESHOLDS]
        rows.append((f"sure (>= {config.sure_threshold})", config.sure_threshold))
        rows.append((f"sure+check (>= {config.check_threshold})", config.check_threshold))
        header = "  ".join(f"{lo}-{hi if hi < 10**9 else ''}".rstrip("-") for lo, hi in BINS)
        print(f"{'threshold':24s} recall  precision  | recall by height: {header}")
        for label, threshold in rows:
            tp = fp = 0
            bins_hit = [0] * len(BINS)
            bins_all = [0] * len(BINS)
            for dets, truth, ignore in all_dets:
                kept = [d for d in dets if d[1] >= threshold]
                hit, t, f = score_image(kept, truth, ignore)
                tp, fp = tp + t, fp + f
                for face, was_hit in zip(truth, hit, strict=True):
                    for index, (lo, hi) in enumerate(BINS):
                        if lo <= face[3] < hi:
                            bins_all[index] += 1
                            bins_hit[index] += was_hit
            recall = tp / max(1, counted)
            precision = tp / max(1, tp + fp)
            by_height = "  ".join(
                f"{h / a:5.0%}({a})" if a else "   - "
                for h, a in zip(bins_hit, bins_all, strict=True)
            )
            print(f"{label:24s} {recall:6.1%}  {precision:8.1%}  | {by_height}")


SPEED_CHILD = r"""
import io, json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from PIL import Image
from photosafe_desktop.core.faces.detect import detect_faces
from photosafe_desktop.core.faces import models
from photosafe_desktop.core.imaging import open_image
import dataclasses
path = sys.argv[2]
config = __import__("benchmarks.faces", fromlist=["parse_sets"]).parse_sets(json.loads(sys.argv[3]))
models.centerface(); models.blazeface()  # loading is not part of the per-photo time
runs = []
for _ in range(3):
    start = time.perf_counter()
    found = detect_faces(open_image(path).image, config)
    runs.append(time.perf_counter() - start)
bare = []
for _ in range(3):
    start = time.perf_counter()
    with Image.open(path) as im:
        im.load()
        im.save(io.BytesIO(), "JPEG", quality=90)
    bare.append(time.perf_counter() - start)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"detect": min(runs), "bare": min(bare), "peak_mb": peak, "faces": len(found.sure), "check": len(found.check)}))
"""


def speed(corpus: Path, sets: list[str]) -> None:
    from PIL import Image

    source = sorted((corpus / "images").glob("fullres__*"))[0]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "twelve.jpg"
        with Image.open(source) as im:
            im.convert("RGB").resize((4000, 3000), Image.Resampling.BICUBIC).save(path, quality=92)
        paths = [str(ROOT), os.environ.get("PYTHONPATH", "")]  # keep tools/without_opencv.py's
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in paths if p))
        out = (
            subprocess.run(
                [sys.executable, "-c", SPEED_CHILD, str(ROOT), str(path), json.dumps(sets)],
                check=True,
                capture_output=True,
                text=True,
                env=env,
            )
            .stdout.strip()
            .splitlines()[-1]
        )
    result = json.loads(out)
    print(
        f"\n== 12-MP photo (4000x3000 JPEG): decode + detect {result['detect']:.2f} s, "
        f"bare Pillow decode + encode {result['bare']:.2f} s (ratio {result['detect'] / result['bare']:.1f}x), "
        f"peak memory {result['peak_mb']:.0f} MB, {result['faces']} sure + {result['check']} check faces"
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument(
        "--corpus",
        type=Path,
        default=Path(os.environ.get("PHOTOSAFE_CORPUS", ROOT.parent / "shared" / "corpus"))
        / "faces",
    )
    parser.add_argument("--set", action="append", default=[], help="DetectConfig field=value")
    parser.add_argument("--limit", type=int, help="at most this many images per group")
    parser.add_argument("--speed-only", action="store_true")
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument(
        "--split",
        choices=("all", "calibration", "held-out"),
        default="held-out",
        help="which half of the dev set the review-tier figures are taken on",
    )
    parser.add_argument("--tiers-only", action="store_true", help="only the review-tier figures")
    parser.add_argument(
        "--calibrate", type=Path, help="dump the calibration half's candidates to this JSON"
    )
    args = parser.parse_args()
    if not (args.corpus / "annotations.json").is_file():
        print("face corpus not found", file=sys.stderr)
        return 2
    config = parse_sets(args.set)
    print("config:", config)
    print(
        "OpenCV:",
        "not installed (resampling with Pillow)" if opencv() is None else "installed",
        "- CenterFace:",
        config.centerface_model,
    )
    if args.calibrate:
        calibrate(args.corpus, config, args.calibrate)
        return 0
    if not args.speed_only:
        tiers(args.corpus, config, args.split, args.limit)
    if args.tiers_only:
        return 0
    if not args.speed_only:
        accuracy(args.corpus, config, args.limit)
    if not args.no_speed:
        speed(args.corpus, args.set)
    _ = resource  # (peak memory is measured in the child process)
    _ = io
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
