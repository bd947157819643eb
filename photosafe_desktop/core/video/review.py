"""What the workspace's clip review needs, without Qt: a frame at a given index (upright,
scaled for the screen), a thumbnail frame, the regions of any frame, and the review's
choices applied to an analysis.

A clip is reviewed as a whole: the user scrubs through its frames with the regions the copy
will hide, may choose to hide the candidates the detector was unsure about, and marks the
clip as checked. Every clip needs that check before it is exported (a clip has hundreds of
frames; the user confirms when they export one unchecked).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from photosafe_desktop.core.faces.regions import Region
from photosafe_desktop.core.i18n import Message
from photosafe_desktop.core.video import tracking
from photosafe_desktop.core.video.probe import (
    Array,
    ClipInfo,
    main_video_stream,
    open_clip,
    probe_clip,
    unreadable,
    upright,
)
from photosafe_desktop.core.video.sanitise import ClipAnalysis

#: longest side of a frame shown in the review
REVIEW_SIDE = 960


@dataclass(frozen=True)
class ClipFrame:
    """A frame as the review shows it: ``pixels`` at most ``max_side`` on the longer side;
    ``size`` is the clip's upright size (the regions' coordinates)."""

    index: int
    time: float  # seconds from the start
    pixels: Array
    size: tuple[int, int]


def _scaled(pixels: Array, max_side: int) -> Array:
    height, width = pixels.shape[:2]
    if max(width, height) <= max_side:
        return pixels
    image = Image.fromarray(pixels)
    image.thumbnail((max_side, max_side), Image.Resampling.BILINEAR)
    return np.asarray(image)


def read_frame(path: Path, index: int, max_side: int = REVIEW_SIDE) -> ClipFrame:
    """Frame ``index`` (0-based, in display order) of the clip, upright and scaled: the
    decoder jumps to the key frame before it and decodes forward (a fraction of a second
    for a phone clip)."""
    import av

    with open_clip(path) as container:
        video = main_video_stream(container)
        video.thread_type = "AUTO"
        rate = float(video.average_rate or video.guessed_rate or 0) or 25.0
        base = video.time_base
        start = video.start_time or 0
        target = start + round(max(0, index) / rate / base) if base else 0
        half_frame = round(0.5 / rate / base) if base else 0
        if index > 0 and base:
            try:
                container.seek(target, stream=video, backward=True, any_frame=False)
            except av.FFmpegError:
                container.seek(0, stream=video)
        chosen: Any = None
        try:
            for frame in container.decode(video):
                chosen = frame
                if frame.pts is None or frame.pts >= target - half_frame:
                    break
        except av.FFmpegError as exc:
            if chosen is None:
                raise unreadable() from exc
        if chosen is None:
            raise unreadable()
        pixels = upright(chosen)
        time = float((chosen.pts - start) * base) if chosen.pts is not None and base else 0.0
        size = (pixels.shape[1], pixels.shape[0])
        return ClipFrame(index, max(0.0, time), _scaled(pixels, max_side), size)


@dataclass(frozen=True)
class ClipPreview:
    info: ClipInfo
    frame: ClipFrame  # a frame a little into the clip, small


def preview_clip(path: Path, side: int = 256) -> ClipPreview:
    """What the clip list shows: duration and size, and a frame for the thumbnail (one
    second in, past a fade from black, or the first frame of a very short clip)."""
    info = probe_clip(path)
    index = min(info.frames - 1, round(info.fps)) if info.duration > 2 else 0
    return ClipPreview(info, read_frame(path, max(0, index), side))


def regions_at(analysis: ClipAnalysis, index: int) -> tuple[list[Region], list[Region]]:
    """What the copy hides on frame ``index`` and, when it is a sampled frame, the
    candidates the detector was unsure about there (not hidden unless the user says so)."""
    hidden = analysis.plan().regions(index)
    check: list[Region] = []
    for sample in analysis.samples:
        if sample.index == index:
            check = list(sample.check)
            break
    return hidden, check


def candidate_count(analysis: ClipAnalysis) -> int:
    return sum(len(sample.check) for sample in analysis.samples)


def with_candidates_hidden(analysis: ClipAnalysis, sure_threshold: float) -> ClipAnalysis:
    """The review's "also hide the possible faces": every candidate becomes a face to hide
    (followed between the samples like the others)."""
    raw = [
        (
            sample.index,
            [
                *sample.sure,
                *(r.replace(enabled=True, score=max(r.score, 1.0)) for r in sample.check),
            ],
        )
        for sample in analysis.samples
    ]
    samples = tracking.link_tracks(raw, sure_threshold)
    return ClipAnalysis(analysis.info, tuple(samples), analysis.frames)


class ClipStage(Enum):
    LOADING = "loading"  # thumbnail and duration not there yet
    ANALYSING = "analysing"  # faces being found
    READY = "ready"
    ERROR = "error"


@dataclass
class ClipReview:
    """One clip of the workspace as its review sees it."""

    path: Path
    stage: ClipStage = ClipStage.LOADING
    info: ClipInfo | None = None
    analysis: ClipAnalysis | None = None
    reviewed: bool = False
    error: Message | None = None
    progress: float = 0.0  # of the analysis, 0..1
    seconds_left: float | None = None

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def duration(self) -> float:
        return self.info.duration if self.info is not None else 0.0

    @property
    def faces(self) -> int:
        return self.analysis.plan().faces if self.analysis is not None else 0

    @property
    def candidates(self) -> int:
        return candidate_count(self.analysis) if self.analysis is not None else 0

    @property
    def needs_review(self) -> bool:
        return self.stage == ClipStage.READY and not self.reviewed

    @property
    def exportable(self) -> bool:
        return self.stage == ClipStage.READY and self.analysis is not None


def duration_text(seconds: float) -> str:
    """``m:ss`` (``h:mm:ss`` from an hour), as video players show it; rounded up so a
    0.4 s clip does not read 0:00."""
    total = max(0, int(np.ceil(seconds - 1e-6))) if seconds > 0 else 0
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


__all__ = [
    "REVIEW_SIDE",
    "ClipFrame",
    "ClipPreview",
    "ClipReview",
    "ClipStage",
    "candidate_count",
    "duration_text",
    "preview_clip",
    "read_frame",
    "regions_at",
    "with_candidates_hidden",
]
