"""Find text (name tags, shirt prints, signs, number plates) in the upright photo.

How:

1. **Scales.** PP-OCRv4's detector (DB) finds text lines a few pixels high up to lines as
   high as its input. A *fine* pass brings the photo to ``fine_side`` pixels on its longer
   side (12-MP photos are reduced to 0.51x: 16-px capitals become ~8 px and are found;
   12-px ones, ~6 px, 70 % of the time, see ``benchmarks/text.py``) and runs on overlapping
   tiles of at most ``tile`` pixels; when it is tiled, a *coarse* pass sees the whole photo
   at ``coarse_side`` pixels, for large lettering that no fine tile holds whole.
2. **DB post-processing** (numpy only, no OpenCV): the probability map is thresholded
   (``bin_threshold``), its 8-connected components are found on horizontal runs (union-find),
   each component's oriented rectangle comes from its principal axes, is scored by its mean
   probability (``box_threshold``), grown by DB's unclip distance (area x ``unclip_ratio`` /
   perimeter) and returned as the axis-aligned box of the grown rectangle.
3. **Merging.** Boxes from tiles and passes that overlap mostly (a line cut by a tile edge,
   the same word in two passes) are merged into their union.
4. **Reading** (optional, ``read=True``): each box is cropped (turned level when slanted),
   scaled to 48 px high and read by PP-OCRv4's recogniser (greedy CTC). Words read with low
   confidence are left empty: the region is hidden either way.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt
from PIL import Image

from photosafe_desktop.core.faces.detect import _tiles, to_rgb_array
from photosafe_desktop.core.text import models

Array = npt.NDArray[Any]


@dataclass(frozen=True)
class TextConfig:
    """Tuning of :func:`detect_text`; the defaults are what ``benchmarks/text.py`` chose."""

    # longer side of the fine pass (never enlarged beyond 1x); measured on 12-MP photos
    # (benchmarks/text.py, 116 corpus photos, 696 lines, 8-bit detector, quiet 2-core
    # machine): at 1800 12-px capitals (~5 px) 44 %, all lines 88.1 %, +37 % analysis
    # time; at 2000 61 %, 92.2 %, +40 %; at 2048 (still one tile) 70 %, 93.7 %, +44 %.
    # Missed small lines leave nothing at all on the map (no faint trace to look at again)
    fine_side: int = 2048
    coarse_side: int = 960  # longer side of the coarse pass, run when the fine one is tiled
    tile: int = 2048  # larger inputs cost less per pixel (fewer overlaps); 12 MP: one tile
    overlap: int = 96
    bin_threshold: float = 0.3  # probability map -> text pixels
    box_threshold: float = 0.6  # mean probability of a kept component
    unclip_ratio: float = 1.6
    min_side: float = 1.5  # in map pixels, before unclipping (DB's kernels are thin)
    min_area: float = 6.0  # in map pixels, before unclipping
    merge_overlap: float = 0.5  # of the smaller box: merged
    read: bool = True
    read_threshold: float = 0.5  # mean CTC confidence below which no words are given
    max_read: int = 40  # at most this many regions are read per photo (largest first)


DEFAULT_TEXT_CONFIG = TextConfig()


@dataclass(frozen=True)
class TextRegion:
    """One text line in pixels of the upright photo; ``text`` is what was read (may be "")."""

    x: int
    y: int
    w: int
    h: int
    score: float
    text: str = ""
    angle: float = field(default=0.0, compare=False)  # degrees, of the line's long axis

    @property
    def box(self) -> tuple[int, int, int, int]:
        return self.x, self.y, self.x + self.w, self.y + self.h

    def to_dict(self) -> dict[str, Any]:
        """The stable ``photosafe detect --json --text`` form."""
        return {
            "x": self.x,
            "y": self.y,
            "w": self.w,
            "h": self.h,
            "score": round(float(self.score), 4),
            "text": self.text,
        }


# --------------------------------------------------------------------------------------
# connected components on runs


def _runs(mask: Array) -> tuple[Array, Array, Array]:
    """Horizontal runs of True in ``mask``: (row, start, end exclusive), row-major order."""
    height, width = mask.shape
    padded = np.zeros((height, width + 2), dtype=np.int8)
    padded[:, 1:-1] = mask
    diff = np.diff(padded, axis=1)
    rows, starts = np.nonzero(diff == 1)
    _rows_end, ends = np.nonzero(diff == -1)
    return rows, starts, ends


def _label_runs(rows: Array, starts: Array, ends: Array, width: int) -> Array:
    """The component (root run index) of every run, 8-connected."""
    count = len(rows)
    if count == 0:
        return np.zeros(0, dtype=np.int64)
    stride = width + 2
    start_key = rows * stride + starts
    end_key = rows * stride + ends
    # runs of the row above that touch run b form one contiguous index range [lo, hi)
    lo = np.searchsorted(end_key, (rows - 1) * stride + starts, side="left")
    hi = np.searchsorted(start_key, (rows - 1) * stride + ends, side="right")
    spans = np.maximum(hi - lo, 0)
    below = np.repeat(np.arange(count), spans)
    offsets = np.arange(int(spans.sum())) - np.repeat(np.cumsum(spans) - spans, spans)
    above = np.repeat(lo, spans) + offsets
    parent = list(range(count))

    def find(i: int) -> int:
        root = i
        while parent[root] != root:
            root = parent[root]
        while parent[i] != root:
            parent[i], i = root, parent[i]
        return root

    for a, b in zip(above.tolist(), below.tolist(), strict=True):
        ra, rb = find(a), find(b)
        if ra != rb:
            if ra < rb:
                parent[rb] = ra
            else:
                parent[ra] = rb
    return np.array([find(i) for i in range(count)], dtype=np.int64)


@dataclass(frozen=True)
class _Box:
    x1: float
    y1: float
    x2: float
    y2: float
    score: float
    angle: float = 0.0
    long_side: float = 0.0  # of the unclipped oriented rectangle
    short_side: float = 0.0


def boxes_from_probability(prob: Array, config: TextConfig = DEFAULT_TEXT_CONFIG) -> list[_Box]:
    """DB post-processing of one probability map: boxes in map pixels."""
    mask = prob > config.bin_threshold
    if not mask.any():
        return []
    height, width = mask.shape
    # DB's 2x2 dilation: thin strokes of tiny text join into one line
    grown = mask.copy()
    grown[1:, :] |= mask[:-1, :]
    grown[:, 1:] |= grown[:, :-1].copy()
    rows, starts, ends = _runs(grown)
    roots = _label_runs(rows, starts, ends, width)
    _, component = np.unique(roots, return_inverse=True)
    lengths = ends - starts
    run_of_pixel = np.repeat(np.arange(len(rows)), lengths)
    xs = (
        starts[run_of_pixel]
        + np.arange(len(run_of_pixel))
        - np.repeat(np.cumsum(lengths) - lengths, lengths)
    ).astype(np.float64)
    ys = rows[run_of_pixel].astype(np.float64)
    label = component[run_of_pixel]
    n = int(component.max()) + 1
    count = np.bincount(label, minlength=n).astype(np.float64)
    score = (
        np.bincount(label, weights=prob[ys.astype(np.int64), xs.astype(np.int64)], minlength=n)
        / count
    )
    mx = np.bincount(label, weights=xs, minlength=n) / count
    my = np.bincount(label, weights=ys, minlength=n) / count
    dx, dy = xs - mx[label], ys - my[label]
    cxx = np.bincount(label, weights=dx * dx, minlength=n) / count
    cyy = np.bincount(label, weights=dy * dy, minlength=n) / count
    cxy = np.bincount(label, weights=dx * dy, minlength=n) / count
    theta = 0.5 * np.arctan2(2 * cxy, cxx - cyy)  # long axis
    cos, sin = np.cos(theta), np.sin(theta)
    along = dx * cos[label] + dy * sin[label]
    across = -dx * sin[label] + dy * cos[label]
    a_min = np.full(n, np.inf)
    a_max = np.full(n, -np.inf)
    c_min = np.full(n, np.inf)
    c_max = np.full(n, -np.inf)
    np.minimum.at(a_min, label, along)
    np.maximum.at(a_max, label, along)
    np.minimum.at(c_min, label, across)
    np.maximum.at(c_max, label, across)
    boxes: list[_Box] = []
    for i in range(n):
        if score[i] < config.box_threshold or count[i] < config.min_area:
            continue
        long_side = a_max[i] - a_min[i] + 1.0
        short_side = c_max[i] - c_min[i] + 1.0
        if min(long_side, short_side) < config.min_side:
            continue
        grow = long_side * short_side * config.unclip_ratio / (2 * (long_side + short_side))
        half_l = long_side / 2 + grow
        half_s = short_side / 2 + grow
        centre_a = (a_max[i] + a_min[i]) / 2
        centre_c = (c_max[i] + c_min[i]) / 2
        cx = mx[i] + centre_a * cos[i] - centre_c * sin[i]
        cy = my[i] + centre_a * sin[i] + centre_c * cos[i]
        ext_x = abs(half_l * cos[i]) + abs(half_s * sin[i])
        ext_y = abs(half_l * sin[i]) + abs(half_s * cos[i])
        # + 0.5: pixel centres to pixel edges
        boxes.append(
            _Box(
                max(0.0, cx - ext_x + 0.5),
                max(0.0, cy - ext_y + 0.5),
                min(float(width), cx + ext_x + 0.5),
                min(float(height), cy + ext_y + 0.5),
                float(score[i]),
                math.degrees(float(theta[i])),
                2 * half_l,
                2 * half_s,
            )
        )
    return boxes


# --------------------------------------------------------------------------------------
# passes, tiles, merging


def _resized(image: Image.Image, scale: float) -> Array:
    if scale >= 0.999:
        return np.asarray(image)
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    return np.asarray(image.resize(size, Image.Resampling.BILINEAR, reducing_gap=2.0))


def _pass(
    rgb_scaled: Array,
    scale: float,
    config: TextConfig,
    detector: models.TextDetector,
    tiled: bool,
) -> list[_Box]:
    height, width = rgb_scaled.shape[:2]
    if tiled:
        xs = _tiles(width, config.tile, config.overlap)
        ys = _tiles(height, config.tile, config.overlap)
    else:
        xs, ys = [(0, width)], [(0, height)]
    found: list[_Box] = []
    for ty0, ty1 in ys:
        for tx0, tx1 in xs:
            prob = detector.probability(rgb_scaled[ty0:ty1, tx0:tx1])
            for box in boxes_from_probability(prob, config):
                found.append(
                    _Box(
                        (box.x1 + tx0) / scale,
                        (box.y1 + ty0) / scale,
                        (box.x2 + tx0) / scale,
                        (box.y2 + ty0) / scale,
                        box.score,
                        box.angle,
                        box.long_side / scale,
                        box.short_side / scale,
                    )
                )
    return found


def _merge(boxes: list[_Box], share: float) -> list[_Box]:
    """Union boxes that overlap by at least ``share`` of the smaller one, until none do."""
    merged = sorted(boxes, key=lambda b: -(b.x2 - b.x1) * (b.y2 - b.y1))
    changed = True
    while changed:
        changed = False
        out: list[_Box] = []
        for box in merged:
            for index, kept in enumerate(out):
                iw = min(box.x2, kept.x2) - max(box.x1, kept.x1)
                ih = min(box.y2, kept.y2) - max(box.y1, kept.y1)
                if iw <= 0 or ih <= 0:
                    continue
                smaller = min(
                    (box.x2 - box.x1) * (box.y2 - box.y1), (kept.x2 - kept.x1) * (kept.y2 - kept.y1)
                )
                if iw * ih >= share * smaller:
                    big = kept if (kept.x2 - kept.x1) >= (box.x2 - box.x1) else box
                    out[index] = _Box(
                        min(box.x1, kept.x1),
                        min(box.y1, kept.y1),
                        max(box.x2, kept.x2),
                        max(box.y2, kept.y2),
                        max(box.score, kept.score),
                        big.angle,
                        max(box.long_side, kept.long_side),
                        big.short_side,
                    )
                    changed = True
                    break
            else:
                out.append(box)
        merged = out
    return merged


def find_text_boxes(
    rgb: Array | Image.Image, config: TextConfig = DEFAULT_TEXT_CONFIG
) -> list[_Box]:
    """Text boxes in pixels of ``rgb`` (an RGB array or picture; not read), largest first."""
    image = rgb if isinstance(rgb, Image.Image) else Image.fromarray(rgb)
    width, height = image.size
    detector = models.text_detector()
    long_side = max(width, height)
    fine = min(1.0, config.fine_side / long_side)
    found = _pass(_resized(image, fine), fine, config, detector, tiled=True)
    coarse = min(1.0, config.coarse_side / long_side)
    if coarse < fine * 0.75 and long_side * fine > config.tile:  # large lettering, cut by tiles
        found += _pass(_resized(image, coarse), coarse, config, detector, tiled=False)
    return _merge(found, config.merge_overlap)


# --------------------------------------------------------------------------------------
# reading


def _line_picture(image: Image.Image, box: _Box) -> Array:
    """The line under ``box``, level and 48 px high, for the recogniser."""
    crop = image.crop((round(box.x1), round(box.y1), round(box.x2), round(box.y2)))
    angle = box.angle
    if abs(angle) > 5 and box.short_side > 0:
        crop = crop.rotate(angle, resample=Image.Resampling.BILINEAR, expand=True)
        # keep the line itself: its long x short extent around the centre
        cw, ch = crop.size
        lw, lh = min(cw, box.long_side), min(ch, box.short_side)
        crop = crop.crop(
            (round((cw - lw) / 2), round((ch - lh) / 2), round((cw + lw) / 2), round((ch + lh) / 2))
        )
    if crop.height > crop.width * 1.5:  # a vertical line: read it turned
        crop = crop.rotate(90, expand=True)
    height = models.TextRecogniser.HEIGHT
    width = max(height // 2, min(1600, round(crop.width * height / max(1, crop.height))))
    return np.asarray(crop.convert("RGB").resize((width, height), Image.Resampling.BILINEAR))


def detect_text(
    image: Image.Image | Array, config: TextConfig = DEFAULT_TEXT_CONFIG
) -> list[TextRegion]:
    """The text lines in ``image`` (decoded and upright, like faces), largest first.

    Raises :class:`~.models.TextModelError` if a model is missing or damaged.
    """
    # one RGB picture for the passes and the reading: a decoded RGB photo is used as it is
    # (no copy of its 12 megapixels), anything else is converted once
    if isinstance(image, Image.Image) and image.mode == "RGB":
        picture = image
    else:
        picture = Image.fromarray(to_rgb_array(image))
    width, height = picture.size
    if width < 16 or height < 16:
        return []
    boxes = find_text_boxes(picture, config)
    words = [""] * len(boxes)
    if config.read and boxes:
        recogniser = models.text_recogniser()
        order = sorted(range(len(boxes)), key=lambda i: -boxes[i].long_side)[: config.max_read]
        lines = [_line_picture(picture, boxes[i]) for i in order]
        for index, (text, confidence) in zip(order, recogniser.read(lines), strict=True):
            if confidence >= config.read_threshold:
                words[index] = text
    regions = []
    for box, text in zip(boxes, words, strict=True):
        left, top = max(0, math.floor(box.x1)), max(0, math.floor(box.y1))
        right, bottom = min(width, math.ceil(box.x2)), min(height, math.ceil(box.y2))
        if right - left < 2 or bottom - top < 2:
            continue
        regions.append(
            TextRegion(left, top, right - left, bottom - top, round(box.score, 4), text, box.angle)
        )
    return regions


__all__ = [
    "DEFAULT_TEXT_CONFIG",
    "TextConfig",
    "TextRegion",
    "boxes_from_probability",
    "detect_text",
    "find_text_boxes",
]
