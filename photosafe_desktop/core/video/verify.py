"""Check a written clip: no metadata left, no face left on the frames checked again."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from photosafe_desktop.core.faces.detect import DEFAULT_CONFIG, DetectConfig, detect_faces
from photosafe_desktop.core.faces.obscure import covered_fraction
from photosafe_desktop.core.faces.regions import Region, Tier
from photosafe_desktop.core.i18n import QT_TRANSLATE_NOOP
from photosafe_desktop.core.video.probe import (
    VideoError,
    main_video_stream,
    open_clip,
    quarter_turns,
    upright,
)

#: tags FFmpeg derives from the file's structure (brands) or writes as generic defaults
STRUCTURAL_TAGS: Mapping[str, frozenset[str] | None] = {
    "major_brand": None,
    "minor_version": None,
    "compatible_brands": None,
    "language": frozenset({"und", "eng"}),
    "handler_name": frozenset({"VideoHandler", "SoundHandler"}),
    "vendor_id": frozenset({"[0][0][0][0]", "FFMP"}),
    "encoder": frozenset({"Lavf", "Lavc", "Lavc libx264", "Lavc libvpx-vp9", "Lavc libvpx"}),
    "ENCODER": frozenset({"Lavf", "Lavc", "Lavc libx264", "Lavc libvpx-vp9", "Lavc libvpx"}),
    "DURATION": None,
}

#: ISO-BMFF boxes that hold user data (location, device, names, XMP, chapters)
USER_DATA_BOXES = (b"udta", b"meta", b"uuid", b"\xa9xyz", b"XMP_", b"chpl", b"Xtra", b"ilst")


def leftover_tags(path: Path) -> dict[str, str]:
    """Container and stream tags that are not structural (``stream N:key`` for streams)."""
    left: dict[str, str] = {}
    with open_clip(path) as container:
        sources: list[tuple[str, Mapping[str, str]]] = [("", container.metadata)]
        sources += [(f"stream {s.index}:", s.metadata) for s in container.streams]
        for prefix, tags in sources:
            for key, value in tags.items():
                allowed = STRUCTURAL_TAGS.get(key, frozenset())
                if key in STRUCTURAL_TAGS and (allowed is None or value in allowed):
                    continue
                left[prefix + key] = value
        if container.chapters():
            left["chapters"] = str(len(container.chapters()))
    return left


def user_data_boxes(path: Path) -> list[str]:
    """User-data boxes found in an MP4/MOV's header (the ``moov`` box), by type."""
    found: set[str] = set()
    with path.open("rb") as handle:
        while True:
            header = handle.read(8)
            if len(header) < 8:
                break
            size = int.from_bytes(header[:4], "big")
            kind = header[4:8]
            offset = 8
            if size == 1:
                size = int.from_bytes(handle.read(8), "big")
                offset = 16
            elif size == 0:
                break
            if kind == b"moov":
                body = handle.read(size - offset)
                found |= {box.decode("latin-1") for box in USER_DATA_BOXES if box in body}
            elif kind in USER_DATA_BOXES:
                found.add(kind.decode("latin-1"))
                handle.seek(size - offset, 1)
            else:
                handle.seek(size - offset, 1)
            if size < offset:
                break
    return sorted(found)


def check_faces(
    path: Path,
    regions_at: Mapping[int, Sequence[Region]],
    config: DetectConfig = DEFAULT_CONFIG,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> tuple[int, list[dict[str, Any]]]:
    """Run the detector on the output frames in ``regions_at``; return how many were checked
    and the sure faces the regions of that frame do not hide (with their frame)."""
    from photosafe_desktop.core.video.sanitise import ClipCancelled

    wanted = sorted(regions_at)
    if not wanted:
        return 0, []
    last = wanted[-1]
    checked = 0
    visible: list[dict[str, Any]] = []
    with open_clip(path) as container:
        video = main_video_stream(container)
        video.thread_type = "AUTO"
        for index, frame in enumerate(container.decode(video)):
            if index > last:
                break
            if index not in regions_at:
                continue
            if cancel is not None and cancel():
                raise ClipCancelled()
            pixels = upright(frame)
            height, width = pixels.shape[:2]
            kept = [r for r in regions_at[index] if r.enabled]
            for face in detect_faces(pixels, config).regions:
                if face.tier is Tier.SURE and covered_fraction(face.box, kept, (width, height)) < 0.5:
                    visible.append({"frame": index, **face.face_dict()})
            checked += 1
            if progress is not None:
                progress(checked, len(wanted))
    return checked, visible


def verify_clip(
    path: Path,
    regions_at: Mapping[int, Sequence[Region]],
    *,
    expect_audio: bool,
    config: DetectConfig = DEFAULT_CONFIG,
    hide_faces: bool = True,
    progress: Callable[[Any], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    started: float | None = None,
) -> dict[str, Any]:
    """Scan the written clip again. Raises :class:`VideoError` when metadata is left or the
    streams are not what was written (the copy is then not kept); faces the detector still
    finds are reported (``unobscured``), as for photos."""
    from photosafe_desktop.core.video.sanitise import ClipProgress

    tags = leftover_tags(path)
    boxes = user_data_boxes(path) if path.suffix.lower() in (".mp4", ".m4v", ".mov") else []
    with open_clip(path) as container:
        kinds = sorted(s.type for s in container.streams)
        video = main_video_stream(container)
        first = next(container.decode(video), None)
        rotation = quarter_turns(float(first.rotation or 0)) if first is not None else 0
    expected = sorted(["video", "audio"] if expect_audio else ["video"])
    if tags or boxes or kinds != expected or rotation:
        raise VideoError(
            "not_clean",
            QT_TRANSLATE_NOOP(
                "Errors", "The cleaned video still held hidden data, so it was not saved."
            ),
        )
    begin = started if started is not None else time.monotonic()
    verify_started = time.monotonic()

    def report(done: int, total: int) -> None:
        if progress is None:
            return
        now = time.monotonic()
        per_frame = (now - verify_started) / max(1, done)
        progress(ClipProgress("verify", done, total, now - begin, per_frame * (total - done)))

    checked, visible = (0, [])
    if hide_faces:
        checked, visible = check_faces(path, regions_at, config, progress=report, cancel=cancel)
    return {
        "ok": not visible,
        "metadata_clean": True,
        "streams": kinds,
        "tags_left": [],
        "frames_checked": checked,
        "unobscured": visible,
    }


__all__ = [
    "STRUCTURAL_TAGS",
    "USER_DATA_BOXES",
    "check_faces",
    "leftover_tags",
    "user_data_boxes",
    "verify_clip",
]
