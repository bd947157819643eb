"""Check a written clip: no metadata left, no face left on the frames checked again."""

from __future__ import annotations

import logging
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

log = logging.getLogger(__name__)

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

#: ISO-BMFF boxes that hold other boxes (walked when looking for user data)
_CONTAINER_BOXES = {b"moov", b"trak", b"mdia", b"minf", b"stbl", b"edts", b"dinf", b"mvex"}


def _boxes(data: bytes) -> list[tuple[bytes, bytes]]:
    """``(type, body)`` of the boxes in ``data`` (stops at a damaged size)."""
    out = []
    offset = 0
    while offset + 8 <= len(data):
        size = int.from_bytes(data[offset : offset + 4], "big")
        kind = data[offset + 4 : offset + 8]
        header = 8
        if size == 1 and offset + 16 <= len(data):
            size = int.from_bytes(data[offset + 8 : offset + 16], "big")
            header = 16
        elif size == 0:
            size = len(data) - offset
        if size < header or offset + size > len(data):
            out.append((b"bad!", b""))
            break
        out.append((kind, data[offset + header : offset + size]))
        offset += size
    return out


def _udta_findings(body: bytes, where: str) -> list[str]:
    """What a ``udta`` box holds besides FFmpeg's empty iTunes list (``meta/hdlr+ilst``)."""
    found = []
    for kind, inner in _boxes(body):
        name = kind.decode("latin-1")
        if kind != b"meta":
            found.append(f"{where}/udta/{name}")
            continue
        # QuickTime's meta holds boxes straight away; ISO's is a full box (4 bytes of
        # version and flags first)
        children = _boxes(inner) if inner[4:8] == b"hdlr" else _boxes(inner[4:])
        for child, content in children:
            if child == b"hdlr" or (child == b"ilst" and not content):
                continue
            found.append(f"{where}/udta/meta/{child.decode('latin-1')}")
    return found


def user_data_boxes(path: Path) -> list[str]:
    """Boxes that can carry personal data in an MP4/MOV (user data with anything in it,
    ``uuid`` boxes such as XMP, top-level ``meta``), as paths like ``moov/udta/\xa9xyz``.
    The media data (``mdat``) is skipped, never read."""
    found: list[str] = []
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
            if size == 0 or size < offset:
                break
            if kind == b"moov":
                found += _walk(handle.read(size - offset), "moov")
            else:
                if kind in (b"uuid", b"meta", b"udta"):
                    found.append(kind.decode("latin-1"))
                handle.seek(size - offset, 1)
    return found


def _walk(body: bytes, where: str) -> list[str]:
    found: list[str] = []
    for kind, inner in _boxes(body):
        if kind == b"udta":
            found += _udta_findings(inner, where)
        elif kind in (b"uuid", b"meta", b"bad!"):
            found.append(f"{where}/{kind.decode('latin-1')}")
        elif kind in _CONTAINER_BOXES:
            found += _walk(inner, f"{where}/{kind.decode('latin-1')}")
    return found


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


def check_faces(
    path: Path,
    regions_at: Mapping[int, Sequence[Region]],
    config: DetectConfig = DEFAULT_CONFIG,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[int, list[dict[str, Any]]]:
    """Run the detector on the output frames in ``regions_at``; return how many were checked
    and the sure faces the regions of that frame do not hide (with their frame)."""
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
            pixels = upright(frame)
            height, width = pixels.shape[:2]
            kept = [r for r in regions_at[index] if r.enabled]
            for face in detect_faces(pixels, config).regions:
                if (
                    face.tier is Tier.SURE
                    and covered_fraction(face.box, kept, (width, height)) < 0.5
                ):
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
    report: Callable[[str, int, int], None] | None = None,
) -> dict[str, Any]:
    """Scan the written clip again. Raises :class:`VideoError` when metadata is left or the
    streams are not what was written (the copy is then not kept); faces the detector still
    finds are reported (``unobscured``), as for photos."""
    tags = leftover_tags(path)
    boxes = user_data_boxes(path) if path.suffix.lower() in (".mp4", ".m4v", ".mov") else []
    with open_clip(path) as container:
        kinds = sorted(s.type for s in container.streams)
        video = main_video_stream(container)
        first = next(container.decode(video), None)
        rotation = quarter_turns(float(first.rotation or 0)) if first is not None else 0
    expected = sorted(["video", "audio"] if expect_audio else ["video"])
    if tags or boxes or kinds != expected or rotation:
        # names only (never values: they are the personal data)
        log.warning(
            "video not clean: tags %s, boxes %s, streams %s, rotation %s",
            sorted(tags),
            boxes,
            kinds,
            rotation,
        )
        raise VideoError(
            "not_clean",
            QT_TRANSLATE_NOOP(
                "Errors", "The cleaned video still held hidden data, so it was not saved."
            ),
        )

    def progress(done: int, total: int) -> None:
        if report is not None:
            report("verify", done, total)

    checked, visible = 0, list[dict[str, Any]]()
    if hide_faces:
        checked, visible = check_faces(path, regions_at, config, progress=progress)
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
    "check_faces",
    "leftover_tags",
    "user_data_boxes",
    "verify_clip",
]
