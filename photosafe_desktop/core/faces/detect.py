"""Find faces, including the small ones in group photos.

How (measured on real WIDER FACE crowd photos, see ``benchmarks/faces.py``):

1. **Scales chosen from the image size.** A face of ``min_face_fraction`` of the shorter side
   (1 %: about 30 px in a 12-megapixel photo, 10 px in a 1024-px one) is brought to
   ``target_face_px``, the size CenterFace finds reliably. Small photos are enlarged, large
   ones reduced, always within a pixel budget (``max_megapixels`` for all passes together).
   Coarser passes follow (halving) until the whole photo fits one model input, for big faces.
2. **Tiles.** A pass larger than ``tile`` pixels runs on overlapping tiles. Enlarged tiles are
   made one at a time from the original (``cv2.warpAffine``, or Pillow where OpenCV is not
   installed: the app bundle leaves it out), so a whole photo is never enlarged in memory.
   Faces cut by an inner tile edge are marked ``truncated`` and removed when a whole
   detection of the same face exists (from the neighbouring tile or another scale).
3. **Two models, fused.** CenterFace runs every pass; BlazeFace full-range looks at the whole
   photo (a 192-px model input: large faces; its 2x2 and 3x3 grids of tiles, measured, found
   only false candidates, see ``DetectConfig.blazeface_grids``). Candidates are clustered
   across passes and models; the score is CenterFace's best pass, raised when a second pass
   agrees (noisy-or); a face only BlazeFace saw is kept at half its score. (Measured and
   rejected: mirrored passes and BlazeFace raising CenterFace scores added more false faces
   than true ones; 4x enlargement of soft photos likewise.)
4. **Two tiers.** ``sure`` faces (fused score >= ``sure_threshold``) are hidden automatically;
   ``check`` candidates (>= ``check_threshold``) are returned for the user to confirm.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt
from PIL import Image

from photosafe_desktop.core.faces import candidates, models
from photosafe_desktop.core.faces.regions import Region, Source, Tier

Array = npt.NDArray[Any]

# columns of the candidate table
X1, Y1, X2, Y2, SCORE, MODEL, PASS, TRUNC = range(8)
CENTERFACE, BLAZEFACE = 0, 1


@dataclass(frozen=True)
class DetectConfig:
    """Tuning of :func:`detect_faces`; the defaults are what the benchmark chose."""

    min_face_fraction: float = 0.01  # of the shorter side
    target_face_px: float = 20.0  # that face's size at the finest pass
    max_upscale: float = 3.0  # 4x was worse on soft photos (more false faces)
    # all CenterFace passes together: 7 keeps a middle pass on 12-MP photos (at 6 the plan
    # was 0.60x + 0.24x, a 2.5x gap that missed mid-sized faces: benchmarks/sanitize.py album
    # 774 -> 844 of 1200 faces hidden, for +39 % CenterFace pixels, ~0.6 s of one core
    # with the 8-bit model)
    max_megapixels: float = 7.0
    fine_multipliers: tuple[float, ...] = (1.0,)  # extra fine passes (x the finest scale)
    coarse_side: int = 960  # the coarsest pass fits the photo in this many pixels
    pyramid_ratio: float = 2.0  # between passes (2.5: one pass fewer, lower recall)
    tile: int = 1280
    overlap: int = 192
    flip: bool = False  # also run the finest pass mirrored (measured: no gain)
    flip_max_megapixels: float = 3.0  # ... only when it costs at most this
    blazeface: bool = True
    # BlazeFace looks at the whole photo (1); 2 and 3 add 2x2 and 3x3 grids of tiles. The
    # grids found no face CenterFace missed on the dev set, its 13 group photos or the
    # benchmark album (1,200 placed faces), only hands and other false candidates for the
    # review; they cost half of a small photo's analysis (0.17 -> 0.09 s), ~0.1 s of one
    # core per 12-MP photo
    blazeface_grids: tuple[int, ...] = (1,)
    candidate_threshold: float = 0.1  # CenterFace heatmap floor
    nms_iou: float = 0.3  # within one pass
    fuse_iou: float = 0.3  # across passes (x 0.75 across models)
    support_weight: float = 0.4  # a second CenterFace pass agreeing raises the score
    blaze_weight: float = 0.0  # BlazeFace agreeing raises the score (measured: hurts precision)
    blaze_only_weight: float = 0.5  # a face only BlazeFace saw
    # 0.44 with the 8-bit CenterFace hides the same faces as 0.45 did with the float one
    # (benchmarks/sanitize.py album: 691 of the placed faces sure either way)
    sure_threshold: float = 0.44
    check_threshold: float = 0.3
    fixed_scales: tuple[float, ...] = ()  # for experiments: these scales instead of the plan
    #: experiment: check candidates this much inside sure faces' hidden area leave the review
    #: (measured: loses faces on the held-out half; see candidates.py)
    covered_candidates: float = 0.0
    # the CenterFace file: the 8-bit model (models.CENTERFACE for the float one, to compare)
    centerface_model: str = models.CENTERFACE_INT8


DEFAULT_CONFIG = DetectConfig()


@dataclass(frozen=True)
class Pass:
    scale: float
    flip: bool = False


@dataclass(frozen=True)
class Detection:
    """What :func:`detect_faces` found in one image (pixels of the oriented image)."""

    width: int
    height: int
    regions: tuple[Region, ...] = field(default_factory=tuple)

    @property
    def sure(self) -> tuple[Region, ...]:
        return tuple(r for r in self.regions if r.tier is Tier.SURE)

    @property
    def check(self) -> tuple[Region, ...]:
        return tuple(r for r in self.regions if r.tier is Tier.CHECK)


def to_rgb_array(image: Image.Image | Array) -> Array:
    """8-bit RGB pixels; transparent areas are shown over mid-grey (as a viewer would)."""
    if isinstance(image, np.ndarray):
        arr = image
        if arr.ndim == 2:
            arr = np.repeat(arr[:, :, None], 3, axis=2)
        if arr.shape[2] == 4:
            return _over_grey(arr)
        return np.ascontiguousarray(arr[:, :, :3], dtype=np.uint8)
    if image.mode == "RGB":
        return np.asarray(image)
    if image.mode in ("RGBA", "LA", "PA", "RGBa", "La") or "transparency" in image.info:
        return _over_grey(np.asarray(image.convert("RGBA")))
    return np.asarray(image.convert("RGB"))


def _over_grey(rgba: Array) -> Array:
    alpha = rgba[:, :, 3:4].astype(np.uint16)
    rgb = rgba[:, :, :3].astype(np.uint16)
    return ((rgb * alpha + 128 * (255 - alpha) + 127) // 255).astype(np.uint8)


def plan_passes(width: int, height: int, config: DetectConfig = DEFAULT_CONFIG) -> list[Pass]:
    """The CenterFace passes for a ``width`` x ``height`` photo, finest first."""
    if config.fixed_scales:
        return [Pass(sc) for sc in config.fixed_scales]
    short, long_ = min(width, height), max(width, height)
    area_mp = width * height / 1e6
    fine = config.target_face_px / max(1.0, config.min_face_fraction * short)
    fine = min(fine, config.max_upscale)
    coarse = min(1.0, config.coarse_side / long_)

    def pyramid(finest: float) -> list[float]:
        scales = sorted({round(finest * m, 4) for m in config.fine_multipliers}, reverse=True)
        s = scales[-1]
        while s > coarse:
            s /= config.pyramid_ratio
            if s <= coarse * 1.3:  # close enough: the coarse pass covers it
                scales.append(round(coarse, 4))
                break
            scales.append(round(s, 4))
        return scales

    def cost(items: Sequence[float]) -> float:
        return sum(area_mp * sc * sc for sc in items)

    # keep all passes within the pixel budget: reduce the finest scale (and rebuild the
    # pyramid below it, which may lose a pass) until they fit
    scales = pyramid(fine)
    for _ in range(8):
        if cost(scales) <= config.max_megapixels * 1.001 or scales[0] <= coarse:
            break
        fine = max(coarse, fine * math.sqrt(config.max_megapixels / cost(scales)))
        scales = pyramid(fine)
    passes = [Pass(sc) for sc in scales]
    if config.flip and area_mp * scales[0] ** 2 <= config.flip_max_megapixels:
        passes.insert(1, Pass(scales[0], flip=True))
    return passes


def _tiles(size: int, tile: int, overlap: int) -> list[tuple[int, int]]:
    """Spans of at most ``tile`` pixels covering ``size``, neighbours overlapping by at least
    ``overlap``; as few and as small as possible (model inputs cost by the pixel)."""
    if size <= tile:
        return [(0, size)]
    count = math.ceil((size - overlap) / (tile - overlap))
    length = min(tile, 32 * math.ceil((size + (count - 1) * overlap) / count / 32))
    step = (size - length) / (count - 1)
    return [(round(i * step), round(i * step) + length) for i in range(count)]


def _nms(boxes: Array, iou_threshold: float) -> Array:
    """Greedy NMS on ``[x1, y1, x2, y2, score, ...]`` rows; returns the kept rows."""
    if len(boxes) == 0:
        return boxes
    order = np.argsort(-boxes[:, SCORE], kind="stable")
    boxes = boxes[order]
    x1, y1, x2, y2 = boxes[:, X1], boxes[:, Y1], boxes[:, X2], boxes[:, Y2]
    areas = (x2 - x1) * (y2 - y1)
    keep = np.ones(len(boxes), dtype=bool)
    for i in range(len(boxes)):
        if not keep[i]:
            continue
        rest = np.arange(i + 1, len(boxes))
        rest = rest[keep[rest]]
        if rest.size == 0:
            break
        iw = np.clip(np.minimum(x2[i], x2[rest]) - np.maximum(x1[i], x1[rest]), 0, None)
        ih = np.clip(np.minimum(y2[i], y2[rest]) - np.maximum(y1[i], y1[rest]), 0, None)
        inter = iw * ih
        overlap = inter / (areas[i] + areas[rest] - inter + 1e-9)
        keep[rest[overlap >= iou_threshold]] = False
    return boxes[keep]


#: BlazeFace's grids of tiles run on a reduced copy of a large photo when one at least this
#: long exists (measured on the benchmark album's 12-MP photos: the 0.65x copy, same faces
#: found, 0.14 -> 0.05 s of one core per photo without OpenCV)
BLAZE_MIN_SIDE = 1536
#: ... and its one look at the whole photo (a 192-px view: a 960-px copy is plenty; when the
#: verification's finer passes only reduced windows, the whole 12-MP photo was handed over,
#: ~0.09 s of one core per photo only to copy it)
BLAZE_WHOLE_MIN_SIDE = 768


class _Resampler:
    """Reduced copies and enlarged tiles of one photo: OpenCV where installed, else Pillow.

    Both follow OpenCV's conventions, so detections are (near-)identical: reduction by area
    averaging (``INTER_AREA``; with Pillow its closest filters, see :meth:`reduced`),
    enlargement by bilinear interpolation with replicated borders, output pixel ``x`` taken
    from source position ``(x + x0) * sx`` (``cv2.warpAffine``'s mapping).
    """

    #: a reduction is made from the smallest reduced copy at least this much larger than it,
    #: not from the photo (a 12-MP photo's passes at 0.65x, 0.32x, 0.24x: the second and third
    #: read 4.3 MP instead of 12 MP; measured without OpenCV: 0.25 -> 0.19 s per photo)
    CASCADE = 1.8

    def __init__(self, rgb: Array) -> None:
        self.rgb = rgb
        self.cv2 = models.opencv()
        self._image: Image.Image | None = None
        self._reduced: dict[tuple[int, int], Array] = {}

    @property
    def image(self) -> Image.Image:
        if self._image is None:
            self._image = Image.fromarray(self.rgb)
        return self._image

    def reduced(self, size: tuple[int, int]) -> Array:
        if size in self._reduced:
            return self._reduced[size]
        larger = [
            (width, height)
            for width, height in self._reduced
            if width >= size[0] * self.CASCADE and height >= size[1] * self.CASCADE
        ]
        source = self._reduced[min(larger)] if larger else self.rgb
        result = self._reduce(source, size)
        self._reduced[size] = result
        return result

    def for_blazeface(self, min_side: int) -> tuple[Array, float]:
        """The smallest reduced copy made so far whose longer side is at least ``min_side``
        (else the photo), and its scale: BlazeFace sees 192 x 192 pixels, so handing it the
        whole 12-MP photo only costs copies."""
        fits = [size for size in self._reduced if max(size) >= min_side]
        if not fits:
            return self.rgb, 1.0
        size = min(fits)
        return self._reduced[size], size[0] / self.rgb.shape[1]

    #: windows covering at most this part of a pass are reduced one by one instead of the
    #: whole photo (a second round of verification looks at a few faces' surroundings)
    WINDOW_WISE = 0.25

    def window_wise(
        self, size: tuple[int, int], windows: Sequence[tuple[int, int, int, int]] | None
    ) -> bool:
        """Whether :meth:`reduced_window` should make ``windows`` of the copy at ``size``
        (no such copy made yet, and the windows cover little of it)."""
        if windows is None or size in self._reduced:
            return False
        covered = sum((x1 - x0) * (y1 - y0) for x0, y0, x1, y1 in windows)
        return covered <= self.WINDOW_WISE * size[0] * size[1]

    def reduced_window(self, size: tuple[int, int], window: tuple[int, int, int, int]) -> Array:
        """Pixels ``window`` (``x0, y0, x1, y1``) of the photo reduced to ``size``, made
        from the photo's pixels around them only (Pillow's filter of :meth:`_reduce`, with
        OpenCV installed too: within ~1 level of ``INTER_AREA`` on average, as the bundle)."""
        x0, y0, x1, y1 = window
        width, height = self.rgb.shape[1], self.rgb.shape[0]
        step_x, step_y = width / size[0], height / size[1]
        left, top, right, bottom = x0 * step_x, y0 * step_y, x1 * step_x, y1 * step_y
        method = _pillow_filter(size[0] / width)
        if self._image is not None:
            return np.asarray(
                self.image.resize((x1 - x0, y1 - y0), method, box=(left, top, right, bottom))
            )
        # only the pixels under the window and the filter's reach around it become an image
        # (the whole 12-MP photo costs ~30 ms to turn into one)
        reach = math.ceil(2 * max(step_x, step_y)) + 2
        cx0, cy0 = max(0, math.floor(left) - reach), max(0, math.floor(top) - reach)
        cx1 = min(width, math.ceil(right) + reach)
        cy1 = min(height, math.ceil(bottom) + reach)
        crop = Image.fromarray(np.ascontiguousarray(self.rgb[cy0:cy1, cx0:cx1]))
        area = (left - cx0, top - cy0, right - cx0, bottom - cy0)
        return np.asarray(crop.resize((x1 - x0, y1 - y0), method, box=area))

    def _reduce(self, source: Array, size: tuple[int, int]) -> Array:
        """``source`` (the photo or a reduced copy of it) reduced to ``size``."""
        if self.cv2 is not None:
            result: Array = self.cv2.resize(source, size, interpolation=self.cv2.INTER_AREA)
            return result
        picture = self.image if source is self.rgb else Image.fromarray(source)
        return np.asarray(picture.resize(size, _pillow_filter(size[0] / source.shape[1])))

    def enlarged_tile(
        self, factor: tuple[float, float], origin: tuple[int, int], size: tuple[int, int]
    ) -> Array:
        """Pixels ``origin`` .. ``origin + size`` of the photo enlarged by ``1 / factor``."""
        (sx, sy), (x0, y0), (tw, th) = factor, origin, size
        cv2 = self.cv2
        if cv2 is not None:
            matrix = np.array([[1 / sx, 0, -x0], [0, 1 / sy, -y0]], dtype=np.float64)
            result: Array = cv2.warpAffine(
                self.rgb,
                matrix,
                (tw, th),
                flags=cv2.INTER_LINEAR,
                borderMode=cv2.BORDER_REPLICATE,
            )
            return result
        # Pillow samples at pixel centres: output pixel x (centre x + 0.5) must land on
        # source position (x + x0) * sx, i.e. continuous coordinate (x + x0) * sx + 0.5
        left = x0 * sx + 0.5 * (1 - sx)
        top = y0 * sy + 0.5 * (1 - sy)
        right, bottom = left + tw * sx, top + th * sy
        # a source window with one pixel to spare around the bilinear support, borders
        # replicated where it reaches past the photo (Pillow only samples inside its input)
        height, width = self.rgb.shape[:2]
        wx0, wy0 = max(0, math.floor(left) - 1), max(0, math.floor(top) - 1)
        wx1, wy1 = math.ceil(right) + 1, math.ceil(bottom) + 1
        window = self.rgb[wy0 : min(height, wy1), wx0 : min(width, wx1)]
        if wx1 > width or wy1 > height:
            pad = ((0, max(0, wy1 - height)), (0, max(0, wx1 - width)), (0, 0))
            window = np.pad(window, pad, mode="edge")
        tile = Image.fromarray(np.ascontiguousarray(window)).resize(
            (tw, th),
            Image.Resampling.BILINEAR,
            box=(left - wx0, top - wy0, right - wx0, bottom - wy0),
        )
        return np.asarray(tile)


def _pillow_filter(scale: float) -> Image.Resampling:
    """Pillow's closest filter to OpenCV's ``INTER_AREA`` for a reduction to ``scale``.
    Its BOX filter takes whole pixels (no fractional coverage), far from INTER_AREA at mild
    reductions; measured on corpus photos (mean difference from INTER_AREA, 0-255):
    BILINEAR 0.3 at 0.94x, HAMMING 0.5-0.9 at 0.37-0.6x (BOX: 1.2-3.8)."""
    return Image.Resampling.BILINEAR if scale >= 0.75 else Image.Resampling.HAMMING


def _centerface_pass(
    source: _Resampler,
    number: int,
    scale_pass: Pass,
    config: DetectConfig,
    net: models.CenterFace,
    windows: Sequence[tuple[int, int, int, int]] | None = None,
) -> list[Array]:
    """CenterFace at one scale, on overlapping tiles covering the photo, or only on
    ``windows`` (``x0, y0, x1, y1`` in pixels of this pass; see :func:`windows_around`)."""
    rgb = source.rgb
    height, width = rgb.shape[:2]
    scale = scale_pass.scale
    scaled_w, scaled_h = max(1, round(width * scale)), max(1, round(height * scale))
    reduced: Array | None = None
    if scale < 1.0 and not source.window_wise((scaled_w, scaled_h), windows):
        reduced = source.reduced((scaled_w, scaled_h))
    if windows is None:
        xs = _tiles(scaled_w, config.tile, config.overlap)
        ys = _tiles(scaled_h, config.tile, config.overlap)
        tiles = [(tx0, ty0, tx1, ty1) for ty0, ty1 in ys for tx0, tx1 in xs]
    else:
        tiles = list(windows)
    sx, sy = width / scaled_w, height / scaled_h
    found: list[Array] = []
    for tx0, ty0, tx1, ty1 in tiles:
        if reduced is not None:
            tile = reduced[ty0:ty1, tx0:tx1]
        elif scale < 1.0:
            tile = source.reduced_window((scaled_w, scaled_h), (tx0, ty0, tx1, ty1))
        elif scale == 1.0:
            tile = rgb[ty0:ty1, tx0:tx1]
        else:
            tile = source.enlarged_tile((sx, sy), (tx0, ty0), (tx1 - tx0, ty1 - ty0))
        tw, th = tx1 - tx0, ty1 - ty0
        if scale_pass.flip:
            tile = tile[:, ::-1]
        boxes = net.detect(tile, config.candidate_threshold)
        if scale_pass.flip and len(boxes):
            boxes[:, [X1, X2]] = tw - boxes[:, [X2, X1]]
        boxes = _nms(boxes, config.nms_iou)
        if not len(boxes):
            continue
        margin = 2.0
        cut = np.zeros(len(boxes), dtype=bool)
        if tx0 > 0:
            cut |= boxes[:, X1] <= margin
        if tx1 < scaled_w:
            cut |= boxes[:, X2] >= tw - margin
        if ty0 > 0:
            cut |= boxes[:, Y1] <= margin
        if ty1 < scaled_h:
            cut |= boxes[:, Y2] >= th - margin
        rows = np.zeros((len(boxes), 8), dtype=np.float32)
        rows[:, X1] = (boxes[:, X1] + tx0) * sx
        rows[:, X2] = (boxes[:, X2] + tx0) * sx
        rows[:, Y1] = (boxes[:, Y1] + ty0) * sy
        rows[:, Y2] = (boxes[:, Y2] + ty0) * sy
        rows[:, SCORE] = boxes[:, SCORE]
        rows[:, MODEL] = CENTERFACE
        rows[:, PASS] = number
        rows[:, TRUNC] = cut
        found.append(rows)
    return found


def _blazeface_passes(source: _Resampler, first_pass: int, grids: tuple[int, ...]) -> list[Array]:
    """BlazeFace on ``grids`` of overlapping tiles (1 is the whole photo, 2 a 2x2 grid...)
    of the smallest reduced copy that serves them, in pixels of the photo: one 192-px view of
    the whole photo needs no more than a small copy, tiles more."""
    rgb, scale = source.for_blazeface(BLAZE_WHOLE_MIN_SIDE if grids == (1,) else BLAZE_MIN_SIDE)
    net = models.blazeface()
    height, width = rgb.shape[:2]
    found: list[Array] = []
    number = first_pass
    for grid in grids:
        tile_w = width if grid == 1 else math.ceil(width / grid * 1.3)
        tile_h = height if grid == 1 else math.ceil(height / grid * 1.3)
        xs = _tiles(width, tile_w, tile_w - math.ceil(width / grid)) if grid > 1 else [(0, width)]
        ys = (
            _tiles(height, tile_h, tile_h - math.ceil(height / grid)) if grid > 1 else [(0, height)]
        )
        for ty0, ty1 in ys:
            for tx0, tx1 in xs:
                boxes = net.detect(rgb[ty0:ty1, tx0:tx1])
                if not len(boxes):
                    continue
                rows = np.zeros((len(boxes), 8), dtype=np.float32)
                rows[:, [X1, X2]] = boxes[:, [X1, X2]] + tx0
                rows[:, [Y1, Y2]] = boxes[:, [Y1, Y2]] + ty0
                rows[:, SCORE] = boxes[:, SCORE]
                rows[:, MODEL] = BLAZEFACE
                rows[:, PASS] = number
                cut = np.zeros(len(boxes), dtype=bool)
                if tx0 > 0:
                    cut |= boxes[:, X1] <= 2
                if tx1 < width:
                    cut |= boxes[:, X2] >= tx1 - tx0 - 2
                if ty0 > 0:
                    cut |= boxes[:, Y1] <= 2
                if ty1 < height:
                    cut |= boxes[:, Y2] >= ty1 - ty0 - 2
                rows[:, TRUNC] = cut
                found.append(rows)
        number += 1
    return _scaled(found, scale)


def _drop_truncated(rows: Array) -> Array:
    """Remove tile-edge fragments that a whole detection already covers."""
    cut = rows[:, TRUNC] > 0
    if not cut.any():
        return rows
    whole = rows[~cut]
    keep = np.ones(len(rows), dtype=bool)
    for index in np.nonzero(cut)[0]:
        frag = rows[index]
        if not len(whole):
            break
        iw = np.clip(
            np.minimum(frag[X2], whole[:, X2]) - np.maximum(frag[X1], whole[:, X1]), 0, None
        )
        ih = np.clip(
            np.minimum(frag[Y2], whole[:, Y2]) - np.maximum(frag[Y1], whole[:, Y1]), 0, None
        )
        frag_area = (frag[X2] - frag[X1]) * (frag[Y2] - frag[Y1])
        if ((iw * ih) >= 0.5 * frag_area).any():
            keep[index] = False
    return rows[keep]


def _iou_matrix(a: Array, b: Array) -> Array:
    iw = np.clip(
        np.minimum(a[:, None, X2], b[None, :, X2]) - np.maximum(a[:, None, X1], b[None, :, X1]),
        0,
        None,
    )
    ih = np.clip(
        np.minimum(a[:, None, Y2], b[None, :, Y2]) - np.maximum(a[:, None, Y1], b[None, :, Y1]),
        0,
        None,
    )
    inter = iw * ih
    area_a = (a[:, X2] - a[:, X1]) * (a[:, Y2] - a[:, Y1])
    area_b = (b[:, X2] - b[:, X1]) * (b[:, Y2] - b[:, Y1])
    result: Array = inter / (area_a[:, None] + area_b[None, :] - inter + 1e-9)
    return result


def _fuse(rows: Array, config: DetectConfig) -> list[tuple[float, float, float, float, float]]:
    """Cluster candidates from all passes and models; one fused box and score per cluster.

    Clusters grow greedily around the best remaining CenterFace candidate (CenterFace
    outlines faces the way people do; BlazeFace boxes are tighter). Score: CenterFace's best
    pass, raised when a second pass agrees (noisy-or, ``support_weight``); a face only
    BlazeFace saw gets ``blaze_only_weight`` x its score, and a cluster never less than that
    (a faint CenterFace candidate on a face BlazeFace is sure of does not lower it). Box:
    score-weighted mean of the model that gave the score.
    """
    if not len(rows):
        return []
    rows = rows[np.argsort(-rows[:, SCORE], kind="stable")]
    rows = np.concatenate([rows[rows[:, MODEL] == CENTERFACE], rows[rows[:, MODEL] != CENTERFACE]])
    overlap = _iou_matrix(rows, rows)
    same_model = rows[:, None, MODEL] == rows[None, :, MODEL]
    linked = overlap >= np.where(same_model, config.fuse_iou, config.fuse_iou * 0.75)
    free = np.ones(len(rows), dtype=bool)
    fused = []
    for head in range(len(rows)):
        if not free[head]:
            continue
        members = np.nonzero(linked[head] & free)[0]
        free[members] = False
        group = rows[members]
        cf = group[group[:, MODEL] == CENTERFACE]
        bf = group[group[:, MODEL] == BLAZEFACE]
        bf_score = float(bf[:, SCORE].max()) if len(bf) else 0.0
        if len(cf):
            per_pass: dict[float, float] = {}
            for row in cf:
                per_pass[float(row[PASS])] = max(
                    per_pass.get(float(row[PASS]), 0.0), float(row[SCORE])
                )
            ranked = sorted(per_pass.values(), reverse=True) + [0.0]
            score = 1.0 - (1.0 - ranked[0]) * (1.0 - config.support_weight * ranked[1])
            score = 1.0 - (1.0 - score) * (1.0 - config.blaze_weight * bf_score)
            source = cf
            # a faint CenterFace candidate never lowers what BlazeFace alone would give (its
            # box then too: a faint candidate is often a part of the face)
            if config.blaze_only_weight * bf_score > score:
                score, source = config.blaze_only_weight * bf_score, bf
        else:
            score = config.blaze_only_weight * bf_score
            source = bf
        weights = source[:, SCORE : SCORE + 1]
        box = (source[:, X1 : Y2 + 1] * weights).sum(axis=0) / weights.sum()
        fused.append((float(box[0]), float(box[1]), float(box[2]), float(box[3]), score))
    return fused


def collect_candidates(rgb: Array, config: DetectConfig = DEFAULT_CONFIG) -> Array:
    """Raw candidates of all passes and models (rows: x1, y1, x2, y2, score, model, pass,
    truncated), in pixels of ``rgb``."""
    height, width = rgb.shape[:2]
    net = models.centerface(config.centerface_model)
    found: list[Array] = [np.zeros((0, 8), dtype=np.float32)]
    passes = plan_passes(width, height, config)
    source = _Resampler(rgb)
    for number, scale_pass in enumerate(passes):
        found += _centerface_pass(source, number, scale_pass, config, net)
    if config.blazeface:
        found += _blazeface_passes(source, len(passes), config.blazeface_grids)
    return np.concatenate(found)


def _scaled(found: list[Array], scale: float) -> list[Array]:
    """Candidate rows found on a copy reduced by ``scale``, in pixels of the photo."""
    if scale == 1.0:
        return found
    for rows in found:
        rows[:, [X1, Y1, X2, Y2]] /= scale
    return found


#: context kept around a changed area when only windows are looked at again, in pixels of
#: the pass: half the area's size on each side (the area is a face's box padded by 25 %,
#: so a face keeps 1 x its size around it), within these bounds
VERIFY_CONTEXT = 0.5
VERIFY_CONTEXT_MIN = 16
VERIFY_CONTEXT_MAX = 64
#: windows smaller than this (pixels of the pass) are merged freely: a model run has a
#: fixed cost (~3 ms); larger ones when the merged window adds at most 10 % of pixels
_SMALL_WINDOW = 128 * 128
_MERGE_WASTE = 1.1


def windows_around(
    boxes: Sequence[tuple[int, int, int, int]],
    scale: float,
    size: tuple[int, int],
    config: DetectConfig = DEFAULT_CONFIG,
) -> list[tuple[int, int, int, int]]:
    """Windows (``x0, y0, x1, y1`` in pixels of the pass at ``scale``) covering ``boxes``
    (``left, top, right, bottom`` in pixels of the photo) with context around each, merged
    where that costs little, each at most ``config.tile`` on a side."""
    width, height = size
    scaled_w, scaled_h = max(1, round(width * scale)), max(1, round(height * scale))
    rects: list[list[int]] = []
    for left, top, right, bottom in boxes:
        x0, y0, x1, y1 = left * scale, top * scale, right * scale, bottom * scale
        side = max(x1 - x0, y1 - y0)
        context = min(VERIFY_CONTEXT_MAX, max(VERIFY_CONTEXT_MIN, VERIFY_CONTEXT * side))
        # larger than a tile: split into tiles (a huge region is found by coarser passes too)
        wx0, wy0 = max(0, math.floor(x0 - context)), max(0, math.floor(y0 - context))
        wx1, wy1 = min(scaled_w, math.ceil(x1 + context)), min(scaled_h, math.ceil(y1 + context))
        if wx1 <= wx0 or wy1 <= wy0:
            continue
        for tx0, tx1 in _tiles(wx1 - wx0, config.tile, config.overlap):
            for ty0, ty1 in _tiles(wy1 - wy0, config.tile, config.overlap):
                rects.append([wx0 + tx0, wy0 + ty0, wx0 + tx1, wy0 + ty1])
    return _merge_windows(rects, config.tile)


def _merge_windows(rects: list[list[int]], limit: int) -> list[tuple[int, int, int, int]]:
    """Merge overlapping or nearby windows when the merged one wastes little (or both are
    small), never beyond ``limit`` pixels on a side."""
    if not rects:
        return []
    boxes = np.asarray(rects, dtype=np.int64)
    alive = np.ones(len(boxes), dtype=bool)
    changed = True
    while changed:
        changed = False
        for i in range(len(boxes)):
            if not alive[i]:
                continue
            a = boxes[i]
            ux0 = np.minimum(a[0], boxes[:, 0])
            uy0 = np.minimum(a[1], boxes[:, 1])
            ux1 = np.maximum(a[2], boxes[:, 2])
            uy1 = np.maximum(a[3], boxes[:, 3])
            union = (ux1 - ux0) * (uy1 - uy0)
            area_a = (a[2] - a[0]) * (a[3] - a[1])
            areas = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
            iw = np.clip(np.minimum(a[2], boxes[:, 2]) - np.maximum(a[0], boxes[:, 0]), 0, None)
            ih = np.clip(np.minimum(a[3], boxes[:, 3]) - np.maximum(a[1], boxes[:, 1]), 0, None)
            covered = area_a + areas - iw * ih
            ok = (
                alive
                & (ux1 - ux0 <= limit)
                & (uy1 - uy0 <= limit)
                & ((union <= _MERGE_WASTE * covered) | (union <= _SMALL_WINDOW))
            )
            ok[i] = False
            if not ok.any():
                continue
            j = int(np.argmax(np.where(ok, covered - union, np.iinfo(np.int64).min)))
            boxes[i] = (ux0[j], uy0[j], ux1[j], uy1[j])
            alive[j] = False
            changed = True
    return [(int(b[0]), int(b[1]), int(b[2]), int(b[3])) for b in boxes[alive]]


def collect_candidates_near(
    rgb: Array,
    boxes: Sequence[tuple[int, int, int, int]],
    config: DetectConfig = DEFAULT_CONFIG,
    *,
    whole_photo: bool = True,
) -> Array:
    """Raw candidates (as :func:`collect_candidates`) for a photo that changed only inside
    ``boxes`` (``left, top, right, bottom``) since it was analysed: the coarsest CenterFace
    pass and BlazeFace on the whole photo run everywhere; each finer pass on windows (with
    context) around the boxes too small for the next coarser pass to see well. Elsewhere the pixels, and so the
    model's output, are what the first analysis saw. Candidates cut by a window's edge are
    left out (the context keeps the faces that matter inside).

    ``whole_photo=False``: for a photo whose whole was already looked at again (a second
    round of verification after a few more faces were hidden): the coarsest pass too runs
    only on windows around the boxes, and BlazeFace (192-px views of the whole photo, which
    cannot see faces as small as the boxes) not at all."""
    height, width = rgb.shape[:2]
    net = models.centerface(config.centerface_model)
    found: list[Array] = [np.zeros((0, 8), dtype=np.float32)]
    passes = plan_passes(width, height, config)
    source = _Resampler(rgb)
    for number, scale_pass in enumerate(passes):
        coarsest = number == len(passes) - 1
        if coarsest and whole_photo:
            found += _centerface_pass(source, number, scale_pass, config, net)
            continue
        # a box this pass must look at again: one the next coarser pass sees smaller than
        # the size CenterFace finds reliably (the coarsest pass looks at everything)
        coarser = 0.0 if coarsest else passes[number + 1].scale
        needed = [
            box
            for box in boxes
            if min(box[2] - box[0], box[3] - box[1]) * coarser < config.target_face_px * 1.5
        ]
        windows = windows_around(needed, scale_pass.scale, (width, height), config)
        if windows:
            rows = _centerface_pass(source, number, scale_pass, config, net, windows)
            found += [r[r[:, TRUNC] == 0] for r in rows]
    if config.blazeface and whole_photo:
        found += _blazeface_passes(source, len(passes), grids=(1,))
    return np.concatenate(found)


def regions_from_candidates(
    rows: Array, width: int, height: int, config: DetectConfig = DEFAULT_CONFIG
) -> tuple[Region, ...]:
    """Merge raw candidates into face regions with a tier, best first."""
    if not len(rows):
        return ()
    rows = _drop_truncated(rows)
    regions = []
    for x1, y1, x2, y2, score in sorted(_fuse(rows, config), key=lambda f: -f[4]):
        if score < config.check_threshold:
            continue
        left, top = max(0, math.floor(x1)), max(0, math.floor(y1))
        right, bottom = min(width, math.ceil(x2)), min(height, math.ceil(y2))
        if right - left < 2 or bottom - top < 2:
            continue
        sure = score >= config.sure_threshold
        regions.append(
            Region(
                left,
                top,
                right - left,
                bottom - top,
                score=round(score, 4),
                tier=Tier.SURE if sure else Tier.CHECK,
                enabled=sure,
                source=Source.AUTO,
            )
        )
    return tuple(regions)


def detect_faces(image: Image.Image | Array, config: DetectConfig = DEFAULT_CONFIG) -> Detection:
    """All faces in ``image`` (a decoded, orientation-corrected picture), best first.

    Use :func:`photosafe_desktop.core.imaging.open_image` to decode files, so coordinates
    are those of the photo as displayed. ``sure`` regions come enabled, ``check`` ones
    disabled (the user confirms them). Raises :class:`~.models.ModelError` if a model is
    missing or damaged.
    """
    rgb = to_rgb_array(image)
    height, width = rgb.shape[:2]
    if width < 8 or height < 8:
        return Detection(width, height)
    rows = collect_candidates(rgb, config)
    regions = regions_from_candidates(rows, width, height, config)
    if config.covered_candidates > 0:
        regions = candidates.review_candidates(regions, config.covered_candidates)
    return Detection(width, height, regions)


__all__ = [
    "DEFAULT_CONFIG",
    "DetectConfig",
    "Detection",
    "Pass",
    "collect_candidates",
    "collect_candidates_near",
    "detect_faces",
    "plan_passes",
    "regions_from_candidates",
    "windows_around",
]
