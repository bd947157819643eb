"""RIFF chunks of a WebP file: fourcc, little-endian size, data padded to an even length."""

from __future__ import annotations

from photosafe_desktop.core.metadata.structure import Block, Structure

#: VP8X flag bits
VP8X_ICC = 0x20
VP8X_ALPHA = 0x10
VP8X_EXIF = 0x08
VP8X_XMP = 0x04
VP8X_ANIMATION = 0x02


def parse(data: bytes) -> Structure:
    size = len(data)
    if not (data.startswith(b"RIFF") and data[8:12] == b"WEBP"):
        return Structure("riff", (), 0, size, False)
    riff_end = 8 + int.from_bytes(data[4:8], "little")
    complete = riff_end <= size
    end = min(riff_end, size)
    blocks: list[Block] = []
    pos = 12
    while pos + 8 <= end:
        kind = data[pos : pos + 4].decode("latin-1")
        length = int.from_bytes(data[pos + 4 : pos + 8], "little")
        start = pos + 8
        if start + length > end:
            return Structure("riff", tuple(blocks), pos, size, False)
        keep = kind not in ("VP8 ", "VP8L", "ALPH", "ANMF")
        blocks.append(Block(kind, start, data[start : start + length] if keep else b""))
        pos = start + length + (length & 1)
    if pos < end:  # a few stray bytes inside the RIFF
        complete = False
    return Structure("riff", tuple(blocks), riff_end if complete else end, size, complete)
