"""The metadata engine: find what a photo gives away, and write a copy without it.

- :func:`inspect` -> :class:`InspectReport` of :class:`Finding` (grouped by :class:`Risk`)
- :func:`sanitise` -> :class:`SanitiseResult` (decode, upright, sRGB, rebuild, write, verify)
- :func:`verify` -> :class:`VerificationResult` (independent re-read against an allow-list)
"""

from __future__ import annotations

from photosafe_desktop.core.metadata.inspect import (
    FINDINGS,
    Finding,
    InspectReport,
    Risk,
    Severity,
    inspect,
)
from photosafe_desktop.core.metadata.sanitise import (
    OUTPUT_FORMATS,
    Note,
    SanitiseOptions,
    SanitiseResult,
    Transform,
    neutral_name,
    sanitise,
)
from photosafe_desktop.core.metadata.verify import (
    VerificationError,
    VerificationResult,
    verify,
    verify_bytes,
)

__all__ = [
    "FINDINGS",
    "OUTPUT_FORMATS",
    "Finding",
    "InspectReport",
    "Note",
    "Risk",
    "SanitiseOptions",
    "SanitiseResult",
    "Severity",
    "Transform",
    "VerificationError",
    "VerificationResult",
    "inspect",
    "neutral_name",
    "sanitise",
    "verify",
    "verify_bytes",
]
