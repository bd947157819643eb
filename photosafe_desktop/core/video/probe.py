"""What a clip is: duration, frames, size, rotation, streams (read with PyAV, no Qt)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from photosafe_desktop.core.errors import PhotoSafeError
from photosafe_desktop.core.i18n import QT_TRANSLATE_NOOP

Array = npt.NDArray[Any]

#: file name endings collected from folders as clips
VIDEO_SUFFIXES = frozenset({".mp4", ".mov", ".m4v", ".webm"})


class VideoError(PhotoSafeError):
    """A clip that cannot be read or written."""


def unreadable() -> VideoError:
    return VideoError(
        "unreadable_video",
        QT_TRANSLATE_NOOP("Errors", "This video cannot be read (damaged or unknown format)."),
    )


def video_library() -> Any:
    """PyAV, or a :class:`VideoError` when this installation has no video support."""
    try:
        import av
    except ImportError as exc:
        raise VideoError(
            "no_video_support",
            QT_TRANSLATE_NOOP("Errors", "This version of PhotoSafe cannot handle videos."),
        ) from exc
    return av


def is_clip(path: Path) -> bool:
    return path.suffix.lower() in VIDEO_SUFFIXES


@dataclass(frozen=True)
class ClipInfo:
    """A clip as probed. ``width``/``height`` are upright (rotation applied)."""

    path: Path
    container: str  # FFmpeg's format name, e.g. "mov,mp4,m4a,3gp,3g2,mj2"
    duration: float  # seconds
    frames: int  # counted by the container, else estimated from duration x rate
    fps: float
    width: int
    height: int
    rotation: int  # degrees clockwise the stored frames are turned for display: 0/90/180/270
    video_codec: str
    audio_codec: str | None
    other_streams: tuple[str, ...] = ()  # subtitles, data, cover art, further tracks
    tags: tuple[str, ...] = field(default_factory=tuple)  # container and stream tag names

    def to_json(self) -> dict[str, Any]:
        return {
            "duration": round(self.duration, 3),
            "frames": self.frames,
            "fps": round(self.fps, 3),
            "width": self.width,
            "height": self.height,
            "rotation": self.rotation,
            "video_codec": self.video_codec,
            "audio_codec": self.audio_codec,
            "other_streams": list(self.other_streams),
        }


@contextlib.contextmanager
def open_clip(path: Path) -> Iterator[Any]:
    """The clip opened for reading; any FFmpeg failure becomes a :class:`VideoError`."""
    av = video_library()

    try:
        container = av.open(str(path), "r")
    except FileNotFoundError as exc:
        raise VideoError(
            "not_found", QT_TRANSLATE_NOOP("Errors", "The file does not exist.")
        ) from exc
    except (av.FFmpegError, OSError, UnicodeDecodeError) as exc:
        raise unreadable() from exc
    try:
        yield container
    finally:
        container.close()


def main_video_stream(container: Any) -> Any:
    """The clip's picture track (not cover art); :class:`VideoError` when there is none."""
    for stream in container.streams.video:
        if not stream.disposition & _attached_pic():
            return stream
    raise unreadable()


def main_audio_stream(container: Any) -> Any | None:
    return container.streams.audio[0] if container.streams.audio else None


def _attached_pic() -> int:
    import av

    return int(av.stream.Disposition.attached_pic)


def quarter_turns(rotation: float) -> int:
    """``np.rot90`` turns (counter-clockwise) that make a frame with display ``rotation``
    (FFmpeg's counter-clockwise degrees) upright."""
    return round(rotation / 90) % 4


def upright(frame: Any) -> Array:
    """A decoded frame as upright RGB pixels (the display rotation baked in)."""
    pixels = frame.to_ndarray(format="rgb24")
    turns = quarter_turns(float(getattr(frame, "rotation", 0) or 0))
    return np.ascontiguousarray(np.rot90(pixels, turns)) if turns else pixels


def probe_clip(path: Path) -> ClipInfo:
    """Duration, frame count, upright size, rotation and streams of a clip."""
    import av

    with open_clip(path) as container:
        video = main_video_stream(container)
        audio = main_audio_stream(container)
        rate = float(video.average_rate or video.guessed_rate or 0) or 25.0
        duration = 0.0
        if video.duration is not None and video.time_base is not None:
            duration = float(video.duration * video.time_base)
        elif container.duration is not None:
            duration = container.duration / av.time_base
        frames = int(video.frames) or max(1, round(duration * rate))
        try:
            first = next(container.decode(video))
        except (StopIteration, av.FFmpegError) as exc:
            raise unreadable() from exc
        turns = quarter_turns(float(first.rotation or 0))
        width, height = (first.width, first.height)
        if turns % 2:
            width, height = height, width
        others = tuple(
            f"{s.type}:{s.codec_context.name if s.codec_context else '?'}"
            for s in container.streams
            if s is not video and s is not audio
        )
        tags = tuple(
            sorted(set(container.metadata) | {k for s in container.streams for k in s.metadata})
        )
        return ClipInfo(
            path=path,
            container=container.format.name,
            duration=duration,
            frames=frames,
            fps=rate,
            width=width,
            height=height,
            rotation=(360 - turns * 90) % 360,
            video_codec=video.codec_context.name,
            audio_codec=audio.codec_context.name if audio is not None else None,
            other_streams=others,
            tags=tags,
        )


__all__ = [
    "VIDEO_SUFFIXES",
    "ClipInfo",
    "VideoError",
    "is_clip",
    "main_audio_stream",
    "main_video_stream",
    "open_clip",
    "probe_clip",
    "quarter_turns",
    "upright",
]
