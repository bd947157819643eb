"""Find everything in a photo file that could identify a child, a family or a place.

``inspect`` reads metadata only (no pixels are decoded) through Pillow and through our own
container parsers, so it also sees what Pillow hides: data after the end of the image,
Photoshop thumbnails, content credentials, extra images. Each :class:`Finding` has a
stable machine ``key``, a :class:`Risk` group, a :class:`Severity`, a translatable
``label`` (context ``Findings``) and a plain ``value``.
"""

from __future__ import annotations

import io
import re
import warnings
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import Enum
from fractions import Fraction
from pathlib import Path
from typing import Any, Literal
from xml.etree import ElementTree

from PIL import ExifTags, Image, ImageCms, UnidentifiedImageError

from photosafe_desktop.core.errors import UnreadableImageError
from photosafe_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from photosafe_desktop.core.imaging import MAX_PIXELS, register_plugins
from photosafe_desktop.core.metadata import bmff, containers, jpeg


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


class _Collector:
    def __init__(self) -> None:
        self.items: dict[str, list[str]] = {}

    def add(self, key: str, value: Any = "") -> None:
        text = _plain(value)
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


def _plain(value: Any) -> str:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    text = str(value).replace("\x00", " ")
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    return " ".join(text.split())


def _read(source: Path | str | bytes) -> bytes:
    if isinstance(source, bytes):
        data = source
    else:
        from photosafe_desktop.core.safe_files import read_photo_file

        data = read_photo_file(source)  # a regular file of sane size, or a clear refusal
    if not data:
        raise UnreadableImageError(
            "empty_file", QT_TRANSLATE_NOOP("Errors", "This file is empty (0 bytes).")
        )
    return data


def inspect(source: Path | str | bytes, *, file_name: str | None = None) -> InspectReport:
    """Describe what ``source`` (a path or the bytes of a file) reveals beyond its pixels.

    ``file_name`` is checked for names and dates; by default the source path's name.
    Raises :class:`UnreadableImageError` for files that are not images we can read.
    """
    register_plugins()
    data = _read(source)
    if file_name is None and not isinstance(source, bytes):
        file_name = Path(source).name
    structure = containers.parse(data)
    with warnings.catch_warnings():
        # Pillow warns about damaged metadata it skips; we report what we can read
        warnings.simplefilter("ignore", UserWarning)
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        return _inspect(data, structure, file_name)


def _inspect(data: bytes, structure: containers.Structure, file_name: str | None) -> InspectReport:
    found = _Collector()
    try:
        img = Image.open(io.BytesIO(data))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise _too_large() from exc
    except UnidentifiedImageError as exc:
        raise UnreadableImageError(
            "not_an_image",
            QT_TRANSLATE_NOOP(
                "Errors", "This file is not a photo PhotoSafe can read, or it is damaged."
            ),
        ) from exc
    except MemoryError:
        raise
    except Exception as exc:  # noqa: BLE001 - any parser failure means a damaged file
        raise UnreadableImageError(
            "damaged",
            QT_TRANSLATE_NOOP("Errors", "This photo is damaged or incomplete and cannot be read."),
        ) from exc
    with img:
        width, height = img.size
        if width * height > MAX_PIXELS:
            raise _too_large()
        fmt = img.format or "UNKNOWN"
        try:
            frames = int(getattr(img, "n_frames", 1) or 1)
        except Exception:  # noqa: BLE001 - counting frames of a broken animation
            frames = 1
        try:
            _from_pillow(img, found)
        except MemoryError:
            raise
        except Exception:  # noqa: BLE001 - hostile metadata: say so, keep going
            found.add("hidden_data.damaged")
    try:
        _from_structure(structure, data, found)
    except MemoryError:
        raise
    except Exception:  # noqa: BLE001
        found.add("hidden_data.damaged")
    if structure.container in ("jpeg", "png", "riff") and not structure.complete:
        found.add("hidden_data.damaged")
    if frames > 1 and fmt == "MPO":
        found.add("previews.extra_images", frames - 1)
    elif frames > 1:
        found.add("image.animation", frames)
    if file_name:
        _from_file_name(file_name, found)
    return InspectReport(fmt, structure.container, (width, height), frames, found.findings())


def _too_large() -> UnreadableImageError:
    return UnreadableImageError(
        "too_large",
        QT_TRANSLATE_NOOP(
            "Errors",
            "This image is far too large to be a photo ({limit} megapixels at most); "
            "it was not opened, to protect your computer.",
        ),
        limit=MAX_PIXELS // 1_000_000,
    )


# --- EXIF ---------------------------------------------------------------------------------

#: TIFF/EXIF tags that only describe how the pixels are stored
_STRUCTURAL_TAGS = {
    0x00FE, 0x0100, 0x0101, 0x0102, 0x0103, 0x0106, 0x0111, 0x0112, 0x0115, 0x0116, 0x0117,
    0x011A, 0x011B, 0x011C, 0x0128, 0x013D, 0x0140, 0x0152, 0x0153, 0x0201, 0x0202, 0x0211,
    0x0212, 0x0213, 0x0214, 0x8769, 0x8825, 0xA005, 0x0142, 0x0143, 0x0144, 0x0145, 0x0118,
    0x0119, 0x0122, 0x0123, 0x0124, 0x0125,
}  # fmt: skip


def _text(value: Any) -> str:
    if isinstance(value, tuple) and value and all(isinstance(v, int) for v in value):
        value = bytes(value)
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def _xp_text(value: Any) -> str:
    if isinstance(value, tuple):
        value = bytes(v & 0xFF for v in value)
    if isinstance(value, bytes):
        return value.decode("utf-16-le", "replace")
    return str(value)


def _user_comment(value: Any) -> str:
    raw = value if isinstance(value, bytes) else _text(value).encode()
    head, body = raw[:8], raw[8:]
    if head.startswith(b"UNICODE"):
        text = body.decode("utf-16-be" if body[:1] == b"\x00" else "utf-16-le", "replace")
    elif head.startswith((b"ASCII", b"JIS", b"\x00\x00\x00\x00")):
        text = body.decode("utf-8", "replace")
    else:
        text = raw.decode("utf-8", "replace")
    return text


def _rational(value: Any) -> float:
    if isinstance(value, tuple) and len(value) == 2:
        num, den = value
        return float(num) / float(den) if den else 0.0
    return float(Fraction(str(value))) if not isinstance(value, float) else value


def _gps_position(gps: dict[int, Any]) -> str:
    try:
        lat = gps[2]
        lon = gps[4]
        lat_value = sum(_rational(v) / 60**i for i, v in enumerate(lat))
        lon_value = sum(_rational(v) / 60**i for i, v in enumerate(lon))
    except (KeyError, TypeError, ValueError, ZeroDivisionError, IndexError):
        return ""
    if str(gps.get(1, "N")).upper().startswith("S"):
        lat_value = -lat_value
    if str(gps.get(3, "E")).upper().startswith("W"):
        lon_value = -lon_value
    return f"{lat_value:.5f}, {lon_value:.5f}"


#: EXIF tags that reveal something: (tag, finding key, how to read the value or None)
_TagRule = tuple[int, str, Callable[[Any], str] | None]
_EXIF_TIME_TAGS: tuple[_TagRule, ...] = (
    (0x9003, "time.taken", _text),
    (0x9004, "time.taken", _text),
    (0x0132, "time.other", _text),
)
_EXIF_TAGS: tuple[_TagRule, ...] = (
    (0xA433, "device.camera", _text),  # lens make
    (0xA434, "device.camera", _text),  # lens model
    (0x013C, "device.camera", _text),  # host computer
    (0xA431, "device.serial", _text),
    (0xA435, "device.serial", _text),
    (0xA420, "device.unique_id", _text),
    (0x927C, "device.makernote", None),
    (0x013B, "people.names", _text),  # artist
    (0xA430, "people.names", _text),  # camera owner
    (0x9C9D, "people.names", _xp_text),
    (0x8298, "people.copyright", _text),
    (0x9C9E, "people.keywords", _xp_text),
    (0x010E, "comments.caption", _text),
    (0x9C9B, "comments.caption", _xp_text),
    (0x9C9F, "comments.caption", _xp_text),
    (0x9C9C, "comments.comment", _xp_text),
    (0x9286, "comments.comment", _user_comment),
    (0x0131, "software.name", _text),
)


def _add_tags(tags: dict[int, Any], rules: tuple[_TagRule, ...], found: _Collector) -> None:
    for tag, key, read in rules:
        if tag in tags:
            if read is None:
                found.add(key)
            else:
                found.add(key, read(tags[tag]))


def _from_exif(exif: Image.Exif, found: _Collector) -> None:
    base = dict(exif)
    try:
        sub = dict(exif.get_ifd(ExifTags.IFD.Exif))
    except Exception:  # noqa: BLE001 - a broken sub-IFD is reported as EXIF anyway
        sub = {}
    try:
        gps = dict(exif.get_ifd(ExifTags.IFD.GPSInfo))
    except Exception:  # noqa: BLE001
        gps = {}
    try:
        ifd1 = dict(exif.get_ifd(ExifTags.IFD.IFD1))
    except Exception:  # noqa: BLE001
        ifd1 = {}
    if not (base or sub or gps or ifd1):
        return
    tags = {**base, **sub}
    meaningful = [t for t in tags if t not in _STRUCTURAL_TAGS] + list(gps)
    if meaningful:
        found.add("hidden_data.exif", len(meaningful))
    if gps:
        position = _gps_position(gps)
        if position:
            found.add("location.gps", position)
        else:
            found.add("location.gps_other")
    _add_tags(tags, _EXIF_TIME_TAGS, found)
    device = " ".join(_text(tags[t]).strip() for t in (0x010F, 0x0110) if t in tags)
    found.add("device.camera", device)
    _add_tags(tags, _EXIF_TAGS, found)
    if ifd1:  # IFD1 describes the embedded thumbnail
        found.add("previews.thumbnail", "EXIF")


# --- XMP ----------------------------------------------------------------------------------

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_SKIP_ATTR_NS = (f"{{{_RDF}}}", "{http://www.w3.org/XML/1998/namespace}", "{adobe:ns:meta/}")
_DTD = re.compile(rb"<!(DOCTYPE|ENTITY)[^>]*>", re.IGNORECASE)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def xmp_properties(packet: bytes | str) -> list[tuple[str, str, tuple[str, ...]]]:
    """Flatten an XMP packet into (property, value, enclosing properties) triples."""
    raw = packet.encode("utf-8", "replace") if isinstance(packet, str) else packet
    raw = _DTD.sub(b"", raw)  # no entity tricks
    start = raw.find(b"<x:xmpmeta")
    if start < 0:
        start = raw.find(b"<rdf:RDF")
    end_tag = b"</x:xmpmeta>" if raw[start : start + 10] == b"<x:xmpmeta" else b"</rdf:RDF>"
    end = raw.find(end_tag, start)
    if start < 0 or end < 0:
        return []
    try:
        root = ElementTree.fromstring(raw[start : end + len(end_tag)])
    except ElementTree.ParseError:
        return []
    pairs: list[tuple[str, str, tuple[str, ...]]] = []

    def walk(element: ElementTree.Element, ancestors: tuple[str, ...]) -> None:
        is_rdf = element.tag.startswith(_SKIP_ATTR_NS)
        here = ancestors if is_rdf else (*ancestors, _local(element.tag))
        for attr, value in element.attrib.items():
            if attr.startswith(_SKIP_ATTR_NS) or not attr.startswith("{"):
                continue
            pairs.append((_local(attr), value, here))
        children = list(element)
        text = (element.text or "").strip()
        if not children and text and here:
            pairs.append((here[-1], text, here[:-1]))
        for child in children:
            walk(child, here)

    walk(root, ())
    return pairs


_XMP_MAP: dict[str, str] = {
    "GPSLatitude": "location.gps",
    "GPSLongitude": "location.gps",
    "City": "location.place",
    "State": "location.place",
    "Country": "location.place",
    "CountryName": "location.place",
    "ProvinceState": "location.place",
    "Sublocation": "location.place",
    "Location": "location.place",
    "LocationName": "location.place",
    "DateTimeOriginal": "time.taken",
    "DateCreated": "time.taken",
    "CreateDate": "time.taken",
    "DateTimeDigitized": "time.taken",
    "ModifyDate": "time.other",
    "MetadataDate": "time.other",
    "Make": "device.camera",
    "Model": "device.camera",
    "Lens": "device.camera",
    "LensModel": "device.camera",
    "SerialNumber": "device.serial",
    "BodySerialNumber": "device.serial",
    "LensSerialNumber": "device.serial",
    "ImageUniqueID": "device.unique_id",
    "DocumentID": "device.unique_id",
    "OriginalDocumentID": "device.unique_id",
    "InstanceID": "device.unique_id",
    "creator": "people.names",
    "Author": "people.names",
    "Artist": "people.names",
    "Owner": "people.names",
    "OwnerName": "people.names",
    "CameraOwnerName": "people.names",
    "PersonInImage": "people.names",
    "PersonDisplayName": "people.face_names",
    "CaptionWriter": "people.names",
    "rights": "people.copyright",
    "Copyright": "people.copyright",
    "UsageTerms": "people.copyright",
    "subject": "people.keywords",
    "Keywords": "people.keywords",
    "description": "comments.caption",
    "title": "comments.caption",
    "Headline": "comments.caption",
    "ImageDescription": "comments.caption",
    "Instructions": "comments.comment",
    "UserComment": "comments.comment",
    "CreatorTool": "software.name",
    "Software": "software.name",
    "softwareAgent": "software.name",
}


def _from_xmp(packet: bytes | str, found: _Collector) -> None:
    found.add("hidden_data.xmp")
    latitude = longitude = ""
    for prop, value, ancestors in xmp_properties(packet):
        in_regions = any(a in ("RegionInfo", "RegionList", "Regions") for a in ancestors)
        if in_regions:
            found.add("people.face_regions")
            if prop == "Name":
                found.add("people.face_names", value)
                continue
        if prop in ("Thumbnails", "image") and any(a == "Thumbnails" for a in (*ancestors, prop)):
            found.add("previews.thumbnail", "XMP")
            continue
        if prop == "History" or "History" in ancestors:
            found.add("software.history")
            if prop == "softwareAgent":
                found.add("software.name", value)
            continue
        key = _XMP_MAP.get(prop)
        if key is None:
            continue
        if key == "location.gps":
            if prop == "GPSLatitude":
                latitude = value
            else:
                longitude = value
            continue
        found.add(key, value)
    if latitude or longitude:
        found.add("location.gps", f"{latitude}, {longitude}")


# --- IPTC and Photoshop -------------------------------------------------------------------

_IPTC_MAP = {
    5: "comments.caption",  # object name
    25: "people.keywords",
    40: "comments.comment",  # special instructions
    55: "time.taken",
    80: "people.names",  # by-line
    90: "location.place",  # city
    92: "location.place",  # sub-location
    95: "location.place",  # province/state
    101: "location.place",  # country
    105: "comments.caption",  # headline
    116: "people.copyright",
    118: "people.names",  # contact
    120: "comments.caption",
    122: "people.names",  # writer/editor
}


def iptc_records(data: bytes) -> list[tuple[int, int, bytes]]:
    """IPTC-IIM datasets as (record, dataset, value)."""
    records: list[tuple[int, int, bytes]] = []
    pos = 0
    while pos + 5 <= len(data) and data[pos] == 0x1C:
        record, dataset = data[pos + 1], data[pos + 2]
        size = int.from_bytes(data[pos + 3 : pos + 5], "big")
        pos += 5
        if size & 0x8000:
            count = size & 0x7FFF
            if count > 4:
                break
            size = int.from_bytes(data[pos : pos + count], "big")
            pos += count
        records.append((record, dataset, data[pos : pos + size]))
        pos += size
    return records


def photoshop_resources(data: bytes) -> list[tuple[int, bytes]]:
    """Image resource blocks of a Photoshop IRB as (resource id, data)."""
    resources: list[tuple[int, bytes]] = []
    pos = 0
    while pos + 12 <= len(data) and data[pos : pos + 4] in (b"8BIM", b"MeSa", b"PHUT", b"AgHg"):
        rid = int.from_bytes(data[pos + 4 : pos + 6], "big")
        name_length = data[pos + 6]
        name_field = 1 + name_length
        name_field += name_field & 1
        head = pos + 6 + name_field
        size = int.from_bytes(data[head : head + 4], "big")
        resources.append((rid, data[head + 4 : head + 4 + size]))
        pos = head + 4 + size + (size & 1)
    return resources


def _from_iptc(data: bytes, found: _Collector) -> None:
    records = [r for r in iptc_records(data) if r[0] == 2 and r[1] != 0]
    if records:
        found.add("hidden_data.iptc", len(records))
    for _record, dataset, value in records:
        key = _IPTC_MAP.get(dataset)
        if key:
            found.add(key, value)


def _from_photoshop(data: bytes, found: _Collector) -> None:
    other = False
    for rid, value in photoshop_resources(data):
        if rid == 0x0404:
            _from_iptc(value, found)
        elif rid in (0x0409, 0x040C):
            found.add("previews.thumbnail", "Photoshop")
        elif rid == 0x0424:
            _from_xmp(value, found)
        elif rid == 0x040F:
            found.add("colour_profile.icc", _icc_name(value))
        else:
            other = True
    if other:
        found.add("hidden_data.other", "Photoshop")


# --- everything Pillow shows --------------------------------------------------------------


def _icc_name(profile: bytes) -> str:
    try:
        described = ImageCms.getProfileDescription(ImageCms.ImageCmsProfile(io.BytesIO(profile)))
    except Exception:  # noqa: BLE001 - a broken profile is still a profile
        return "?"
    return _plain(described) or "?"


def _from_pillow(img: Image.Image, found: _Collector) -> None:
    info = img.info
    try:
        exif = img.getexif()
    except Exception:  # noqa: BLE001 - broken EXIF
        exif = Image.Exif()
        found.add("hidden_data.damaged")
    try:
        orientation = int(exif.get(0x0112, 1) or 1)
    except (TypeError, ValueError):
        orientation = 1
    heif_orientation = info.get("original_orientation")  # pillow-heif: irot/imir applied
    if orientation in range(2, 9) or heif_orientation in range(2, 9):
        found.add("image.orientation")
    try:
        _from_exif(exif, found)
    except Exception:  # noqa: BLE001 - odd values must not stop the report
        found.add("hidden_data.exif", "?")
    xmp = info.get("xmp")
    if xmp:
        _from_xmp(xmp, found)
    if info.get("icc_profile"):
        found.add("colour_profile.icc", _icc_name(info["icc_profile"]))
    comment = info.get("comment")
    if comment:
        found.add("comments.comment", comment)
    if img.format == "TIFF":
        tags = getattr(img, "tag_v2", {})
        if 700 in tags and not xmp:
            _from_xmp(bytes(tags[700]) if not isinstance(tags[700], str) else tags[700], found)
        if 33723 in tags:
            iptc = tags[33723]
            _from_iptc(iptc if isinstance(iptc, bytes) else bytes(iptc), found)
        if 34377 in tags:
            _from_photoshop(bytes(tags[34377]), found)
    if img.format == "HEIF":
        extra = len(info.get("thumbnails") or []) + len(info.get("depth_images") or [])
        if info.get("thumbnails"):
            found.add("previews.thumbnail", "HEIC")
        if info.get("depth_images") or info.get("aux"):
            found.add("previews.extra_images", extra or 1)


# --- what only the container shows --------------------------------------------------------


def _from_structure(structure: containers.Structure, data: bytes, found: _Collector) -> None:
    trailing = structure.trailing
    if trailing:
        tail = data[structure.end :]
        if tail.strip(b"\x00") == b"":
            pass  # zero padding some cameras add: harmless, still removed
        else:
            images = tail.count(b"\xff\xd8\xff")
            if images:
                found.add("previews.extra_images", images)
            if not tail.startswith(b"\xff\xd8\xff"):
                found.add("hidden_data.trailing", trailing)
    if structure.container == "jpeg":
        _jpeg(structure, found)
    elif structure.container == "png":
        _png(structure, found)
    elif structure.container == "riff":
        _riff(structure, found)
    elif structure.container == "bmff":
        _bmff(structure, found)


def _jpeg(structure: containers.Structure, found: _Collector) -> None:
    photoshop = b""
    others: list[str] = []
    for block in structure.blocks:
        if not block.name.startswith("APP") and block.name != "COM":
            continue
        if block.name == "COM":
            found.add("comments.comment", block.data)
            continue
        kind = jpeg.app_kind(block)
        if kind == "jfif":
            if len(block.data) >= 14 and block.data[12] and block.data[13]:
                found.add("previews.thumbnail", "JFIF")
        elif kind == "jfxx":
            found.add("previews.thumbnail", "JFIF")
        elif kind == "xmp_extended":
            found.add("hidden_data.xmp")
            # the extension's GUID and offsets come first; the rest is XMP text
            found_props = xmp_properties(b"<x:xmpmeta>" + block.data[75:] + b"</x:xmpmeta>")
            if not found_props:
                found.add("hidden_data.other", "Extended XMP")
        elif kind == "mpf":
            found.add("previews.extra_images", _mpf_count(block.data))
        elif kind == "jumbf":
            found.add("content_credentials.c2pa")
        elif kind == "photoshop":
            photoshop += block.data[len(b"Photoshop 3.0\x00") :]
        elif kind == "flashpix":
            others.append("FlashPix")
        elif kind == "adobe":
            others.append("Adobe")
        elif kind in ("other",):
            others.append(block.name)
    if photoshop:
        _from_photoshop(photoshop, found)
    if others:
        found.add("hidden_data.other", ", ".join(sorted(set(others))))


def _mpf_count(payload: bytes) -> int:
    """How many images an MPF index lists besides the first (at least 1)."""
    try:
        tiff = payload[4:]
        order: Literal["little", "big"] = "little" if tiff[:2] == b"II" else "big"
        offset = int.from_bytes(tiff[4:8], order)
        entries = int.from_bytes(tiff[offset : offset + 2], order)
        for i in range(entries):
            entry = tiff[offset + 2 + 12 * i : offset + 14 + 12 * i]
            if int.from_bytes(entry[0:2], order) == 0xB001:  # NumberOfImages
                return max(1, int.from_bytes(entry[8:12], order) - 1)
    except (IndexError, ValueError):
        pass
    return 1


_PNG_STRUCTURAL = {
    "IHDR", "PLTE", "tRNS", "IDAT", "IEND", "gAMA", "cHRM", "sRGB", "pHYs", "sBIT", "bKGD",
    "hIST", "acTL", "fcTL", "fdAT", "iCCP", "cICP", "mDCv", "cLLi",
}  # fmt: skip


def _png_text(block: containers.Block) -> tuple[str, bytes]:
    data = block.data
    keyword, _, rest = data.partition(b"\x00")
    if block.name == "zTXt":
        rest = _inflate(rest[1:])
    elif block.name == "iTXt":
        compressed = rest[:1] == b"\x01"
        rest = rest[2:]
        _lang, _, rest = rest.partition(b"\x00")
        _translated, _, rest = rest.partition(b"\x00")
        if compressed:
            rest = _inflate(rest)
    return keyword.decode("latin-1"), rest


def _inflate(data: bytes, limit: int = 1 << 20) -> bytes:
    try:
        return zlib.decompressobj().decompress(data, limit)
    except zlib.error:
        return b""


def _png(structure: containers.Structure, found: _Collector) -> None:
    others: list[str] = []
    for block in structure.blocks:
        name = block.name
        if name in ("tEXt", "zTXt", "iTXt"):
            keyword, text = _png_text(block)
            lowered = keyword.lower()
            if keyword == "XML:com.adobe.xmp":
                _from_xmp(text, found)
            elif lowered in ("author", "artist", "copyright", "owner"):
                found.add("people.names" if lowered != "copyright" else "people.copyright", text)
            elif lowered in ("software", "creator tool"):
                found.add("software.name", text)
            elif lowered in ("creation time", "date:create", "date:modify"):
                found.add("time.other", text)
            elif lowered == "comment":
                found.add("comments.comment", text)
            elif lowered in ("title", "description"):
                found.add("comments.caption", text)
            elif lowered == "raw profile type exif" or lowered == "raw profile type app1":
                found.add("hidden_data.exif", "?")
            else:
                found.add("comments.comment", f"{keyword}: {_plain(text)}")
        elif name == "eXIf":
            exif = Image.Exif()
            try:
                exif.load(block.data)
                _from_exif(exif, found)
            except Exception:  # noqa: BLE001
                found.add("hidden_data.exif", "?")
        elif name == "tIME" and len(block.data) == 7:
            d = block.data
            year = int.from_bytes(d[0:2], "big")
            found.add("time.other", f"{year:04d}-{d[2]:02d}-{d[3]:02d} {d[4]:02d}:{d[5]:02d}")
        elif name == "caBX":
            found.add("content_credentials.c2pa")
        elif name not in _PNG_STRUCTURAL:
            others.append(name)
    if others:
        found.add("hidden_data.other", ", ".join(sorted(set(others))))


def _riff(structure: containers.Structure, found: _Collector) -> None:
    others: list[str] = []
    for block in structure.blocks:
        name = block.name
        if name == "XMP ":
            _from_xmp(block.data, found)
        elif name == "EXIF":
            exif = Image.Exif()
            try:
                payload = block.data
                exif.load(payload if payload.startswith(b"Exif") else b"Exif\x00\x00" + payload)
                _from_exif(exif, found)
            except Exception:  # noqa: BLE001
                found.add("hidden_data.exif", "?")
        elif name == "C2PA":
            found.add("content_credentials.c2pa")
        elif name not in ("VP8 ", "VP8L", "VP8X", "ALPH", "ANIM", "ANMF", "ICCP"):
            others.append(name.strip())
    if others:
        found.add("hidden_data.other", ", ".join(sorted(set(others))))


_C2PA_UUID = bytes.fromhex("d8fec3d61b0e483c92975828877ec481")


def _bmff(structure: containers.Structure, found: _Collector) -> None:
    images = 0
    for block in structure.walk():
        if block.name == "jumb" or (block.name == "uuid" and block.data[:16] == _C2PA_UUID):
            found.add("content_credentials.c2pa")
        elif block.name == "uuid":
            found.add("hidden_data.other", "uuid")
        elif block.name == "infe":
            kind = bmff.item_type(block)
            if kind == "mime" and "xmp" in bmff.item_content_type(block).lower():
                found.add("hidden_data.xmp")
            elif kind in ("hvc1", "av01", "jpeg", "grid"):
                images += 1
    if images > 1:
        found.add("previews.extra_images", images - 1)


# --- file name ----------------------------------------------------------------------------

#: words camera apps and messengers put in file names; anything else may be a name or place
_NEUTRAL_WORDS = {
    "img", "image", "images", "dsc", "dscn", "dscf", "pxl", "mvimg", "vid", "video", "photo",
    "photos", "pic", "picture", "screenshot", "scan", "scanned", "edited", "edit", "copy",
    "kopie", "copie", "whatsapp", "signal", "telegram", "export", "exported", "jpg", "jpeg",
    "heic", "png", "webp", "gif", "tif", "tiff", "bmp", "avif", "burst", "cover", "portrait",
    "pano", "hdr", "gopr", "dji", "dcim", "raw", "final", "small", "large", "medium",
    "resized", "untitled", "naamloos", "sans", "titre", "afbeelding", "foto", "fotos",
    "album", "clean", "safe", "snapchat", "instagram", "facebook", "messenger", "wa", "mg",
    "dc", "sdc", "cimg", "imgp", "pict", "p", "original", "photosafe", "download",
    "downloaded", "at", "am", "pm", "with", "from", "and",
}  # fmt: skip
_DATE_IN_NAME = re.compile(
    r"(?<!\d)((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)"
)


def _from_file_name(name: str, found: _Collector) -> None:
    stem = Path(name).stem
    date = _DATE_IN_NAME.search(stem)
    if date:
        found.add("file_name.date", f"{date.group(1)}-{date.group(2)}-{date.group(3)}")
    words = [w for w in re.split(r"[^A-Za-zÀ-ÖØ-öø-ɏ]+", stem) if len(w) >= 2]
    suspicious = [w for w in words if w.lower() not in _NEUTRAL_WORDS and not _hexlike(w)]
    if suspicious:
        found.add("file_name.words", stem)


def _hexlike(word: str) -> bool:
    return len(word) >= 6 and all(c in "0123456789abcdefABCDEF" for c in word)


def finding_labels() -> Iterable[str]:
    """Every label text (for translation checks)."""
    return (label for _, _, label in FINDINGS.values())


__all__ = ["FINDINGS", "Finding", "InspectReport", "Risk", "Severity", "inspect"]
