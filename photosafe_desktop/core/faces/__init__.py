"""Find faces (including small ones in group photos) and hide them for good.

Public API (no Qt; plain data in and out):

- :func:`detect_faces` ``(image, config=DEFAULT_CONFIG) -> Detection`` with ``.width``,
  ``.height``, ``.regions`` (best first), ``.sure`` and ``.check``.
- :class:`Region` (immutable dataclass; ``replace()``, ``to_dict()``/``from_dict()``),
  :class:`Tier`, :class:`Shape`, :class:`Effect`, :class:`Source`, :class:`Kind` (``face`` or
  ``text``: text lines come from :mod:`photosafe_desktop.core.text`).
- :func:`obscure` ``(image, regions, *, effect=None) -> Image`` at full resolution.
- :func:`verify_obscured` ``(image, regions) -> list[Region]``: faces still visible.
- :func:`make_obscure_transform` ``(effect="solid", ...)``: the hook for
  ``sanitise(..., transform=...)``.
- :class:`ModelError` when a bundled model is missing or altered.

Importing this package is cheap: models load on first use (once, thread-safe).
"""

from __future__ import annotations

from photosafe_desktop.core.faces.detect import (
    DEFAULT_CONFIG,
    DetectConfig,
    Detection,
    detect_faces,
)
from photosafe_desktop.core.faces.models import ModelError
from photosafe_desktop.core.faces.obscure import (
    ObscureTransform,
    block_size,
    make_obscure_transform,
    obscure,
    verify_obscured,
)
from photosafe_desktop.core.faces.regions import (
    DEFAULT_PADDING,
    TEXT_PADDING,
    Effect,
    Kind,
    Region,
    Shape,
    Source,
    Tier,
)

__all__ = [
    "DEFAULT_CONFIG",
    "DEFAULT_PADDING",
    "TEXT_PADDING",
    "DetectConfig",
    "Detection",
    "Effect",
    "Kind",
    "ModelError",
    "ObscureTransform",
    "Region",
    "Shape",
    "Source",
    "Tier",
    "block_size",
    "detect_faces",
    "make_obscure_transform",
    "obscure",
    "verify_obscured",
]
