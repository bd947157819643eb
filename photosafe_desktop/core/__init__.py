"""The Qt-free heart of PhotoSafe: imaging, metadata, faces, removal requests, cases.

Nothing in this package may import PySide6 (a test imports it with PySide6 blocked). The UI
calls into the core; the core never calls the UI. Data that leaves the core is plain:
dataclasses, paths, numbers, strings, Pillow images, numpy arrays.
"""
