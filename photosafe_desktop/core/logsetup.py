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

#: endings of bare domain names redacted even without a scheme or path ("facebook.com")
_TLDS = (
    "com|net|org|be|eu|nl|fr|de|lu|uk|io|info|app|me|tv|ly|gl|co|us|ca|ch|at|es|it|pl|"
    "biz|xyz|online|site|social|gg|to|ru|cn|jp|br|in|au|cc|ai|dev|link|page|photo|pics"
)

_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # e-mail addresses, also without a dot in the domain (user@localhost)
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*"), "<email>"),
    (re.compile(r"\b[a-z][a-z0-9+.-]*://\S+", re.IGNORECASE), "<url>"),
    (re.compile(r"\bwww\.\S+", re.IGNORECASE), "<url>"),
    # paths: POSIX (two or more separators), Windows, network shares (\\server\share, the
    # name of a school or a family NAS). Folder and file names may hold spaces and quotes
    # (names of children: "Kamp Lotte/Sam's feest.jpg"), so a quoted path runs to the
    # line's last such quote and an unquoted one to the end of the line: better a shorter log line
    # than half a name.
    (re.compile(r"(['\"])(?:~|\.{1,2}|[A-Za-z]:|\\\\)?[/\\][^\n]*?[/\\][^\n]*\1"), "<path>"),
    (re.compile(r"\\\\[^\s\\/]+\\[^\n]*"), "<path>"),
    (re.compile(r"[A-Za-z]:\\[^\n]*"), "<path>"),
    (re.compile(r"(?:~|\.{1,2})?/[^/\n]+/[^\n]*"), "<path>"),
    # addresses without a scheme: facebook.com/groups/..., instagram.com, tiktok.com/@x
    (re.compile(r"\b(?:[a-z0-9-]+\.)+[a-z]{2,24}/\S*", re.IGNORECASE), "<url>"),
    (re.compile(rf"\b(?:[a-z0-9-]+\.)+(?:{_TLDS})\b(?![.\w])", re.IGNORECASE), "<url>"),
    # phone numbers: +32 470 12 34 56, 0032 3 123 45 67, 0470/12.34.56, 03 123 45 67
    (re.compile(r"(?<![\w+])(?:\+|00)\d[\d ./()-]{6,}\d(?!\w)"), "<phone>"),
    (re.compile(r"(?<![\w.,/:-])0\d{1,3}(?:[ ./-]?\d{2,3}){3,4}(?![\w-])"), "<phone>"),
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
    """Replace e-mail addresses, URLs, paths, shares, phone numbers and file names."""

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
