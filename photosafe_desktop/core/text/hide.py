"""Text lines as regions to hide, and the check that none is readable afterwards."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from PIL import Image

from photosafe_desktop.core.faces.coverage import covered_fraction
from photosafe_desktop.core.faces.regions import TEXT_PADDING, Kind, Region, Source, Tier
from photosafe_desktop.core.text.detect import (
    DEFAULT_TEXT_CONFIG,
    TextConfig,
    TextRegion,
    detect_text,
)


def text_region(found: TextRegion, *, enabled: bool = True) -> Region:
    """A detected text line as a region to hide (``kind="text"``, the words in ``label``)."""
    return Region(
        found.x,
        found.y,
        found.w,
        found.h,
        score=found.score,
        tier=Tier.SURE,
        enabled=enabled,
        source=Source.AUTO,
        padding=TEXT_PADDING,
        kind=Kind.TEXT,
        label=found.text,
    )


def verify_text_hidden(
    image: Image.Image,
    regions: Iterable[Region],
    config: TextConfig = DEFAULT_TEXT_CONFIG,
    *,
    min_covered: float = 0.5,
) -> list[TextRegion]:
    """Look for text again in an obscured ``image``; return the lines ``regions`` do not hide
    (at least ``min_covered`` of a line's box must lie under the enabled regions)."""
    kept = [region for region in regions if region.enabled]
    size = image.size
    fast = dataclasses.replace(config, read=False)
    return [
        line
        for line in detect_text(image, fast)
        if covered_fraction(line.box, kept, size) < min_covered
    ]


__all__ = ["text_region", "verify_text_hidden"]
