"""PyInstaller runtime hook: mediapipe's vision package imports matplotlib for its drawing
helpers, which PhotoSafe never uses. The bundle leaves matplotlib out (tens of MB); this
stands in for it so the import succeeds. Any real use would fail loudly."""

import sys
import types

try:
    import matplotlib  # noqa: F401
except ImportError:
    _mpl = types.ModuleType("matplotlib")
    _pyplot = types.ModuleType("matplotlib.pyplot")
    _mpl.pyplot = _pyplot  # type: ignore[attr-defined]
    sys.modules["matplotlib"] = _mpl
    sys.modules["matplotlib.pyplot"] = _pyplot
