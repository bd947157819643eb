"""The findings table: every kind of identifying data a photo file can carry.

Each :class:`Finding` has a stable machine ``key``, a :class:`Risk` group, a
:class:`Severity`, a translatable ``label`` (context ``Findings``) and a plain ``value``.
:class:`Collector` gathers them while the readers (:mod:`.readers`) and the per-format walk
(:mod:`.walk`) go through a file.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from photosafe_desktop.core.i18n import QT_TRANSLATE_NOOP, Message


class Risk(str, Enum):
    """What a finding gives away, in the order the UI shows the groups."""

    LOCATION = "location"
    TIME = "time"
    DEVICE = "device"
    PEOPLE = "people"
    SOFTWARE = "software"
    PREVIEWS = "previews"
    COMMENTS = "comments"
    COLOUR_PROFILE = "colour_profile"
    CONTENT_CREDENTIALS = "content_credentials"
    HIDDEN_DATA = "hidden_data"
    FILE_NAME = "file_name"
    IMAGE = "image"


class Severity(str, Enum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    INFO = "info"


@dataclass(frozen=True)
class Finding:
    key: str  # stable machine key, e.g. "location.gps"
    risk: Risk
    severity: Severity
    label: Message  # translatable sentence (context "Findings") with its parameters
    value: str  # the plain value found, e.g. "50.85034, 4.35171"

    @property
    def is_private(self) -> bool:
        """Whether this finding gives away something personal (place, people, device...)."""
        return self.severity in (Severity.HIGH, Severity.MEDIUM)

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "risk": self.risk.value,
            "severity": self.severity.value,
            "text": self.label.english(),
            "value": self.value,
        }


@dataclass(frozen=True)
class InspectReport:
    format: str  # Pillow's name: JPEG, PNG, HEIF, WEBP, TIFF, GIF, BMP, AVIF, MPO
    container: str  # jpeg, png, riff, bmff, gif, tiff, bmp, unknown
    size: tuple[int, int]
    frame_count: int
    findings: tuple[Finding, ...] = field(default_factory=tuple)

    def keys(self) -> set[str]:
        return {f.key for f in self.findings}

    def by_risk(self) -> dict[Risk, list[Finding]]:
        groups: dict[Risk, list[Finding]] = {}
        for risk in Risk:
            found = [f for f in self.findings if f.risk is risk]
            if found:
                groups[risk] = found
        return groups

    def to_json(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "container": self.container,
            "width": self.size[0],
            "height": self.size[1],
            "frames": self.frame_count,
            "findings": [f.to_json() for f in self.findings],
        }


H, M, L, INF = Severity.HIGH, Severity.MEDIUM, Severity.LOW, Severity.INFO

#: key -> (risk, severity, English label); every label is marked for translation
FINDINGS: dict[str, tuple[Risk, Severity, str]] = {
    "location.gps": (
        Risk.LOCATION,
        H,
        QT_TRANSLATE_NOOP("Findings", "This photo shows where it was taken: {position}"),
    ),
    "location.gps_other": (
        Risk.LOCATION,
        M,
        QT_TRANSLATE_NOOP(
            "Findings", "This photo contains other GPS data (height, direction or time)."
        ),
    ),
    "location.place": (
        Risk.LOCATION,
        H,
        QT_TRANSLATE_NOOP("Findings", "This photo names a place: {place}"),
    ),
    "time.taken": (
        Risk.TIME,
        M,
        QT_TRANSLATE_NOOP("Findings", "This photo records when it was taken: {date}"),
    ),
    "time.other": (
        Risk.TIME,
        L,
        QT_TRANSLATE_NOOP("Findings", "This photo records when it was edited or saved: {date}"),
    ),
    "device.camera": (
        Risk.DEVICE,
        L,
        QT_TRANSLATE_NOOP("Findings", "This photo names the device that took it: {device}"),
    ),
    "device.serial": (
        Risk.DEVICE,
        M,
        QT_TRANSLATE_NOOP(
            "Findings", "This photo contains a serial number of the camera or lens: {serial}"
        ),
    ),
    "device.unique_id": (
        Risk.DEVICE,
        M,
        QT_TRANSLATE_NOOP(
            "Findings",
            "This photo contains a unique number that can link it to other copies: {id}",
        ),
    ),
    "device.makernote": (
        Risk.DEVICE,
        M,
        QT_TRANSLATE_NOOP(
            "Findings",
            "This photo contains the camera maker's hidden notes, which can include serial "
            "numbers.",
        ),
    ),
    "people.names": (
        Risk.PEOPLE,
        H,
        QT_TRANSLATE_NOOP("Findings", "This photo names people: {names}"),
    ),
    "people.face_names": (
        Risk.PEOPLE,
        H,
        QT_TRANSLATE_NOOP("Findings", "This photo marks faces with names: {names}"),
    ),
    "people.face_regions": (
        Risk.PEOPLE,
        M,
        QT_TRANSLATE_NOOP("Findings", "This photo marks where faces or people are in it."),
    ),
    "people.copyright": (
        Risk.PEOPLE,
        M,
        QT_TRANSLATE_NOOP("Findings", "This photo has a copyright or owner notice: {text}"),
    ),
    "people.keywords": (
        Risk.PEOPLE,
        M,
        QT_TRANSLATE_NOOP("Findings", "This photo has keywords or tags: {keywords}"),
    ),
    "comments.caption": (
        Risk.COMMENTS,
        M,
        QT_TRANSLATE_NOOP("Findings", "This photo has a title or description: {text}"),
    ),
    "comments.comment": (
        Risk.COMMENTS,
        M,
        QT_TRANSLATE_NOOP("Findings", "This photo has a hidden comment: {text}"),
    ),
    "software.name": (
        Risk.SOFTWARE,
        L,
        QT_TRANSLATE_NOOP(
            "Findings", "This photo names the software that made or edited it: {software}"
        ),
    ),
    "software.history": (
        Risk.SOFTWARE,
        L,
        QT_TRANSLATE_NOOP("Findings", "This photo keeps a history of how it was edited."),
    ),
    "previews.thumbnail": (
        Risk.PREVIEWS,
        H,
        QT_TRANSLATE_NOOP(
            "Findings",
            "This photo contains a small preview image ({kind}) that may show the original, "
            "unedited photo.",
        ),
    ),
    "previews.extra_images": (
        Risk.PREVIEWS,
        H,
        QT_TRANSLATE_NOOP(
            "Findings",
            "This file contains more images besides the photo ({count}): previews, depth "
            "or brightness maps.",
        ),
    ),
    "colour_profile.icc": (
        Risk.COLOUR_PROFILE,
        L,
        QT_TRANSLATE_NOOP(
            "Findings",
            "This photo has a colour profile ({name}), which can carry dates and software names.",
        ),
    ),
    "content_credentials.c2pa": (
        Risk.CONTENT_CREDENTIALS,
        M,
        QT_TRANSLATE_NOOP(
            "Findings",
            "This photo carries content credentials (C2PA), which can record who made or "
            "edited it and with which tools.",
        ),
    ),
    "hidden_data.trailing": (
        Risk.HIDDEN_DATA,
        H,
        QT_TRANSLATE_NOOP(
            "Findings",
            "This file has {size} bytes of extra data hidden after the end of the image.",
        ),
    ),
    "hidden_data.exif": (
        Risk.HIDDEN_DATA,
        L,
        QT_TRANSLATE_NOOP("Findings", "This photo contains camera data (EXIF): {count} fields."),
    ),
    "hidden_data.xmp": (
        Risk.HIDDEN_DATA,
        L,
        QT_TRANSLATE_NOOP("Findings", "This photo contains a description block (XMP)."),
    ),
    "hidden_data.iptc": (
        Risk.HIDDEN_DATA,
        L,
        QT_TRANSLATE_NOOP("Findings", "This photo contains press data (IPTC): {count} fields."),
    ),
    "hidden_data.other": (
        Risk.HIDDEN_DATA,
        L,
        QT_TRANSLATE_NOOP("Findings", "This file contains other embedded data: {names}"),
    ),
    "hidden_data.damaged": (
        Risk.HIDDEN_DATA,
        L,
        QT_TRANSLATE_NOOP(
            "Findings", "Part of this file could not be read; it may be damaged or incomplete."
        ),
    ),
    "file_name.words": (
        Risk.FILE_NAME,
        M,
        QT_TRANSLATE_NOOP("Findings", "The file name may contain a name or place: {name}"),
    ),
    "file_name.date": (
        Risk.FILE_NAME,
        L,
        QT_TRANSLATE_NOOP("Findings", "The file name contains a date: {date}"),
    ),
    "image.animation": (
        Risk.IMAGE,
        INF,
        QT_TRANSLATE_NOOP(
            "Findings",
            "This is an animation of {count} frames; only the first frame is kept when it "
            "is made safe.",
        ),
    ),
    "image.orientation": (
        Risk.IMAGE,
        INF,
        QT_TRANSLATE_NOOP(
            "Findings",
            "This photo is stored turned or flipped; PhotoSafe turns the pixels so it "
            "stays upright.",
        ),
    ),
}

_PARAM_OF = {
    "location.gps": "position",
    "location.place": "place",
    "time.taken": "date",
    "time.other": "date",
    "device.camera": "device",
    "device.serial": "serial",
    "device.unique_id": "id",
    "people.names": "names",
    "people.face_names": "names",
    "people.copyright": "text",
    "people.keywords": "keywords",
    "comments.caption": "text",
    "comments.comment": "text",
    "software.name": "software",
    "previews.thumbnail": "kind",
    "previews.extra_images": "count",
    "colour_profile.icc": "name",
    "hidden_data.trailing": "size",
    "hidden_data.exif": "count",
    "hidden_data.iptc": "count",
    "hidden_data.other": "names",
    "file_name.words": "name",
    "file_name.date": "date",
    "image.animation": "count",
}

_MAX_VALUE = 200  # characters of a value kept in a finding


class Collector:
    def __init__(self) -> None:
        self.items: dict[str, list[str]] = {}

    def add(self, key: str, value: Any = "") -> None:
        text = plain(value)
        if key in _PARAM_OF and not text:
            return
        values = self.items.setdefault(key, [])
        if text not in values:
            values.append(text)

    def findings(self) -> tuple[Finding, ...]:
        out: list[Finding] = []
        for key, values in self.items.items():
            risk, severity, label = FINDINGS[key]
            value = "; ".join(v for v in values if v)
            if len(value) > _MAX_VALUE:
                value = value[: _MAX_VALUE - 1] + "…"
            param = _PARAM_OF.get(key)
            params = {param: value} if param else {}
            out.append(Finding(key, risk, severity, Message("Findings", label, params), value))
        order = {r: i for i, r in enumerate(Risk)}
        sev = {s: i for i, s in enumerate(Severity)}
        out.sort(key=lambda f: (order[f.risk], sev[f.severity], f.key))
        return tuple(out)


def plain(value: Any) -> str:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    text = str(value).replace("\x00", " ")
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    return " ".join(text.split())


def finding_labels() -> Iterable[str]:
    """Every label text (for translation checks)."""
    return (label for _, _, label in FINDINGS.values())


__all__ = [
    "FINDINGS",
    "Collector",
    "Finding",
    "InspectReport",
    "Risk",
    "Severity",
    "finding_labels",
    "plain",
]
