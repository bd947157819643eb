"""Nothing leaves the computer: switch off the native libraries' own network channels.

Import this module before anything imports onnxruntime or mediapipe (the CLI, the app and
the frozen build's runtime hook do so first). It only sets environment variables, so
worker processes (``spawn``, ``forkserver``) inherit the same settings.

What it switches off, found with ``strace -f -e trace=network`` (see
``tests/test_offline.py``, which fails on any socket or DNS attempt):

- onnxruntime >= 1.2x uploads usage events to ``mobile.events.data.microsoft.com`` and
  keeps a device id under ``~/.cache/Microsoft/DeveloperTools/.onnxruntime/``:
  ``ORT_DISABLE_TELEMETRY=1`` before the library loads, plus
  ``onnxruntime.disable_telemetry_events()`` once it is imported (:func:`quiet_onnxruntime`).
- mediapipe >= 0.10.35 (1.x) sends usage logs to ``play.googleapis.com`` from its native
  library, with no switch: ``pyproject.toml`` pins mediapipe below that version.
- matplotlib (imported by mediapipe's drawing helpers when run from source) writes a font
  cache into ``~/.cache/matplotlib``: it goes into PhotoSafe's own cache folder instead.
"""

from __future__ import annotations

import os
import sys
from typing import Any

#: set before the libraries load, always (a user's own setting cannot switch them on)
OFFLINE_ENVIRONMENT: dict[str, str] = {
    "ORT_DISABLE_TELEMETRY": "1",
    "DO_NOT_TRACK": "1",
}


def enforce_offline() -> None:
    """Set :data:`OFFLINE_ENVIRONMENT` (idempotent; cheap; safe in any process)."""
    os.environ.update(OFFLINE_ENVIRONMENT)
    onnxruntime = sys.modules.get("onnxruntime")
    if onnxruntime is not None:  # loaded before us (a test, an embedding program)
        quiet_onnxruntime(onnxruntime)


def before_native_libraries() -> None:
    """Call right before importing onnxruntime or mediapipe (the face engine does)."""
    enforce_offline()
    if "MPLCONFIGDIR" not in os.environ:
        try:
            from photosafe_desktop.core.paths import cache_dir

            os.environ["MPLCONFIGDIR"] = str(cache_dir() / "matplotlib")
        except OSError:
            pass  # a read-only home: matplotlib then uses a temporary folder


def quiet_onnxruntime(module: Any) -> None:
    """Switch off onnxruntime's telemetry events through its API as well."""
    disable = getattr(module, "disable_telemetry_events", None)
    if disable is not None:
        try:
            disable()
        except Exception:  # noqa: BLE001 - older builds without telemetry
            pass


enforce_offline()

__all__ = [
    "OFFLINE_ENVIRONMENT",
    "before_native_libraries",
    "enforce_offline",
    "quiet_onnxruntime",
]
