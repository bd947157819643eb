"""Sharing presets: who may be seen where, applied at export (Qt-free)."""
