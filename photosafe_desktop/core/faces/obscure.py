"""Hide faces in the full-resolution image, and check afterwards that none is left.

Effects (see :class:`~.regions.Effect`):

- ``solid`` (default): an opaque fill. The only effect no software can undo.
- ``pixelate``: blocks of the region's average colour; the block size grows with the face
  (at most :data:`MAX_BLOCKS_ACROSS` blocks across it), so a large face in a 12-megapixel
  photo is as unrecognisable as a small one. A fixed mosaic would get weaker as resolution grows.
- ``blur``: pixelated first, then a strong blur scaled to the face.
- ``sticker``: an opaque cartoon face.

Every region is padded (``Region.padding``, 25 % by default: hair, ears, chin) and drawn as a
rectangle or an ellipse. Only the colour channels are changed: an alpha channel is kept as it
was, so transparent areas stay transparent and nothing outside the regions changes.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
from PIL import Image, ImageDraw, ImageFilter

from photosafe_desktop.core.faces.coverage import covered_fraction, shape_mask
from photosafe_desktop.core.faces.detect import (
    DEFAULT_CONFIG,
    DetectConfig,
    collect_candidates_near,
    detect_faces,
    regions_from_candidates,
    to_rgb_array,
)
from photosafe_desktop.core.faces.regions import Effect, Region, Shape, Tier
from photosafe_desktop.core.faces.report import FaceReport

Array = npt.NDArray[Any]

#: pixelate: at most this many blocks across a face
MAX_BLOCKS_ACROSS = 8
SOLID_COLOUR = (24, 24, 24)
STICKER_COLOUR = (255, 204, 0)
STICKER_INK = (60, 40, 0)


def block_size(region: Region) -> int:
    """Side of a pixelate block for ``region``: at most ~8 blocks across the face."""
    return max(2, math.ceil(max(region.w, region.h) / MAX_BLOCKS_ACROSS))


def _pixelate(patch: Array, block: int) -> Array:
    """Average ``block`` x ``block`` cells anchored at the patch's top-left corner."""
    height, width = patch.shape[:2]
    pad_h, pad_w = -height % block, -width % block
    padded = np.pad(patch, ((0, pad_h), (0, pad_w), (0, 0)), mode="edge").astype(np.float32)
    rows, cols = padded.shape[0] // block, padded.shape[1] // block
    cells = padded.reshape(rows, block, cols, block, -1).mean(axis=(1, 3))
    big = np.repeat(np.repeat(cells, block, axis=0), block, axis=1)
    return np.asarray(np.rint(big[:height, :width]), dtype=np.uint8)


def _sticker(size: tuple[int, int]) -> Array:
    width, height = size
    sticker = Image.new("RGB", size, STICKER_COLOUR)
    draw = ImageDraw.Draw(sticker)
    ink = max(1, round(min(width, height) / 14))
    eye_r = max(1, round(min(width, height) / 12))
    for cx in (0.36, 0.64):
        x, y = cx * width, 0.4 * height
        draw.ellipse((x - eye_r, y - eye_r, x + eye_r, y + eye_r), fill=STICKER_INK)
    draw.arc(
        (0.3 * width, 0.42 * height, 0.7 * width, 0.75 * height),
        20,
        160,
        fill=STICKER_INK,
        width=ink,
    )
    return np.asarray(sticker)


def _effect_patch(patch: Array, region: Region, effect: Effect) -> Array:
    height, width = patch.shape[:2]
    if effect is Effect.SOLID:
        return np.broadcast_to(np.array(SOLID_COLOUR, dtype=np.uint8), patch.shape).copy()
    if effect is Effect.STICKER:
        return _sticker((width, height))
    block = block_size(region)
    pixelated = _pixelate(patch, block)
    if effect is Effect.PIXELATE:
        return pixelated
    blurred = Image.fromarray(pixelated).filter(ImageFilter.GaussianBlur(radius=block))
    return np.asarray(blurred)


def obscure(
    image: Image.Image, regions: Iterable[Region], *, effect: Effect | str | None = None
) -> Image.Image:
    """A copy of ``image`` with every enabled region hidden, at full resolution.

    ``effect`` overrides each region's own effect when given. ``image`` is not modified.
    RGB and RGBA keep their mode (alpha unchanged); other modes are converted to RGB.
    """
    pixels, mode = _own_pixels(image)
    obscure_pixels(pixels, regions, effect=effect)
    return Image.fromarray(pixels, mode)


def _own_pixels(image: Image.Image, rgb: Array | None = None) -> tuple[Array, str]:
    """A private, writable copy of ``image``'s pixels and its mode: RGB and RGBA as they
    are, other modes converted to RGB (RGBA when transparent). ``rgb``: the RGB photo's
    pixels already read (copying them costs ~5 ms, reading a 12-MP image ~60 ms)."""
    if image.mode == "RGB" and rgb is not None:
        return np.array(rgb), "RGB"
    if image.mode not in ("RGB", "RGBA"):
        image = image.convert("RGBA" if "transparency" in image.info else "RGB")
    return np.array(image), image.mode


def obscure_pixels(
    pixels: Array, regions: Iterable[Region], *, effect: Effect | str | None = None
) -> None:
    """:func:`obscure` on a writable RGB or RGBA array, in place (no copies of the photo:
    a 12-MP Pillow image costs ~60 ms to turn into an array and ~20 ms back)."""
    override = Effect(effect) if effect is not None else None
    size = (pixels.shape[1], pixels.shape[0])
    for region in regions:
        if not region.enabled:
            continue
        left, top, right, bottom = region.padded_box(size)
        if right <= left or bottom <= top:
            continue
        rgb = pixels[top:bottom, left:right, :3]
        patch = _effect_patch(rgb, region, override or region.effect)
        mask = shape_mask((right - left, bottom - top), region.shape)
        rgb[mask] = patch[mask]


def verify_obscured(
    image: Image.Image | Array,
    regions: Iterable[Region],
    config: DetectConfig = DEFAULT_CONFIG,
    *,
    min_covered: float = 0.5,
    changed: Sequence[tuple[int, int, int, int]] | None = None,
    whole_photo: bool = True,
) -> list[Region]:
    """Run the detector on an obscured ``image``; return faces the ``regions`` do not hide.

    A face counts as hidden when at least ``min_covered`` of its box lies under the enabled
    regions, unless the detector is sure of it under a ``solid`` region: then the fill is
    not there, and it is returned too. The returned
    regions keep their tier: ``sure`` ones need attention, ``check`` ones are likely traces
    of the effect or background.

    ``changed`` (``left, top, right, bottom`` boxes): the only places where ``image``
    differs from the picture that was analysed. The detector then looks again at the
    obscured pixels in and around them at every scale, and at the whole photo at the
    coarsest scale (:func:`~.detect.collect_candidates_near`); elsewhere the pixels are
    the analysed ones, so the detector would find there exactly what it found before.
    None: the whole photo at every scale, as a first analysis. ``whole_photo=False`` (with
    ``changed``): only in and around ``changed``, at every scale, for a photo whose whole
    was verified already before ``changed`` were hidden.
    """
    kept = [region for region in regions if region.enabled]
    # a face found again under a solid fill means the fill is not there (an opaque colour
    # holds no face). Not for the other effects: the sticker is a drawn face, and small
    # faces pixelated or blurred still look like faces to the detector (measured: 8 of 16
    # pixelated faces in a 1024-px crowd photo), though no longer recognisable
    opaque = [region for region in kept if region.effect is Effect.SOLID]
    size = image.size if isinstance(image, Image.Image) else (image.shape[1], image.shape[0])
    if changed is None:
        found = detect_faces(image, config).regions
    else:
        rgb = to_rgb_array(image)
        rows = collect_candidates_near(rgb, changed, config, whole_photo=whole_photo)
        found = regions_from_candidates(rows, size[0], size[1], config)
    return [
        face
        for face in found
        if covered_fraction(face.box, kept, size) < min_covered
        or (face.tier is Tier.SURE and covered_fraction(face.box, opaque, size) >= min_covered)
    ]


def changed_boxes(
    regions: Iterable[Region], size: tuple[int, int]
) -> list[tuple[int, int, int, int]]:
    """Where :func:`obscure` changes pixels for ``regions`` (their padded boxes)."""
    return [region.padded_box(size) for region in regions if region.enabled]


ObscureTransform = Callable[[Image.Image], tuple[Image.Image, FaceReport]]


@dataclass(frozen=True)
class DetectAndObscure:
    """Find faces and hide the sure ones: a picklable ``transform`` (batches send it to
    worker processes). Build it with :func:`make_obscure_transform`."""

    effect: Effect | None  # None: only detect and report
    shape: Shape = Shape.RECT
    padding: float | None = None
    verify: bool = True
    config: DetectConfig = DEFAULT_CONFIG
    text: bool = False  # also find and hide text (name tags, shirts, signs, plates)
    # verification looks again at the whole photo at every scale (slower; the default looks
    # where the pixels changed and at the doubts, plus the whole photo at the coarsest scale)
    verify_everywhere: bool = False

    def _styled(self, region: Region) -> Region:
        changes: dict[str, Any] = {"shape": self.shape, "enabled": True}
        if self.effect is not None:
            changes["effect"] = self.effect
        if self.padding is not None:
            changes["padding"] = self.padding
        return region.replace(**changes)

    def __call__(self, image: Image.Image) -> tuple[Image.Image, FaceReport]:
        rgb = to_rgb_array(image)  # once: ~60 ms for a 12-MP photo
        found = detect_faces(rgb, self.config)
        sure = [self._styled(region) for region in found.sure]
        report = FaceReport(
            effect=self.effect.value if self.effect is not None else "none",
            faces_found=len(sure),
            faces_hidden=len(sure) if self.effect is not None else 0,
            check=tuple(found.check),
        )
        texts: list[Region] = []
        if self.text:
            from photosafe_desktop.core.text import detect_text, text_region

            texts = [self._styled_text(text_region(line)) for line in detect_text(image)]
            report = dataclasses.replace(
                report,
                text_checked=True,
                texts_found=len(texts),
                texts_hidden=len(texts) if self.effect is not None else 0,
                texts=tuple(texts),
            )
        if self.effect is None:
            return image, report
        # obscured and verified as an array, in place, turned into an image once
        working, mode = _own_pixels(image, rgb)
        obscure_pixels(working, sure + texts)
        if self.verify:
            # a real second detection on the obscured pixels, wherever they changed (and
            # the whole photo at the coarsest scale): faces can stand out once their
            # neighbours are hidden: hide those too (one more round), then report whatever
            # the detector still finds
            size = image.size
            # where pixels changed, and the faces the analysis was unsure about (those that
            # stand out once their neighbours are hidden were doubts before)
            # (verify_everywhere: the whole photo at every scale, in both rounds)
            changed: list[tuple[int, int, int, int]] | None = None
            if not self.verify_everywhere:
                changed = changed_boxes(sure + texts, size)
                changed += [r.padded_box(size) for r in found.check]
            left = verify_obscured(working, sure, self.config, changed=changed)
            extra = [self._styled(r) for r in left if r.tier is Tier.SURE]
            if extra:
                sure += extra
                obscure_pixels(working, extra)
                # the photo differs from the one just verified only where these were
                # hidden: look there again, at every scale (the whole photo was just
                # looked at; measured on the benchmark album: this round 0.22-0.34 ->
                # 0.03-0.06 s of one core per photo, the same 841 faces hidden)
                if not self.verify_everywhere:
                    changed = changed_boxes(extra, size)
                left = verify_obscured(
                    working, sure, self.config, changed=changed, whole_photo=False
                )
            report = dataclasses.replace(
                report,
                faces_hidden=len(sure),
                found_on_verification=len(extra),
                verified=True,
                unobscured=tuple(r for r in left if r.tier is Tier.SURE),
            )
        output = Image.fromarray(working, mode)
        if self.verify and self.text:
            output, report = self._verify_text(output, sure + texts, report)
        return output, report

    def _styled_text(self, region: Region) -> Region:
        return region.replace(effect=self.effect) if self.effect is not None else region

    def _verify_text(
        self, output: Image.Image, hidden: list[Region], report: FaceReport
    ) -> tuple[Image.Image, FaceReport]:
        """Look for text again; hide what stood out (one more round), report what is left."""
        from photosafe_desktop.core.text import text_region, verify_text_hidden

        left = verify_text_hidden(output, hidden)
        extra = [self._styled_text(text_region(line)) for line in left]
        if extra:
            hidden = hidden + extra
            output = obscure(output, extra)
            left = verify_text_hidden(output, hidden)
        report = dataclasses.replace(
            report,
            texts_hidden=report.texts_hidden + len(extra),
            texts_found_on_verification=len(extra),
            texts_unobscured=tuple(text_region(line) for line in left),
            text_verified=True,
        )
        return output, report


def make_obscure_transform(
    effect: Effect | str = Effect.SOLID,
    *,
    shape: Shape | str = Shape.RECT,
    padding: float | None = None,
    verify: bool = True,
    config: DetectConfig = DEFAULT_CONFIG,
    text: bool = False,
) -> ObscureTransform:
    """A ``transform`` for ``sanitise(..., transform=...)``: find faces, hide the sure ones.

    The returned callable takes the decoded, orientation-corrected image (RGB or RGBA) and
    returns ``(new_image, report)``, a :class:`~.report.FaceReport` (``to_json()`` gives
    the stable JSON form).

    ``check`` candidates are not hidden: the user confirms them in the review step (or
    the CLI reports them). ``effect="none"`` only detects and reports. The callable is
    picklable, so batches can run it in worker processes. Raises
    :class:`~.models.ModelError` when a model is missing or damaged.

    ``text=True`` also finds text lines (name tags, shirts, signs, plates) and hides them
    all with the same effect; the report then adds ``texts_found``, ``texts_obscured``,
    ``texts`` (``[{"x", "y", "w", "h", "score", "text"}]``), and after verification
    ``texts_found_on_verification`` and ``texts_unobscured`` (should be ``[]``).
    """
    chosen = None if str(getattr(effect, "value", effect)) == "none" else Effect(effect)
    return DetectAndObscure(chosen, Shape(shape), padding, verify, config, text)


def transform_for(mode: str, *, hide_text: bool = False) -> ObscureTransform:
    """The transform for ``photosafe sanitize --obscure MODE [--hide-text]``."""
    return make_obscure_transform(mode, text=hide_text)


__all__ = [
    "MAX_BLOCKS_ACROSS",
    "ObscureTransform",
    "block_size",
    "changed_boxes",
    "covered_fraction",
    "DetectAndObscure",
    "make_obscure_transform",
    "transform_for",
    "obscure",
    "obscure_pixels",
    "verify_obscured",
]
