"""PyInstaller runtime hook: mediapipe's vision package imports its drawing helpers
(``drawing_utils``, ``drawing_styles``) on import, and those import OpenCV and matplotlib.
PhotoSafe never draws with mediapipe, and the bundle leaves both libraries out (OpenCV alone
is ~150 MB; the face engine runs without it). Stand-ins take the place of the two helper
modules so ``mediapipe.tasks.python.vision`` imports; any real use of them fails loudly.

The tests run the face engine the same way from source (``tests/core/faces``), with OpenCV
blocked and this file executed first.
"""

import importlib.abc
import importlib.machinery
import sys

_STUBBED = (
    "mediapipe.tasks.python.vision.drawing_utils",
    "mediapipe.tasks.python.vision.drawing_styles",
)


class _StubLoader(importlib.abc.Loader):
    def create_module(self, spec):
        return None  # the default module object

    def exec_module(self, module):
        name = module.__name__

        def __getattr__(attribute):
            if attribute.startswith("__"):
                raise AttributeError(attribute)
            raise ImportError(f"{name}.{attribute} is not part of PhotoSafe (no OpenCV)")

        module.__getattr__ = __getattr__


class _StubFinder(importlib.abc.MetaPathFinder):
    photosafe_drawing_stub = True

    def find_spec(self, fullname, path=None, target=None):
        if fullname in _STUBBED:
            return importlib.machinery.ModuleSpec(fullname, _StubLoader())
        return None


if not any(getattr(finder, "photosafe_drawing_stub", False) for finder in sys.meta_path):
    sys.meta_path.insert(0, _StubFinder())
