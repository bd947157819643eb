"""Sharing presets: who may be seen where, decided per face by the leader, applied at export.

- **Public** (website, social media): every face is hidden unless the leader marked that
  face "may be seen in public" (or attached a child whose consent level is *public*);
  longest side at most 1600 px; neutral file names.
- **Parents only**: faces stay visible except those marked "no photos"; an optional visible
  watermark "<group> – enkel voor de ouders / réservé aux parents"; reduced size.
- **Archive**: metadata stripped only.

Under every preset a face marked "no photos", or attached to a child whose consent level is
*no photos*, is hidden. The consent register always wins over a mark: a face marked public
but attached to a child with *parents only* consent is hidden in public copies.

Marks are set by hand in the review (a child's name or code may be attached to a region);
nothing here recognises faces: no biometric template of anyone is computed or stored.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum
from functools import cache
from typing import Any

from PIL import Image, ImageDraw, ImageFont

from photosafe_desktop.core.consent.register import ConsentLevel, ConsentRegister
from photosafe_desktop.core.faces.regions import Kind, Mark, Region, Source, Tier
from photosafe_desktop.core.i18n import QT_TRANSLATE_NOOP
from photosafe_desktop.core.resources import resource_path

PUBLIC_MAX_SIDE = 1600
PARENTS_MAX_SIDE = 2048
WATERMARK_SUFFIX = "enkel voor de ouders / réservé aux parents"


class Preset(str, Enum):
    PUBLIC = "public"
    PARENTS = "parents"
    ARCHIVE = "archive"


PRESET_LABELS: dict[Preset, str] = {
    Preset.PUBLIC: QT_TRANSLATE_NOOP("Presets", "Public (website, social media)"),
    Preset.PARENTS: QT_TRANSLATE_NOOP("Presets", "Parents only"),
    Preset.ARCHIVE: QT_TRANSLATE_NOOP("Presets", "Archive"),
}

PRESET_EXPLANATIONS: dict[Preset, str] = {
    Preset.PUBLIC: QT_TRANSLATE_NOOP(
        "Presets",
        "For the website and social media. Every face is hidden, except faces you marked "
        "“may be seen in public”. Photos are made smaller (at most 1600 pixels) and get "
        "neutral names.",
    ),
    Preset.PARENTS: QT_TRANSLATE_NOOP(
        "Presets",
        "For the parents' album. Faces stay visible, except faces marked “no photos”. "
        "Photos are made smaller; you can add a visible line saying they are for the "
        "parents only.",
    ),
    Preset.ARCHIVE: QT_TRANSLATE_NOOP(
        "Presets",
        "For the group's own archive. Only the hidden information (place, device, names) is "
        "removed; faces marked “no photos” are still hidden.",
    ),
}

NO_BIOMETRICS = QT_TRANSLATE_NOOP(
    "Presets",
    "PhotoSafe never recognises faces: you mark each face yourself, and no biometric "
    "template of anyone is computed or stored.",
)


@dataclass(frozen=True)
class PresetSettings:
    """What a preset changes in an export besides the faces."""

    preset: Preset
    max_side: int | None
    rename: bool


PRESETS: dict[Preset, PresetSettings] = {
    Preset.PUBLIC: PresetSettings(Preset.PUBLIC, PUBLIC_MAX_SIDE, True),
    Preset.PARENTS: PresetSettings(Preset.PARENTS, PARENTS_MAX_SIDE, False),
    Preset.ARCHIVE: PresetSettings(Preset.ARCHIVE, None, False),
}


def smaller_side(chosen: int | None, preset: Preset) -> int | None:
    """The user's ``max_side`` capped by the preset's (the smaller one wins)."""
    limit = PRESETS[Preset(preset)].max_side
    if limit is None:
        return chosen
    return limit if chosen is None else min(chosen, limit)


def watermark_text(group: str) -> str:
    group = " ".join(group.split())
    return f"{group} – {WATERMARK_SUFFIX}" if group else WATERMARK_SUFFIX


def face_hidden(region: Region, preset: Preset, register: ConsentRegister | None = None) -> bool:
    """Whether ``region`` is hidden under ``preset`` (see the module's rules)."""
    preset = Preset(preset)
    level = register.level_of(region.person) if register is not None and region.person else None
    if region.mark is Mark.NO_PHOTOS or level is ConsentLevel.NO_PHOTOS:
        return True
    if preset is Preset.PUBLIC:
        if level is ConsentLevel.PARENTS:
            return True
        if region.mark is Mark.PUBLIC or level is ConsentLevel.PUBLIC:
            return False
        # the detector's unsure candidates that the user rejected are not faces
        rejected = not region.enabled and region.source is Source.AUTO and region.tier is Tier.CHECK
        return not rejected
    if region.mark is Mark.NONE and (region.source is Source.MANUAL or region.kind is Kind.TEXT):
        return region.enabled  # text (a name tag) or an area the user drew: as set
    return False


def apply_preset(
    regions: tuple[Region, ...] | list[Region],
    preset: Preset,
    register: ConsentRegister | None = None,
) -> tuple[Region, ...]:
    """The regions with ``enabled`` set as ``preset`` requires (nothing else changes)."""
    return tuple(replace(r, enabled=face_hidden(r, preset, register)) for r in regions)


@cache
def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(resource_path("fonts", "DejaVuSans-Bold.ttf")), size)


def draw_watermark(image: Image.Image, text: str) -> Image.Image:
    """A copy of ``image`` with ``text`` on a dark band along the bottom edge."""
    if not text:
        return image
    base = image.convert("RGBA")
    width, height = base.size
    size = max(10, min(width // 42, height // 18))
    font = _font(size)
    while size > 8 and font.getlength(text) > width * 0.94:
        size -= 1
        font = _font(size)
    band = round(size * 1.9)
    overlay = Image.new("RGBA", base.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    draw.rectangle((0, height - band, width, height), fill=(0, 0, 0, 150))
    text_w = font.getlength(text)
    draw.text(
        ((width - text_w) / 2, height - band / 2),
        text,
        font=font,
        fill=(255, 255, 255, 235),
        anchor="lm",
    )
    merged = Image.alpha_composite(base, overlay)
    return merged if image.mode == "RGBA" else merged.convert("RGB")


@dataclass(frozen=True)
class WatermarkAfter:
    """A picklable transform: run ``inner`` (e.g. find and hide faces), then the watermark."""

    inner: Any  # a Transform or None
    text: str

    def __call__(self, image: Image.Image) -> tuple[Image.Image, dict[str, Any]]:
        report: dict[str, Any] = {}
        if self.inner is not None:
            image, inner_report = self.inner(image)
            report.update(inner_report)
        report["watermark"] = bool(self.text)
        return draw_watermark(image, self.text), report


__all__ = [
    "WatermarkAfter",
    "NO_BIOMETRICS",
    "PARENTS_MAX_SIDE",
    "PRESETS",
    "PRESET_EXPLANATIONS",
    "PRESET_LABELS",
    "PUBLIC_MAX_SIDE",
    "Preset",
    "PresetSettings",
    "apply_preset",
    "draw_watermark",
    "face_hidden",
    "smaller_side",
    "watermark_text",
]
