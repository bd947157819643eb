"""PyInstaller runtime hook: mediapipe's vision package imports its drawing helpers
(``drawing_utils``, ``drawing_styles``) on import, and those import OpenCV and matplotlib,
which the bundle leaves out (OpenCV alone is ~150 MB; the face engine runs without it).
Stand-ins take the place of the two helper modules (``photosafe_desktop/core/mediapipe_lite.py``,
which the face engine also installs itself before it imports mediapipe, from source too).
"""

from photosafe_desktop.core.mediapipe_lite import install

install()
