"""Generated clips for tests and benchmarks: drawn faces moving across the frames, and the
metadata a phone writes (GPS position, make, model, software, creation time, rotation,
handler names, chapters, a data track)."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from photosafe_desktop.core.selftest import draw_face

#: what a phone writes into the container (MOV keys as Apple writes them, plus the classic
#: QuickTime user-data atoms FFmpeg maps: location -> ©xyz, make -> ©mak, model -> ©mod)
PHONE_TAGS = {
    "location": "+50.8503+004.3517/",
    "make": "PhotoSafe Test Phone",
    "model": "Model 12",
    "creation_time": "2026-07-14T10:30:00.000000Z",
    "title": "Kamp Sam",
    "artist": "Jan Peeters",
    "comment": "SN-1234567",
    "com.apple.quicktime.location.ISO6709": "+50.8503+004.3517+012.000/",
    "com.apple.quicktime.make": "PhotoSafe Test Phone",
    "com.apple.quicktime.model": "Model 12",
    "com.apple.quicktime.software": "Jan's Phone 17.5",
    "com.apple.quicktime.creationdate": "2026-07-14T12:30:00+0200",
}
STREAM_TAGS = {
    "handler_name": "Core Media Video of Jan",
    "creation_time": PHONE_TAGS["creation_time"],
}


def face_track(index: int, frames: int, start: float, end: float) -> float:
    """Linear motion from ``start`` to ``end`` over the clip."""
    return start + (end - start) * index / max(1, frames - 1)


def face_positions(
    index: int, frames: int, size: tuple[int, int]
) -> list[tuple[float, float, float]]:
    """Centre x, centre y and size (pixels) of the drawn faces on frame ``index`` (the
    proportions of :func:`~photosafe_desktop.core.selftest.make_photo`, which the detector
    finds): one walks to the right, one moves down."""
    width, height = size
    return [
        (face_track(index, frames, 0.2, 0.42) * width, 0.5 * height, 0.24 * height),
        (0.76 * width, face_track(index, frames, 0.45, 0.55) * height, 0.22 * height),
    ]


def draw_frame(index: int, frames: int, size: tuple[int, int], blur: bool = True) -> Image.Image:
    width, height = size
    image = Image.new("RGB", size, (110, 160, 200))
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, height * 2 // 3, width, height], fill=(80, 140, 70))
    for cx, cy, s in face_positions(index, frames, size):
        draw.rectangle([cx - s * 0.6, cy + s * 0.55, cx + s * 0.6, height], fill=(50, 80, 160))
        draw_face(draw, cx, cy, s)
    return image.filter(ImageFilter.GaussianBlur(1.2)) if blur else image


def make_clip(
    path: Path,
    *,
    size: tuple[int, int] = (320, 240),
    seconds: float = 1.0,
    fps: int = 15,
    rotation: int = 0,
    audio: bool = True,
    metadata: bool = True,
    chapters: bool = True,
    data_stream: bool = True,
    codec: str | None = None,
    blur: bool = True,
    frame_hook: Any = None,
) -> Path:
    """Write a clip with drawn faces. ``size`` is the stored frame size; ``rotation`` (0, 90,
    180, 270: clockwise for display, as phones write it) goes into the display matrix, and
    the faces are drawn so that they are upright on display. ``frame_hook(index, image)``
    may draw more. MP4/MOV/M4V get H.264 + AAC, WebM VP9 + Opus."""
    import av

    frames = max(1, round(seconds * fps))
    suffix = path.suffix.lower()
    webm = suffix == ".webm"
    muxer = {".mov": "mov", ".webm": "webm"}.get(suffix, "mp4")
    options = {"movflags": "use_metadata_tags"} if metadata and muxer != "webm" else {}
    container: Any = av.open(str(path), "w", format=muxer, container_options=options)
    video: Any = container.add_stream(codec or ("libvpx-vp9" if webm else "libx264"), rate=fps)
    video.width, video.height = size
    video.pix_fmt = "yuv420p"
    if codec is None and not webm:
        video.codec_context.options = {"preset": "ultrafast", "crf": "18"}
    elif webm:
        video.codec_context.options = {
            "deadline": "realtime",
            "cpu-used": "8",
            "crf": "20",
            "b": "0",
        }
    if rotation:
        video.set_display_rotation(-rotation)
    sound: Any = None
    if audio:
        sound = container.add_stream("libopus" if webm else "aac", rate=48_000)
        sound.codec_context.layout = "mono"
    data: Any = None
    if data_stream and muxer == "mp4":
        # a data track (phones add GPS or sensor tracks, editors captions)
        data = container.add_data_stream("bin_data")
        data.time_base = Fraction(1, 1000)
    if metadata:
        tags = (
            PHONE_TAGS
            if muxer == "mov" or muxer == "mp4"
            else {k: v for k, v in PHONE_TAGS.items() if "." not in k}
        )
        container.metadata.update(tags)
        video.metadata.update(STREAM_TAGS)
        if sound is not None:
            sound.metadata.update({"handler_name": "Core Media Audio of Jan"})
    if chapters:
        container.set_chapters(
            [
                {
                    "id": 1,
                    "start": 0,
                    "end": max(1, frames - 1),
                    "time_base": Fraction(1, fps),
                    "metadata": {"title": "Sam at the lake"},
                }
            ]
        )
    display = (size[1], size[0]) if rotation in (90, 270) else size
    turns = {0: 0, 90: 1, 180: 2, 270: 3}[rotation % 360]
    for index in range(frames):
        image = draw_frame(index, frames, display, blur)
        if frame_hook is not None:
            frame_hook(index, image)
        pixels = np.rot90(np.asarray(image), turns)  # stored turned back; display turns it
        frame = av.VideoFrame.from_ndarray(np.ascontiguousarray(pixels), format="rgb24")
        frame.pts = index
        frame.time_base = Fraction(1, fps)
        for packet in video.encode(frame):
            container.mux(packet)
    for packet in video.encode(None):
        container.mux(packet)
    if sound is not None:
        rate = 48_000
        total = round(seconds * rate)
        chunk = 960
        resampler = av.AudioResampler(
            format=sound.codec_context.format.name, layout="mono", rate=rate
        )
        for start in range(0, total, chunk):
            t = np.arange(start, min(total, start + chunk)) / rate
            tone = (0.2 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)[None, :]
            samples = av.AudioFrame.from_ndarray(tone, format="flt", layout="mono")
            samples.sample_rate = rate
            samples.pts = start
            samples.time_base = Fraction(1, rate)
            for chunk_frame in resampler.resample(samples):
                for packet in sound.encode(chunk_frame):
                    container.mux(packet)
        for packet in sound.encode(None):
            container.mux(packet)
    if data is not None:
        packet = av.Packet(b"GPS 50.8503 4.3517 Sam Peeters")
        packet.stream = data
        packet.pts = packet.dts = 0
        packet.duration = 500
        packet.time_base = Fraction(1, 1000)
        container.mux(packet)
    container.close()
    return path


__all__ = ["PHONE_TAGS", "STREAM_TAGS", "draw_frame", "face_positions", "make_clip"]
