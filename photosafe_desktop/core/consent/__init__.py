"""Consent register and consent forms of a group (Qt-free)."""
