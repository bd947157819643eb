"""Short video clips (MP4, MOV, M4V, WebM): faces hidden frame by frame, metadata gone.

Public API (no Qt; PyAV/FFmpeg underneath, imported on first use):

- :func:`probe_clip` ``(path) -> ClipInfo``: duration, frames, upright size, rotation, streams.
- :func:`sanitise_clip` ``(source, target, ClipOptions(...), progress=, cancel=) -> ClipResult``:
  a verified clean copy (atomic; the original is only read).
- :func:`make_clip`: generated clips with drawn faces and phone metadata (tests, benchmarks).
- :data:`VIDEO_SUFFIXES`, :func:`is_clip`, :class:`VideoError`, :class:`ClipCancelled`.
"""

from __future__ import annotations

from photosafe_desktop.core.video.probe import (
    VIDEO_SUFFIXES,
    ClipInfo,
    VideoError,
    is_clip,
    probe_clip,
)
from photosafe_desktop.core.video.sanitise import (
    ClipCancelled,
    ClipOptions,
    ClipProgress,
    ClipResult,
    sanitise_clip,
)
from photosafe_desktop.core.video.testclip import make_clip

__all__ = [
    "VIDEO_SUFFIXES",
    "ClipCancelled",
    "ClipInfo",
    "ClipOptions",
    "ClipProgress",
    "ClipResult",
    "VideoError",
    "is_clip",
    "make_clip",
    "probe_clip",
    "sanitise_clip",
]
