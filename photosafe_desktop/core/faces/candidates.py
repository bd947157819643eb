"""Which of the detector's unsure candidates (the ``check`` tier) the user is asked about.

A candidate whose box lies almost entirely inside the area hidden around sure faces (each
sure face is hidden with its padding) is hidden in the copy whatever the user answers:
asking about it is noise, so it leaves the review. Nothing else is dropped.

Measured on the development half of the shared face corpus (``benchmarks/faces.py``,
``benchmarks/face_second_look.py``): of the candidates that the ground truth counts as "not
a face", two thirds lie next to faces the ground truth does not count (too small, turned
away, occluded) or are seen as a face by the other model family (BlazeFace, CenterFace at a
larger scale) on a crop. A verifier that drops candidates for lack of a second opinion
therefore drops real faces: a second opinion on crops separated the counted faces from the
rest worse than the detector's own score, so none is used to drop anything.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from photosafe_desktop.core.faces.regions import Kind, Region, Tier

#: a candidate at least this much inside the area hidden around sure faces leaves the review
COVERED = 0.8
_GRID = 12  # sample points per side of a candidate's box


def hidden_fraction(candidate: Region, hidden: Sequence[Region]) -> float:
    """The part of ``candidate``'s box that the padded ``hidden`` regions already cover."""
    xs = np.linspace(candidate.x, candidate.x + candidate.w, _GRID)
    ys = np.linspace(candidate.y, candidate.y + candidate.h, _GRID)
    px, py = np.meshgrid(xs, ys)
    inside = np.zeros(px.shape, dtype=bool)
    for region in hidden:
        pad_x, pad_y = region.w * region.padding, region.h * region.padding
        inside |= (
            (px >= region.x - pad_x)
            & (px <= region.x + region.w + pad_x)
            & (py >= region.y - pad_y)
            & (py <= region.y + region.h + pad_y)
        )
    return float(inside.mean())


def review_candidates(regions: Sequence[Region], covered: float = COVERED) -> tuple[Region, ...]:
    """``regions`` without the ``check`` candidates that sure faces already hide."""
    hidden = [r for r in regions if r.tier is Tier.SURE and r.enabled and r.kind is Kind.FACE]
    if not hidden or covered <= 0:
        return tuple(regions)
    return tuple(
        r for r in regions if r.tier is not Tier.CHECK or hidden_fraction(r, hidden) < covered
    )


__all__ = ["COVERED", "hidden_fraction", "review_candidates"]
