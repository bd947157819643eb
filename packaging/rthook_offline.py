"""PyInstaller runtime hook: runs before any module of the frozen app, so onnxruntime and
mediapipe load with their telemetry switched off in the app, the CLI and every worker
process (they inherit the environment). Same settings as
``photosafe_desktop/core/offline.py`` (which the entry points import first as well)."""

import os

os.environ["ORT_DISABLE_TELEMETRY"] = "1"
os.environ["DO_NOT_TRACK"] = "1"
