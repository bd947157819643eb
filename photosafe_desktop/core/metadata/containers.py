"""Small, independent parsers for the containers photos come in.

They never decode pixels and never trust a length field: every read is bounds-checked and a
damaged file gives a structure with ``complete=False`` instead of an exception. ``inspect``
uses them to find data Pillow does not show (trailers, Photoshop thumbnails, content
credentials); ``verify`` uses them to check a written file against an allow-list.
"""

from __future__ import annotations

from photosafe_desktop.core.metadata import bmff, jpeg, png, riff
from photosafe_desktop.core.metadata.structure import Block, Structure, sniff


def parse(data: bytes) -> Structure:
    """Parse ``data`` with the parser of its container (unknown containers: one blob)."""
    kind = sniff(data)
    if kind == "jpeg":
        return jpeg.parse(data)
    if kind == "png":
        return png.parse(data)
    if kind == "riff":
        return riff.parse(data)
    if kind == "bmff":
        return bmff.parse(data)
    return Structure(kind, (), len(data), len(data), True)


__all__ = ["Block", "Structure", "parse", "sniff"]
