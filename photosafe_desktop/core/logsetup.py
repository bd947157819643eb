"""Logging to a rotating file in the user's log folder, scrubbed of personal data.

Code must not log file names of photos, URLs of cases or e-mail addresses in the first
place; the :class:`RedactingFilter` is the safety net that removes them if one slips in.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

from photosafe_desktop.core import paths

LOG_FILE_NAME = "photosafe.log"

_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+"), "<email>"),
    (re.compile(r"\b[a-z][a-z0-9+.-]*://\S+", re.IGNORECASE), "<url>"),
    (re.compile(r"\bwww\.\S+", re.IGNORECASE), "<url>"),
    # Windows and POSIX paths (anything with two or more separators)
    (re.compile(r"[A-Za-z]:\\[^\s'\"]+"), "<path>"),
    (re.compile(r"(?:~|\.{1,2})?/(?:[^\s/'\"]+/)+[^\s/'\"]*"), "<path>"),
    # bare file names of images and documents
    (
        re.compile(
            r"[^\s/\\'\"]+\.(?:jpe?g|png|heic|heif|webp|tiff?|gif|bmp|avif|eml|pdf|ics)\b",
            re.IGNORECASE,
        ),
        "<file>",
    ),
]


def redact(text: str) -> str:
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    """Replace e-mail addresses, URLs, paths and file names in every record."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            message = str(record.msg)
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


def setup_logging(level: int = logging.INFO, directory: Path | None = None) -> Path:
    """Log the ``photosafe_desktop`` logger tree to a rotating file; returns its path."""
    log_dir = directory if directory is not None else paths.log_dir()
    log_dir.mkdir(parents=True, exist_ok=True)
    log_path = log_dir / LOG_FILE_NAME
    logger = logging.getLogger("photosafe_desktop")
    for handler in list(logger.handlers):
        if getattr(handler, "_photosafe", False):
            logger.removeHandler(handler)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(
        log_path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler._photosafe = True  # type: ignore[attr-defined]
    handler.addFilter(RedactingFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
    return log_path
