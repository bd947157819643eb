"""Following faces between sampled frames: plain data, no video needed."""

from __future__ import annotations

from photosafe_desktop.core.faces.regions import Region, Tier
from photosafe_desktop.core.video.tracking import (
    HOLD_FRAMES,
    FramePlan,
    link_tracks,
    match_faces,
    regions_between,
)


def face(x: int, y: int = 100, size: int = 50, score: float = 0.8) -> Region:
    tier = Tier.SURE if score >= 0.45 else Tier.CHECK
    return Region(x, y, size, size, score=score, tier=tier, enabled=tier is Tier.SURE)


def covers(regions: list[Region], box: tuple[int, int, int, int]) -> bool:
    left, top, right, bottom = box
    return any(
        r.x <= left and r.y <= top and r.x + r.w >= right and r.y + r.h >= bottom for r in regions
    )


def test_a_moving_face_is_covered_on_every_frame_in_between() -> None:
    a, b = face(0), face(100)  # 20 px per frame over a gap of 5
    for offset in range(1, 5):
        true_x = 20 * offset
        regions = regions_between([a], [b], offset, 5)
        assert len(regions) == 1
        assert covers(regions, (true_x, 100, true_x + 50, 150))


def test_far_apart_faces_are_two_faces() -> None:
    matches = match_faces([face(0)], [face(500)])
    assert len(matches) == 2
    assert all((m.before is None) != (m.after is None) for m in matches)


def test_a_face_found_only_later_is_hidden_over_the_whole_gap_and_on_the_earlier_sample() -> None:
    samples = link_tracks([(0, []), (5, [face(300)])], 0.45)
    plan = FramePlan(samples)
    for index in range(0, 6):
        assert covers(plan.regions(index), (300, 100, 350, 150)), index


def test_a_lost_face_is_held_for_a_few_frames() -> None:
    samples = link_tracks([(0, [face(10)]), (5, []), (10, []), (15, [])], 0.45)
    plan = FramePlan(samples)
    for index in range(0, 5 + HOLD_FRAMES + 1):
        assert covers(plan.regions(index), (10, 100, 60, 150)), index
    assert plan.regions(5 + HOLD_FRAMES + 1) == []


def test_an_uncertain_detection_on_a_sure_track_is_hidden() -> None:
    samples = link_tracks([(0, [face(0, score=0.35)]), (5, [face(10, score=0.9)])], 0.45)
    assert [len(s.sure) for s in samples] == [1, 1]
    assert samples[0].sure[0].enabled
    assert samples[0].tracks == samples[1].tracks == (1,)
    assert FramePlan(samples).faces == 1


def test_a_track_of_uncertain_candidates_is_left_for_the_user() -> None:
    samples = link_tracks([(0, [face(0, score=0.35)]), (5, [face(10, score=0.32)])], 0.45)
    assert [len(s.check) for s in samples] == [1, 1]
    assert FramePlan(samples).regions(2) == []


def test_faces_found_on_verification_join_the_plan() -> None:
    from pathlib import Path

    from photosafe_desktop.core.video.probe import ClipInfo
    from photosafe_desktop.core.video.sanitise import ClipAnalysis, ClipOptions, _with_faces_found

    info = ClipInfo(Path("x.mp4"), "mp4", 1.0, 11, 10.0, 640, 480, 0, "h264", None)
    samples = link_tracks([(0, [face(10)]), (5, [face(10)]), (10, [face(10)])], 0.45)
    analysis = ClipAnalysis(info, tuple(samples), 11)
    assert not covers(analysis.plan().regions(7), (400, 100, 450, 150))
    missed = [{"frame": 7, "x": 400, "y": 100, "w": 50, "h": 50, "score": 0.6, "tier": "sure"}]
    again = _with_faces_found(analysis, missed, ClipOptions())
    plan = again.plan()
    assert covers(plan.regions(7), (400, 100, 450, 150))
    assert covers(plan.regions(7), (10, 100, 60, 150))  # what was hidden stays hidden
    assert [s.index for s in again.samples] == [0, 5, 7, 10]
