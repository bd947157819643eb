"""Find text that tells where a child is (name tags, shirts, signs, number plates), read it,
and hide it like faces.

Public API (no Qt; plain data in and out):

- :func:`detect_text` ``(image, config=DEFAULT_TEXT_CONFIG) -> list[TextRegion]``: text lines
  (``x, y, w, h, score, text``) in pixels of the upright photo, largest first.
- :func:`text_region` ``(TextRegion) -> Region``: a region of ``kind="text"`` that
  :func:`~photosafe_desktop.core.faces.obscure.obscure` hides with any effect.
- :func:`verify_text_hidden` ``(image, regions) -> list[TextRegion]``: lines still found.
- :class:`TextModelError` when a bundled text model is missing or altered.

Importing this package is cheap: the models load on first use (once, thread-safe).
"""

from __future__ import annotations

from photosafe_desktop.core.text.detect import (
    DEFAULT_TEXT_CONFIG,
    TextConfig,
    TextRegion,
    detect_text,
)
from photosafe_desktop.core.text.hide import text_region, verify_text_hidden
from photosafe_desktop.core.text.models import TextModelError

__all__ = [
    "DEFAULT_TEXT_CONFIG",
    "TextConfig",
    "TextModelError",
    "TextRegion",
    "detect_text",
    "text_region",
    "verify_text_hidden",
]
