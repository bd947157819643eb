"""Regions to hide (faces, text) as plain, immutable, JSON-friendly data.

A :class:`Region` is one face, one line of text (``kind="text"``, with the words read in
``label``) or any area the user wants hidden, in pixels of the displayed,
orientation-corrected image. The detector creates them (``source="auto"``); the UI edits
them by making new ones with :meth:`Region.replace` (undo keeps the old value) or creates
its own (``source="manual"``). :func:`~photosafe_desktop.core.faces.obscure.obscure` turns
the enabled ones into pixels.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any


class Tier(str, Enum):
    """How sure the detector is: ``sure`` faces are hidden automatically, ``check`` ones are
    shown to the user to confirm."""

    SURE = "sure"
    CHECK = "check"


class Shape(str, Enum):
    RECT = "rect"
    ELLIPSE = "ellipse"


class Effect(str, Enum):
    SOLID = "solid"  # the default: the only effect no software can undo
    PIXELATE = "pixelate"
    BLUR = "blur"  # pixelated first, then blurred
    STICKER = "sticker"


class Source(str, Enum):
    AUTO = "auto"
    MANUAL = "manual"


class Kind(str, Enum):
    """What a region hides: a face, or text (a name tag, a shirt print, a sign, a plate)."""

    FACE = "face"
    TEXT = "text"


class Mark(str, Enum):
    """What the leader decided for this face in the review (never face recognition):
    ``public``: may be seen in public; ``no_photos``: hidden in every copy; ``none``: not
    marked (hidden in public copies, visible to parents). See ``core/sharing/presets.py``."""

    NONE = "none"
    PUBLIC = "public"
    NO_PHOTOS = "no_photos"


#: extra margin on every side, as a fraction of the face box (hair, ears, chin)
DEFAULT_PADDING = 0.25
#: text boxes already include DB's unclip margin around the letters
TEXT_PADDING = 0.1


@dataclass(frozen=True)
class Region:
    """One area to hide. ``x, y, w, h`` is the face box itself; padding is added when obscuring."""

    x: int
    y: int
    w: int
    h: int
    score: float = 1.0
    tier: Tier = Tier.SURE
    shape: Shape = Shape.RECT
    effect: Effect = Effect.SOLID
    enabled: bool = True
    source: Source = Source.AUTO
    padding: float = DEFAULT_PADDING
    kind: Kind = Kind.FACE
    label: str = ""  # for text: the words read (may be empty)
    mark: Mark = Mark.NONE
    person: str = ""  # a child's name or code from the consent register, typed by the user

    def __post_init__(self) -> None:
        if self.w <= 0 or self.h <= 0:
            raise ValueError("a region needs a positive width and height")
        if not 0.0 <= self.padding <= 2.0:
            raise ValueError("padding must be between 0 and 2")
        # accept plain strings (from JSON or the UI) and store the enum
        for name, kind in (
            ("tier", Tier),
            ("shape", Shape),
            ("effect", Effect),
            ("source", Source),
            ("kind", Kind),
            ("mark", Mark),
        ):
            value = getattr(self, name)
            if not isinstance(value, kind):
                object.__setattr__(self, name, kind(value))

    # -- geometry ------------------------------------------------------------------------

    @property
    def box(self) -> tuple[int, int, int, int]:
        """``(left, top, right, bottom)`` of the face box (right/bottom exclusive)."""
        return self.x, self.y, self.x + self.w, self.y + self.h

    def padded_box(self, image_size: tuple[int, int]) -> tuple[int, int, int, int]:
        """The box grown by :attr:`padding` on every side, clipped to the image."""
        width, height = image_size
        pad_x = self.w * self.padding
        pad_y = self.h * self.padding
        left = max(0, math.floor(self.x - pad_x))
        top = max(0, math.floor(self.y - pad_y))
        right = min(width, math.ceil(self.x + self.w + pad_x))
        bottom = min(height, math.ceil(self.y + self.h + pad_y))
        return left, top, max(left, right), max(top, bottom)

    def replace(self, **changes: Any) -> Region:
        """A copy with some fields changed (regions are immutable)."""
        return dataclasses.replace(self, **changes)

    # -- JSON ----------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "x": self.x,
            "y": self.y,
            "w": self.w,
            "h": self.h,
            "score": round(float(self.score), 4),
            "tier": self.tier.value,
            "shape": self.shape.value,
            "effect": self.effect.value,
            "enabled": self.enabled,
            "source": self.source.value,
            "padding": self.padding,
        }
        if self.mark is not Mark.NONE or self.person:  # unmarked regions keep their old form
            data.update(mark=self.mark.value, person=self.person)
        if self.kind is not Kind.FACE:  # face regions keep their old form
            data.update(kind=self.kind.value, label=self.label)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Region:
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{key: value for key, value in data.items() if key in names})

    def face_dict(self) -> dict[str, Any]:
        """The stable ``photosafe detect --json`` form of a face: ``x, y, w, h, score, tier``."""
        return {
            "x": self.x,
            "y": self.y,
            "w": self.w,
            "h": self.h,
            "score": round(float(self.score), 4),
            "tier": self.tier.value,
        }

    def text_dict(self) -> dict[str, Any]:
        """The stable ``photosafe detect --json --text`` form: ``x, y, w, h, score, text``."""
        return {
            "x": self.x,
            "y": self.y,
            "w": self.w,
            "h": self.h,
            "score": round(float(self.score), 4),
            "text": self.label,
        }


def iou(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    """Intersection over union of two ``(left, top, right, bottom)`` boxes."""
    inter_w = min(a[2], b[2]) - max(a[0], b[0])
    inter_h = min(a[3], b[3]) - max(a[1], b[1])
    if inter_w <= 0 or inter_h <= 0:
        return 0.0
    inter = inter_w * inter_h
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union > 0 else 0.0


def regions_to_json(regions: Iterable[Region]) -> list[dict[str, Any]]:
    return [region.to_dict() for region in regions]


def regions_from_json(items: Iterable[Mapping[str, Any]]) -> list[Region]:
    return [Region.from_dict(item) for item in items]


__all__ = [
    "DEFAULT_PADDING",
    "TEXT_PADDING",
    "Effect",
    "Kind",
    "Mark",
    "Region",
    "Shape",
    "Source",
    "Tier",
    "iou",
    "regions_from_json",
    "regions_to_json",
]
