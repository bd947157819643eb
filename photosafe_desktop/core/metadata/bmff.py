"""ISO base media file format boxes (HEIC, HEIF, AVIF): size, type, children, trailer."""

from __future__ import annotations

from photosafe_desktop.core.metadata.structure import Block, Structure

#: boxes whose payload is made of boxes, and how many header bytes come first
_CONTAINERS = {
    "moov": 0,
    "trak": 0,
    "mdia": 0,
    "minf": 0,
    "dinf": 0,
    "stbl": 0,
    "udta": 0,
    "iprp": 0,
    "ipco": 0,
    "grpl": 0,
    "meta": 4,  # full box: version + flags
    "iref": 4,
}

_MAX_DEPTH = 8


def _boxes(data: bytes, start: int, end: int, depth: int) -> tuple[list[Block], int, bool]:
    blocks: list[Block] = []
    pos = start
    while pos + 8 <= end:
        size = int.from_bytes(data[pos : pos + 4], "big")
        kind = data[pos + 4 : pos + 8].decode("latin-1")
        header = 8
        if size == 1:
            if pos + 16 > end:
                return blocks, pos, False
            size = int.from_bytes(data[pos + 8 : pos + 16], "big")
            header = 16
        elif size == 0:
            size = end - pos
        if size < header or pos + size > end:
            return blocks, pos, False
        payload_start = pos + header
        payload_end = pos + size
        children: tuple[Block, ...] = ()
        payload = b"" if kind == "mdat" else data[payload_start:payload_end]
        if depth < _MAX_DEPTH and kind in _CONTAINERS:
            skip = _CONTAINERS[kind]
            found, _, _ = _boxes(data, payload_start + skip, payload_end, depth + 1)
            children = tuple(found)
        elif depth < _MAX_DEPTH and kind == "iinf":
            children = tuple(_item_infos(data, payload_start, payload_end, depth))
        blocks.append(Block(kind, payload_start, payload, children))
        pos = payload_end
    return blocks, pos, pos == end


def _item_infos(data: bytes, start: int, end: int, depth: int) -> list[Block]:
    if start + 4 > end:
        return []
    version = data[start]
    skip = 4 + (2 if version == 0 else 4)
    found, _, _ = _boxes(data, start + skip, end, depth + 1)
    return found


def item_type(infe: Block) -> str:
    """The item type of an ``infe`` box (``hvc1``, ``Exif``, ``mime`` ...)."""
    payload = infe.data
    if infe.name != "infe" or len(payload) < 4:
        return ""
    version = payload[0]
    if version < 2:
        return ""
    id_size = 2 if version == 2 else 4
    pos = 4 + id_size + 2  # version/flags, item id, protection index
    return payload[pos : pos + 4].decode("latin-1")


def item_content_type(infe: Block) -> str:
    """For ``mime`` items, the content type (XMP is ``application/rdf+xml``)."""
    payload = infe.data
    if item_type(infe) != "mime":
        return ""
    version = payload[0]
    pos = 4 + (2 if version == 2 else 4) + 2 + 4
    name_end = payload.find(b"\x00", pos)
    if name_end < 0:
        return ""
    type_end = payload.find(b"\x00", name_end + 1)
    if type_end < 0:
        type_end = len(payload)
    return payload[name_end + 1 : type_end].decode("latin-1")


def parse(data: bytes) -> Structure:
    size = len(data)
    if not (len(data) >= 12 and data[4:8] == b"ftyp"):
        return Structure("bmff", (), 0, size, False)
    blocks, end, complete = _boxes(data, 0, size, 0)
    return Structure("bmff", tuple(blocks), end, size, complete)
