"""The per-format walk: what only the container shows (trailers, extra images, chunks).

Goes through the blocks our own parsers (:mod:`.containers`) found and hands embedded
metadata to the format readers (:mod:`.readers`); also checks the file name.
"""

from __future__ import annotations

import re
import zlib
from pathlib import Path
from typing import Literal

from PIL import Image

from photosafe_desktop.core.metadata import bmff, containers, jpeg
from photosafe_desktop.core.metadata.findings import Collector, plain
from photosafe_desktop.core.metadata.readers import (
    from_exif,
    from_photoshop,
    from_xmp,
    xmp_properties,
)

# --- what only the container shows --------------------------------------------------------


def from_structure(structure: containers.Structure, data: bytes, found: Collector) -> None:
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


def _jpeg(structure: containers.Structure, found: Collector) -> None:
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
        from_photoshop(photoshop, found)
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


def _png(structure: containers.Structure, found: Collector) -> None:
    others: list[str] = []
    for block in structure.blocks:
        name = block.name
        if name in ("tEXt", "zTXt", "iTXt"):
            keyword, text = _png_text(block)
            lowered = keyword.lower()
            if keyword == "XML:com.adobe.xmp":
                from_xmp(text, found)
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
                found.add("comments.comment", f"{keyword}: {plain(text)}")
        elif name == "eXIf":
            exif = Image.Exif()
            try:
                exif.load(block.data)
                from_exif(exif, found)
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


def _riff(structure: containers.Structure, found: Collector) -> None:
    others: list[str] = []
    for block in structure.blocks:
        name = block.name
        if name == "XMP ":
            from_xmp(block.data, found)
        elif name == "EXIF":
            exif = Image.Exif()
            try:
                payload = block.data
                exif.load(payload if payload.startswith(b"Exif") else b"Exif\x00\x00" + payload)
                from_exif(exif, found)
            except Exception:  # noqa: BLE001
                found.add("hidden_data.exif", "?")
        elif name == "C2PA":
            found.add("content_credentials.c2pa")
        elif name not in ("VP8 ", "VP8L", "VP8X", "ALPH", "ANIM", "ANMF", "ICCP"):
            others.append(name.strip())
    if others:
        found.add("hidden_data.other", ", ".join(sorted(set(others))))


_C2PA_UUID = bytes.fromhex("d8fec3d61b0e483c92975828877ec481")


def _bmff(structure: containers.Structure, found: Collector) -> None:
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


def from_file_name(name: str, found: Collector) -> None:
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


__all__ = ["from_file_name", "from_structure"]
