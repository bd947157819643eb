"""JPEG segments (ITU T.81): markers, their payloads, the entropy-coded scans, the trailer."""

from __future__ import annotations

import re

from photosafe_desktop.core.metadata.structure import Block, Structure

#: the next marker inside entropy-coded data: 0xFF not followed by a stuffed 0x00, a
#: restart marker or another fill byte
_NEXT_MARKER = re.compile(rb"\xff[^\x00\xd0-\xd7\xff]")

_NAMES = {
    0xC0: "SOF0",
    0xC1: "SOF1",
    0xC2: "SOF2",
    0xC3: "SOF3",
    0xC4: "DHT",
    0xCC: "DAC",
    0xD8: "SOI",
    0xD9: "EOI",
    0xDA: "SOS",
    0xDB: "DQT",
    0xDC: "DNL",
    0xDD: "DRI",
    0xFE: "COM",
}


def marker_name(marker: int) -> str:
    if marker in _NAMES:
        return _NAMES[marker]
    if 0xE0 <= marker <= 0xEF:
        return f"APP{marker - 0xE0}"
    if 0xC5 <= marker <= 0xCF:
        return f"SOF{marker - 0xC0}"
    if 0xD0 <= marker <= 0xD7:
        return f"RST{marker - 0xD0}"
    return f"0x{marker:02X}"


def parse(data: bytes) -> Structure:
    """Segments from SOI to EOI; ``SCAN`` blocks hold entropy-coded data."""
    size = len(data)
    blocks: list[Block] = []
    if not data.startswith(b"\xff\xd8"):
        return Structure("jpeg", (), 0, size, False)
    blocks.append(Block("SOI", 2, b""))
    pos = 2
    while True:
        # skip fill bytes before a marker
        while pos < size and data[pos] == 0xFF and pos + 1 < size and data[pos + 1] == 0xFF:
            pos += 1
        if pos + 1 >= size or data[pos] != 0xFF:
            return Structure("jpeg", tuple(blocks), pos, size, False)
        marker = data[pos + 1]
        pos += 2
        if marker == 0xD9:
            blocks.append(Block("EOI", pos, b""))
            return Structure("jpeg", tuple(blocks), pos, size, True)
        if marker == 0x01 or 0xD0 <= marker <= 0xD7:
            blocks.append(Block(marker_name(marker), pos, b""))
            continue
        if pos + 2 > size:
            return Structure("jpeg", tuple(blocks), pos, size, False)
        length = int.from_bytes(data[pos : pos + 2], "big")
        if length < 2 or pos + length > size:
            return Structure("jpeg", tuple(blocks), pos, size, False)
        blocks.append(Block(marker_name(marker), pos + 2, data[pos + 2 : pos + length]))
        pos += length
        if marker == 0xDA:
            match = _NEXT_MARKER.search(data, pos)
            if match is None:
                blocks.append(Block("SCAN", pos, b""))
                return Structure("jpeg", tuple(blocks), size, size, False)
            # the scan's bytes are not copied: only where it is and how long
            blocks.append(Block("SCAN", pos, b""))
            pos = match.start()


#: (segment, identifier at the start of its payload, kind), checked in order
_APP_KINDS: tuple[tuple[str, bytes, str], ...] = (
    ("APP0", b"JFIF\x00", "jfif"),
    ("APP0", b"JFXX\x00", "jfxx"),  # JFIF extension: a thumbnail
    ("APP1", b"Exif\x00", "exif"),
    ("APP1", b"http://ns.adobe.com/xap/1.0/\x00", "xmp"),
    ("APP1", b"http://ns.adobe.com/xmp/extension/\x00", "xmp_extended"),
    ("APP2", b"ICC_PROFILE\x00", "icc"),
    ("APP2", b"MPF\x00", "mpf"),
    ("APP2", b"FPXR\x00", "flashpix"),
    ("APP11", b"JP", "jumbf"),
    ("APP13", b"Photoshop 3.0\x00", "photoshop"),
    ("APP14", b"Adobe", "adobe"),
)


def app_kind(block: Block) -> str:
    """What an APPn segment holds, from its identifier (``exif``, ``xmp``, ``icc`` ...)."""
    for name, prefix, kind in _APP_KINDS:
        if block.name == name and block.data.startswith(prefix):
            return kind
    return "other"
