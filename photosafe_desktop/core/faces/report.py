"""What a face transform did to one photo: plain, typed data between the layers.

One vocabulary in the code (``faces_hidden``); :meth:`FaceReport.to_json` keeps the stable
keys of ``photosafe sanitize --json`` (``faces_obscured`` ...).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from photosafe_desktop.core.faces.regions import Region


@dataclass(frozen=True)
class FaceReport:
    effect: str = "none"  # solid/pixelate/blur/sticker, "none" (only detected) or "regions"
    faces_found: int = 0  # sure faces found in the photo
    faces_hidden: int = 0  # hidden: those + any found on verification
    found_on_verification: int = 0  # faces that stood out once others were hidden
    verified: bool = False  # the output was scanned again
    check: tuple[Region, ...] = ()  # candidates the user confirms (not hidden)
    unobscured: tuple[Region, ...] = ()  # sure faces still found afterwards (should be none)
    # text lines (name tags, shirts, signs), when the transform looked for them
    text_checked: bool = False
    texts_found: int = 0
    texts_hidden: int = 0
    texts: tuple[Region, ...] = ()
    text_verified: bool = False
    texts_found_on_verification: int = 0
    texts_unobscured: tuple[Region, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The stable ``"transform"`` object of ``photosafe sanitize --json``."""
        return {
            "effect": self.effect,
            "faces_obscured": self.faces_hidden,
            "faces_found": self.faces_found,
            "check": [region.face_dict() for region in self.check],
            "found_on_verification": self.found_on_verification,
            "verified": self.verified,
            "unobscured": [region.face_dict() for region in self.unobscured],
            **self._text_json(),
        }

    def _text_json(self) -> dict[str, Any]:
        if not self.text_checked:
            return {}
        data: dict[str, Any] = {
            "texts_found": self.texts_found,
            "texts_obscured": self.texts_hidden,
            "texts": [region.text_dict() for region in self.texts],
        }
        if self.text_verified:
            data["texts_found_on_verification"] = self.texts_found_on_verification
            data["texts_unobscured"] = [region.text_dict() for region in self.texts_unobscured]
        return data


__all__ = ["FaceReport"]
