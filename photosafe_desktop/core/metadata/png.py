"""PNG chunks (ISO/IEC 15948): length, type, data, CRC; the trailer after IEND."""

from __future__ import annotations

from photosafe_desktop.core.metadata.structure import Block, Structure

SIGNATURE = b"\x89PNG\r\n\x1a\n"


def parse(data: bytes) -> Structure:
    size = len(data)
    if not data.startswith(SIGNATURE):
        return Structure("png", (), 0, size, False)
    blocks: list[Block] = []
    pos = len(SIGNATURE)
    while pos + 8 <= size:
        length = int.from_bytes(data[pos : pos + 4], "big")
        kind = data[pos + 4 : pos + 8].decode("latin-1")
        start = pos + 8
        if start + length + 4 > size:
            return Structure("png", tuple(blocks), pos, size, False)
        payload = b"" if kind == "IDAT" else data[start : start + length]
        blocks.append(Block(kind, start, payload))
        pos = start + length + 4
        if kind == "IEND":
            return Structure("png", tuple(blocks), pos, size, True)
    return Structure("png", tuple(blocks), pos, size, False)
