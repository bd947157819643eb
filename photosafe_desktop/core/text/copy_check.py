"""The check of a copy made from the user's reviewed regions: is the ticked text hidden?

Kept out of the package's ``__init__`` (it uses the obscuring of :mod:`.faces.obscure`,
which itself looks for text for ``photosafe sanitize --hide-text``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PIL import Image

from photosafe_desktop.core.faces.obscure import obscure
from photosafe_desktop.core.faces.regions import Effect, Kind, Region
from photosafe_desktop.core.text.detect import DEFAULT_TEXT_CONFIG, TextConfig, TextRegion
from photosafe_desktop.core.text.hide import text_region, verify_text_hidden


@dataclass(frozen=True)
class TextCheck:
    """What re-detecting text on a copy found (see :func:`check_ticked_text`)."""

    checked: bool = False  # text was looked for again (the copy had ticked text lines)
    hidden_again: int = 0  # lines that still stood out beside a ticked region: hidden now
    readable: tuple[TextRegion, ...] = ()  # lines that still stand out afterwards


def _touches(box: tuple[int, int, int, int], regions: Iterable[Region]) -> bool:
    """Whether the line ``box``, grown by half its height (the rest of a word cut off by a
    box made too small starts a letter's gap further), meets one of ``regions``."""
    grow = max(2, (box[3] - box[1]) // 2)
    left, top, right, bottom = box[0] - grow, box[1] - grow, box[2] + grow, box[3] + grow
    return any(
        left < r.x + r.w and r.x < right and top < r.y + r.h and r.y < bottom for r in regions
    )


def check_ticked_text(
    image: Image.Image,
    regions: Iterable[Region],
    effect: Effect | str | None = None,
    config: TextConfig = DEFAULT_TEXT_CONFIG,
) -> tuple[Image.Image, TextCheck]:
    """Verify a copy made from the user's reviewed regions: look for text again.

    A line found that is not hidden and touches a ticked text region (the box was made too
    small, or moved) is hidden too, with that region's effect (or ``effect``), and the copy is
    checked once more; lines elsewhere stay as the user reviewed them (text they chose to
    show). Photos without ticked text lines are not scanned."""
    regions = list(regions)
    ticked = [r for r in regions if r.enabled and r.kind is Kind.TEXT]
    if not ticked:
        return image, TextCheck()
    hidden = [r for r in regions if r.enabled]
    left = [
        line for line in verify_text_hidden(image, hidden, config) if _touches(line.box, ticked)
    ]
    extra = []
    for line in left:
        near = next(r for r in ticked if _touches(line.box, [r]))
        extra.append(text_region(line).replace(effect=effect or near.effect, shape=near.shape))
    if extra:
        image = obscure(image, extra)
        hidden += extra
        left = [
            line for line in verify_text_hidden(image, hidden, config) if _touches(line.box, ticked)
        ]
    return image, TextCheck(True, len(extra), tuple(left))


__all__ = ["TextCheck", "check_ticked_text"]
