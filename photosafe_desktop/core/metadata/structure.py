"""The plain result of every container parser: blocks, their offsets, and the logical end.

Kept apart from :mod:`~photosafe_desktop.core.metadata.containers` (which picks the parser)
so the parsers (jpeg, png, riff, bmff) import this module and nothing imports them back.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Block:
    """One segment / chunk / box: its name, where its payload starts and the payload."""

    name: str
    offset: int  # of the payload in the file
    data: bytes = field(repr=False)
    children: tuple[Block, ...] = ()

    @property
    def length(self) -> int:
        return len(self.data)


@dataclass(frozen=True)
class Structure:
    """What a parser found: the container, its blocks, and bytes after the logical end."""

    container: str  # "jpeg", "png", "riff", "bmff", "gif", "tiff", "bmp" or "unknown"
    blocks: tuple[Block, ...]
    end: int  # offset just after the last byte that belongs to the image
    size: int  # file size
    complete: bool  # False when the file stops before its logical end

    @property
    def trailing(self) -> int:
        """Number of bytes after the end of the image (hidden data)."""
        return max(0, self.size - self.end) if self.complete else 0

    def names(self) -> list[str]:
        return [b.name for b in self.blocks]

    def walk(self) -> list[Block]:
        """All blocks, depth first (BMFF boxes have children)."""
        out: list[Block] = []
        stack = list(reversed(self.blocks))
        while stack:
            block = stack.pop()
            out.append(block)
            stack.extend(reversed(block.children))
        return out


def sniff(data: bytes) -> str:
    """The container of ``data`` from its first bytes (never from a file name)."""
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "riff"
    if len(data) >= 12 and data[4:8] == b"ftyp":
        return "bmff"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if data.startswith((b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")):
        return "tiff"
    if data.startswith(b"BM"):
        return "bmp"
    return "unknown"


__all__ = ["Block", "Structure", "sniff"]
