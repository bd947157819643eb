"""Format readers: what EXIF, XMP, IPTC, Photoshop resources and Pillow's info reveal.

Each reader adds what it finds to a :class:`~.findings.Collector`; none decodes pixels.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from fractions import Fraction
from typing import Any
from xml.etree import ElementTree

from PIL import ExifTags, Image, ImageCms

from photosafe_desktop.core.metadata.findings import Collector, plain

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


def _add_tags(tags: dict[int, Any], rules: tuple[_TagRule, ...], found: Collector) -> None:
    for tag, key, read in rules:
        if tag in tags:
            if read is None:
                found.add(key)
            else:
                found.add(key, read(tags[tag]))


def from_exif(exif: Image.Exif, found: Collector) -> None:
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


def from_xmp(packet: bytes | str, found: Collector) -> None:
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


def from_iptc(data: bytes, found: Collector) -> None:
    records = [r for r in iptc_records(data) if r[0] == 2 and r[1] != 0]
    if records:
        found.add("hidden_data.iptc", len(records))
    for _record, dataset, value in records:
        key = _IPTC_MAP.get(dataset)
        if key:
            found.add(key, value)


def from_photoshop(data: bytes, found: Collector) -> None:
    other = False
    for rid, value in photoshop_resources(data):
        if rid == 0x0404:
            from_iptc(value, found)
        elif rid in (0x0409, 0x040C):
            found.add("previews.thumbnail", "Photoshop")
        elif rid == 0x0424:
            from_xmp(value, found)
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
    return plain(described) or "?"


def from_pillow(img: Image.Image, found: Collector) -> None:
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
        from_exif(exif, found)
    except Exception:  # noqa: BLE001 - odd values must not stop the report
        found.add("hidden_data.exif", "?")
    xmp = info.get("xmp")
    if xmp:
        from_xmp(xmp, found)
    if info.get("icc_profile"):
        found.add("colour_profile.icc", _icc_name(info["icc_profile"]))
    comment = info.get("comment")
    if comment:
        found.add("comments.comment", comment)
    if img.format == "TIFF":
        tags = getattr(img, "tag_v2", {})
        if 700 in tags and not xmp:
            from_xmp(bytes(tags[700]) if not isinstance(tags[700], str) else tags[700], found)
        if 33723 in tags:
            iptc = tags[33723]
            from_iptc(iptc if isinstance(iptc, bytes) else bytes(iptc), found)
        if 34377 in tags:
            from_photoshop(bytes(tags[34377]), found)
    if img.format == "HEIF":
        extra = len(info.get("thumbnails") or []) + len(info.get("depth_images") or [])
        if info.get("thumbnails"):
            found.add("previews.thumbnail", "HEIC")
        if info.get("depth_images") or info.get("aux"):
            found.add("previews.extra_images", extra or 1)


__all__ = [
    "from_exif",
    "from_iptc",
    "from_photoshop",
    "from_pillow",
    "from_xmp",
    "iptc_records",
    "photoshop_resources",
    "xmp_properties",
]
