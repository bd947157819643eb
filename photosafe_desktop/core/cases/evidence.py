"""Evidence for a case: the URL, the UTC time, an optional screenshot with its SHA-256.

Screenshots are copied byte for byte (never edited) into the user data folder and their
SHA-256 recorded, so a police officer or lawyer can check they were not changed. For child
sexual abuse material nothing is kept at all, and for intimate images of minors no
screenshot: the safety rules forbid copies.
"""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from photosafe_desktop.core import paths
from photosafe_desktop.core.cases.model import Case, Category
from photosafe_desktop.core.errors import PhotoSafeError
from photosafe_desktop.core.files import write_atomically
from photosafe_desktop.core.i18n import QT_TRANSLATE_NOOP
from photosafe_desktop.core.requests.safeguards import screenshots_allowed

MAX_SCREENSHOT_BYTES = 100 * 1024 * 1024
_ALLOWED_SUFFIXES = {
    ".png",
    ".jpg",
    ".jpeg",
    ".webp",
    ".gif",
    ".bmp",
    ".tif",
    ".tiff",
    ".heic",
    ".pdf",
}


class EvidenceRefused(PhotoSafeError):
    """The safety rules forbid keeping this evidence."""


class EvidenceError(PhotoSafeError):
    """The screenshot could not be kept (missing, too large, disk full...)."""


@dataclass(frozen=True)
class Evidence:
    id: str
    case_id: str
    url: str
    captured_at: datetime  # UTC
    file: str  # file name inside the case's evidence folder, "" when no screenshot
    sha256: str
    note: str

    def path(self) -> Path | None:
        return evidence_dir(self.case_id) / self.file if self.file else None


def evidence_root() -> Path:
    return paths.data_dir() / "evidence"


def evidence_dir(case_id: str) -> Path:
    if not case_id or not all(ch.isalnum() or ch in "-_" for ch in case_id):
        raise ValueError("invalid case id")
    return evidence_root() / case_id


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def check_evidence_allowed(case: Case, with_screenshot: bool) -> None:
    """Raise :class:`EvidenceRefused` when the safety rules forbid this evidence."""
    if case.category is Category.CSAM:
        raise EvidenceRefused(
            "csam_no_evidence",
            QT_TRANSLATE_NOOP(
                "Errors",
                "For a sexual image of a child, PhotoSafe keeps the web address only. Do not "
                "download, screenshot or save the image: report the address to Child Focus.",
            ),
        )
    if with_screenshot and not screenshots_allowed(case):
        raise EvidenceRefused(
            "minor_no_screenshot",
            QT_TRANSLATE_NOOP(
                "Errors",
                "The image shows someone under 18: do not keep a screenshot of it. PhotoSafe "
                "keeps the web address, the date and time instead.",
            ),
        )


def keep_screenshot(case: Case, source: Path) -> tuple[str, str]:
    """Copy ``source`` unchanged into the case's evidence folder: (file name, SHA-256)."""
    check_evidence_allowed(case, with_screenshot=True)
    source = Path(source)
    try:
        size = source.stat().st_size
    except OSError as exc:
        raise EvidenceError(
            "screenshot_missing", QT_TRANSLATE_NOOP("Errors", "The screenshot file cannot be read.")
        ) from exc
    if size == 0 or size > MAX_SCREENSHOT_BYTES:
        raise EvidenceError(
            "screenshot_size",
            QT_TRANSLATE_NOOP(
                "Errors", "The screenshot file is empty or too large ({limit} MB at most)."
            ),
            limit=MAX_SCREENSHOT_BYTES // (1024 * 1024),
        )
    suffix = source.suffix.lower() if source.suffix.lower() in _ALLOWED_SUFFIXES else ".bin"
    digest = sha256_file(source)
    folder = evidence_dir(case.id)
    folder.mkdir(parents=True, exist_ok=True)
    name = f"{digest}{suffix}"
    target = folder / name
    if not target.exists():

        def copy(out: BinaryIO) -> None:
            with source.open("rb") as src:
                shutil.copyfileobj(src, out)

        def unchanged(tmp: Path) -> None:
            if sha256_file(tmp) != digest:
                raise EvidenceError(
                    "screenshot_changed",
                    QT_TRANSLATE_NOOP(
                        "Errors", "The screenshot changed while it was being copied."
                    ),
                )

        try:
            write_atomically(copy, target, check=unchanged)
        except OSError as exc:
            raise EvidenceError(
                "screenshot_copy",
                QT_TRANSLATE_NOOP("Errors", "The screenshot could not be kept: {reason}"),
                reason=exc.strerror or type(exc).__name__,
            ) from exc
    return name, digest


def verify(evidence: Evidence) -> bool:
    """Whether the kept screenshot still has the recorded SHA-256."""
    path = evidence.path()
    if path is None:
        return True
    try:
        return sha256_file(path) == evidence.sha256
    except OSError:
        return False


__all__ = [
    "Evidence",
    "EvidenceError",
    "EvidenceRefused",
    "check_evidence_allowed",
    "evidence_dir",
    "keep_screenshot",
    "sha256_file",
    "verify",
]
