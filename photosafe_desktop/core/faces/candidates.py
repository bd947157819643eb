"""An experiment on which of the detector's unsure candidates (``check`` tier) to ask about:
measured and rejected, off by default (``DetectConfig.covered_candidates = 0``).

Idea: a candidate whose box lies almost entirely inside the area hidden around sure faces is
hidden in the copy whatever the user answers, so asking about it is noise. Measured with
``python benchmarks/faces.py --tiers-only --set covered_candidates=0.8`` (2026-12-02): on
the calibration half of the dev set it left out 8 non-faces and no counted face; on the
held-out half it left out 7 + 17 non-faces but also 3 + 2 counted faces (faces next to a
sure face in a crowd), so all-tier recall fell (fullres 87.6 % -> 85.9 %, lowres416
89.7 % -> 89.1 %) and check-tier precision did not rise (14.3 % -> 12.3 %, 6.3 % -> 6.0 %).

Why no verifier is used (``benchmarks/face_second_look.py``): of the candidates the dev
set's ground truth calls "not a face", two thirds lie next to faces it does not count (too
small, turned away, occluded) or are seen as a face by the other model family (BlazeFace,
CenterFace at a larger scale) on a crop; the other models see faces in the "non-faces" more
often than in the counted check-tier faces. Dropping candidates on a second opinion would
drop real faces.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from photosafe_desktop.core.faces.regions import Kind, Region, Tier

#: the threshold measured (see above); the app uses 0 (every candidate is asked about)
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
