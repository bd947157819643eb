"""Follow faces between the sampled frames of a clip, so no frame shows a face.

The detector runs on every ``step``-th frame (and the first and last). For the frames in
between, :func:`regions_between` decides what to hide from the detections on the two
sampled frames around them:

- a face found on both (matched by overlap, or by a centre close enough for the motion in
  between) moves linearly from one box to the other; the box is grown by the distance it
  moves per frame (and by :data:`DILATION` of its size), so a face that moves unevenly stays
  covered;
- a face found only on the earlier frame stays where it was, up to the later frame and
  :data:`HOLD_FRAMES` beyond (it may still be there, turned away from the detector);
- a face found only on the later frame is hidden at that place over the whole gap (it may
  already have been there, not yet found).

Plain data in and out (no Qt, no video library): boxes are :class:`Region` in pixels of the
upright frame.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from photosafe_desktop.core.faces.regions import Region, iou

#: frames a face stays hidden after the last frame it was found on
HOLD_FRAMES = 4
#: extra margin on every side of a followed box, as a fraction of its size
DILATION = 0.1
#: two detections are one face when their centres are closer than this many face sizes
MATCH_DISTANCE = 1.5
#: ... plus this many face sizes per frame between them (a child running past the camera)
MATCH_SPEED = 0.25


@dataclass(frozen=True)
class Match:
    before: Region | None
    after: Region | None


def match_faces(before: Sequence[Region], after: Sequence[Region], gap: int = 1) -> list[Match]:
    """Pair the faces of two sampled frames ``gap`` frames apart (greedy: best overlap,
    then nearest centre)."""
    limit = MATCH_DISTANCE + MATCH_SPEED * max(0, gap - 1)
    pairs: list[tuple[float, int, int]] = []
    for i, a in enumerate(before):
        for j, b in enumerate(after):
            overlap = iou(a.box, b.box)
            size = max(a.w, a.h, b.w, b.h)
            distance = math.dist(_centre(a), _centre(b)) / size
            if overlap > 0 or distance < limit:
                pairs.append((overlap - distance, i, j))
    pairs.sort(reverse=True)
    used_a: set[int] = set()
    used_b: set[int] = set()
    matches: list[Match] = []
    for _, i, j in pairs:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        matches.append(Match(before[i], after[j]))
    matches += [Match(a, None) for i, a in enumerate(before) if i not in used_a]
    matches += [Match(None, b) for j, b in enumerate(after) if j not in used_b]
    return matches


def _centre(region: Region) -> tuple[float, float]:
    return region.x + region.w / 2, region.y + region.h / 2


def _grown(
    region: Region, x: float, y: float, w: float, h: float, margin_x: float, margin_y: float
) -> Region:
    left, top = x - margin_x, y - margin_y
    right, bottom = x + w + margin_x, y + h + margin_y
    return region.replace(
        x=math.floor(left),
        y=math.floor(top),
        w=max(1, math.ceil(right) - math.floor(left)),
        h=max(1, math.ceil(bottom) - math.floor(top)),
    )


def interpolate(a: Region, b: Region, t: float, gap: int) -> Region:
    """The box of a face found as ``a`` and, ``gap`` frames later, as ``b``, at fraction
    ``t`` of the way; grown by the motion per frame and :data:`DILATION`."""
    x = a.x + (b.x - a.x) * t
    y = a.y + (b.y - a.y) * t
    w = a.w + (b.w - a.w) * t
    h = a.h + (b.h - a.h) * t
    per_frame_x = abs(_centre(b)[0] - _centre(a)[0]) / max(1, gap)
    per_frame_y = abs(_centre(b)[1] - _centre(a)[1]) / max(1, gap)
    grow = DILATION * max(w, h)
    return _grown(a, x, y, w, h, grow + per_frame_x, grow + per_frame_y)


def dilated(region: Region) -> Region:
    grow = DILATION * max(region.w, region.h)
    return _grown(region, region.x, region.y, region.w, region.h, grow, grow)


def regions_between(
    before: Sequence[Region], after: Sequence[Region], offset: int, gap: int
) -> list[Region]:
    """What to hide ``offset`` frames after a sampled frame whose next sample is ``gap``
    frames later (``0 < offset < gap``)."""
    t = offset / gap
    out: list[Region] = []
    for match in match_faces(before, after, gap):
        if match.before is not None and match.after is not None:
            out.append(interpolate(match.before, match.after, t, gap))
        elif match.before is not None:
            out.append(dilated(match.before))
        elif match.after is not None:
            out.append(dilated(match.after))
    return out


def held(previous: Sequence[Region], current: Sequence[Region], gap: int = 1) -> list[Region]:
    """Faces of an earlier sample that the current one lost, kept for a few more frames."""
    return [m.before for m in match_faces(previous, current, gap) if m.after is None and m.before]


@dataclass(frozen=True)
class SampleSummary:
    """A sampled frame after the whole clip was seen: the faces to hide there (with their
    track number, the same on every sample) and the candidates left for the user to check."""

    index: int
    sure: tuple[Region, ...]
    tracks: tuple[int, ...]  # one per sure region
    check: tuple[Region, ...]

    def to_json(self) -> dict[str, object]:
        return {
            "frame": self.index,
            "faces": [
                {**region.face_dict(), "track": track}
                for region, track in zip(self.sure, self.tracks, strict=True)
            ],
            "check": [region.face_dict() for region in self.check],
        }


def link_tracks(
    samples: Sequence[tuple[int, Sequence[Region]]], sure_threshold: float
) -> list[SampleSummary]:
    """Join the detections of consecutive samples into tracks and decide per track.

    A track with at least one ``sure`` detection is one face, sometimes less clear (turned,
    blurred, partly hidden): all its detections are hidden. A track of ``check`` candidates
    only stays for the user to confirm, as for photos.
    """
    track_of: list[list[int]] = []
    best: list[float] = []
    previous: Sequence[Region] = ()
    previous_tracks: list[int] = []
    previous_index = 0
    for index, regions in samples:
        tracks: list[int] = []
        gap = index - previous_index
        previous_index = index
        pairs = {
            id(m.after): m.before
            for m in match_faces(previous, regions, gap)
            if m.after is not None
        }
        for region in regions:
            before = pairs.get(id(region))
            if before is not None:
                track = previous_tracks[[id(r) for r in previous].index(id(before))]
            else:
                track = len(best)
                best.append(0.0)
            best[track] = max(best[track], region.score)
            tracks.append(track)
        track_of.append(tracks)
        previous, previous_tracks = regions, tracks
    numbers: dict[int, int] = {}
    out = []
    for (index, regions), tracks in zip(samples, track_of, strict=True):
        sure: list[Region] = []
        sure_tracks: list[int] = []
        check: list[Region] = []
        for region, track in zip(regions, tracks, strict=True):
            if best[track] >= sure_threshold:
                sure.append(region.replace(enabled=True))
                sure_tracks.append(numbers.setdefault(track, len(numbers) + 1))
            else:
                check.append(region.replace(enabled=False))
        out.append(SampleSummary(index, tuple(sure), tuple(sure_tracks), tuple(check)))
    return out


@dataclass
class FramePlan:
    """The regions of every frame, from the settled samples (sorted by frame)."""

    samples: Sequence[SampleSummary]
    hold: int = HOLD_FRAMES
    _indices: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._indices = [sample.index for sample in self.samples]

    @property
    def faces(self) -> int:
        return len({track for sample in self.samples for track in sample.tracks})

    def regions(self, index: int) -> list[Region]:
        """What to hide on frame ``index``."""
        if not self.samples:
            return []
        position = bisect.bisect_right(self._indices, index) - 1
        out: list[Region] = []
        if position < 0:  # before the first sample: hide what it shows
            return [dilated(r) for r in self.samples[0].sure]
        before = self.samples[position]
        after = self.samples[position + 1] if position + 1 < len(self.samples) else None
        if index == before.index:
            out += before.sure
            if after is not None:  # faces that appear by the next sample may be here unseen
                out += [
                    dilated(m.after)
                    for m in match_faces(before.sure, after.sure, after.index - before.index)
                    if m.after and m.before is None
                ]
        elif after is not None:
            out += regions_between(
                before.sure, after.sure, index - before.index, after.index - before.index
            )
        else:  # after the last sample
            out += [dilated(r) for r in before.sure]
        # faces lost on a recent sample stay hidden a few frames longer
        for earlier in range(position, 0, -1):
            lost_at = self.samples[earlier]
            if index - lost_at.index > self.hold:
                break
            gone = self.samples[earlier - 1]
            gap = lost_at.index - gone.index
            out += [dilated(r) for r in held(gone.sure, lost_at.sure, gap)]
        return out


__all__ = [
    "FramePlan",
    "SampleSummary",
    "link_tracks",
    "DILATION",
    "HOLD_FRAMES",
    "MATCH_DISTANCE",
    "Match",
    "dilated",
    "held",
    "interpolate",
    "match_faces",
    "regions_between",
]
