"""Which unsure candidates the review asks about: not those that sure faces already hide."""

from __future__ import annotations

from photosafe_desktop.core.faces.candidates import COVERED, hidden_fraction, review_candidates
from photosafe_desktop.core.faces.regions import Kind, Region, Tier

SURE = Region(100, 100, 40, 40, tier=Tier.SURE)  # hidden with padding: 90..150


def check(x: int, y: int, w: int = 20, h: int = 20) -> Region:
    return Region(x, y, w, h, score=0.35, tier=Tier.CHECK, enabled=False)


def test_a_candidate_inside_a_sure_faces_hidden_area_leaves_the_review() -> None:
    inside = check(120, 125)  # within 90..150 on both axes
    half_out = check(135, 100)  # 135..155: a quarter of it outside
    far = check(300, 300)
    assert hidden_fraction(inside, [SURE]) == 1.0
    assert 0.5 < hidden_fraction(half_out, [SURE]) < COVERED
    assert hidden_fraction(far, [SURE]) == 0.0
    kept = review_candidates((SURE, inside, half_out, far))
    assert kept == (SURE, half_out, far)


def test_the_union_of_sure_faces_counts_and_only_sure_enabled_faces_hide() -> None:
    left, right = Region(100, 100, 40, 40), Region(150, 100, 40, 40)
    between = check(130, 110, 30, 20)  # half in each padded area
    assert hidden_fraction(between, [left]) < COVERED
    assert review_candidates((left, right, between)) == (left, right)
    shown = SURE.replace(enabled=False)  # the user chose to show this face: it hides nothing
    text = SURE.replace(kind=Kind.TEXT)
    inside = check(120, 125)
    assert review_candidates((shown, inside)) == (shown, inside)
    assert review_candidates((text, inside)) == (text, inside)
    assert review_candidates((SURE, inside), covered=0) == (SURE, inside)
