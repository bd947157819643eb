"""mediapipe without its drawing helpers, from source and in the app bundle alike.

mediapipe's vision package imports ``drawing_utils`` and ``drawing_styles`` on import, and
those import OpenCV and matplotlib: about half a second in every face worker that starts
(measured 2026-12-03: ``python -X importtime``, matplotlib.pyplot 0.42 s of mediapipe's
0.56 s), for helpers PhotoSafe never calls. The bundle leaves both libraries out.
:func:`install` puts stand-ins in the place of the two helper modules, so
``mediapipe.tasks.python.vision`` imports without them; any real use of them fails loudly.
Called before mediapipe is first imported (``core/faces/models.py``) and, in the bundle, by
the runtime hook ``packaging/rthook_mediapipe_no_drawing.py``.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
import types
from collections.abc import Sequence

STUBBED = (
    "mediapipe.tasks.python.vision.drawing_utils",
    "mediapipe.tasks.python.vision.drawing_styles",
)


class _StubLoader(importlib.abc.Loader):
    def create_module(self, spec: importlib.machinery.ModuleSpec) -> None:
        return None  # the default module object

    def exec_module(self, module: types.ModuleType) -> None:
        name = module.__name__

        def __getattr__(attribute: str) -> object:
            if attribute.startswith("__"):
                raise AttributeError(attribute)
            raise ImportError(f"{name}.{attribute} is not part of PhotoSafe (no drawing)")

        module.__getattr__ = __getattr__  # type: ignore[method-assign]


class _StubFinder(importlib.abc.MetaPathFinder):
    photosafe_drawing_stub = True

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None = None,
        target: types.ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname in STUBBED:
            return importlib.machinery.ModuleSpec(fullname, _StubLoader())
        return None


def install() -> None:
    """Put the stand-ins in place (once; before mediapipe's vision package is imported)."""
    if not any(getattr(finder, "photosafe_drawing_stub", False) for finder in sys.meta_path):
        sys.meta_path.insert(0, _StubFinder())


__all__ = ["STUBBED", "install"]
