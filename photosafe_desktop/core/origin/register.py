"""The proof-of-origin register: one row per published copy, kept on this computer only.

Each export adds, per copy: its PDQ perceptual hash and SHA-256, the original's capture
date, the album, the sharing preset and the export date. No image, no file name and no face
is stored. When a photo turns up somewhere else, :meth:`OriginRegister.best_match` finds the
copy it came from (exact by SHA-256, or close by PDQ distance: re-compressed, resized,
lightly cropped through the copy's crop windows, see :mod:`.pdq`), which is the group's
proof that the photo is its own.

SQLite in the app's data folder (folder 0700, file 0600), schema migrations on
``PRAGMA user_version``; :meth:`OriginRegister.clear` empties it in one action (rows
overwritten with ``secure_delete``, file compacted).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from PIL import Image

from photosafe_desktop.core.errors import PhotoSafeError
from photosafe_desktop.core.i18n import QT_TRANSLATE_NOOP
from photosafe_desktop.core.origin.pdq import (
    MATCH_THRESHOLD,
    QUERY_MARGINS,
    REGISTER_MARGINS,
    PdqHash,
    closest_windows,
    hamming,
    open_for_hash,
    pdq_of_image,
    sha256_of_file,
    window_hashes,
)
from photosafe_desktop.core.private_files import make_private, private_dir
from photosafe_desktop.core.sqlite_file import SqliteFile

DB_NAME = "origin.sqlite3"

_V1 = """
CREATE TABLE copies (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    pdq BLOB NOT NULL,
    quality INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    captured TEXT,
    album TEXT NOT NULL DEFAULT '',
    preset TEXT NOT NULL DEFAULT '',
    exported TEXT NOT NULL
);
CREATE INDEX copies_sha256 ON copies(sha256)
"""

# v2: the PDQ hashes of the copy's crop windows (pdq.REGISTER_MARGINS), concatenated
_V2 = "ALTER TABLE copies ADD COLUMN windows BLOB NOT NULL DEFAULT x''"

#: MIGRATIONS[n] brings a register from user_version n to n + 1
MIGRATIONS: tuple[tuple[str, ...], ...] = ((_V1,), (_V2,))
SCHEMA_VERSION = len(MIGRATIONS)


class OriginError(PhotoSafeError):
    """The register cannot be used (damaged, from a newer PhotoSafe, disk full)."""


@dataclass(frozen=True)
class CopyRecord:
    """One published copy as registered (no image, no name)."""

    pdq: PdqHash
    sha256: str
    captured: datetime | None  # when the original was taken (from its metadata), if known
    album: str
    preset: str
    exported: datetime
    windows: bytes = b""  # PDQ hashes of crop windows (pdq.window_hashes); empty before v2


@dataclass(frozen=True)
class OriginMatch:
    record: CopyRecord
    distance: int  # PDQ bits that differ (0..256); 0 for a byte-identical copy
    exact: bool  # the same file, byte for byte
    cropped: bool = False  # found through a crop window (the found copy was trimmed)

    def to_json(self) -> dict[str, object]:
        return {
            "match": True,
            "distance": self.distance,
            "exact": self.exact,
            "cropped": self.cropped,
            "album": self.record.album,
            "preset": self.record.preset,
            "exported": _iso(self.record.exported),
            "captured": _iso(self.record.captured),
        }


def _iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        return value.isoformat(timespec="seconds")
    return value.astimezone(timezone.utc).isoformat(timespec="seconds")


def _dt(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def capture_date(path: Path) -> datetime | None:
    """When the original was taken, from its EXIF (local camera time, no zone), if present."""
    try:
        with Image.open(path) as image:
            exif = image.getexif()
            text = exif.get_ifd(0x8769).get(0x9003) or exif.get(0x0132)
    except (OSError, ValueError, SyntaxError):
        return None
    if isinstance(text, bytes):
        text = text.decode("ascii", "replace")
    if not isinstance(text, str):
        return None
    try:
        return datetime.strptime(text.strip().rstrip("\x00")[:19], "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None


class OriginRegister(SqliteFile):
    """The register. Safe to share between threads (one connection behind a lock)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else private_dir("origin") / DB_NAME
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        if not self.path.exists():
            self.path.touch(mode=0o600)
        make_private(self.path)
        try:
            self._conn = sqlite3.connect(
                self.path, isolation_level=None, check_same_thread=False, timeout=10.0
            )
            self._conn.execute("PRAGMA busy_timeout = 10000")
            self._conn.execute("PRAGMA synchronous = FULL")
            self._conn.execute("PRAGMA secure_delete = ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            conn = getattr(self, "_conn", None)
            if conn is not None:
                conn.close()
            raise _friendly(exc) from exc

    @staticmethod
    def _friendly(exc: sqlite3.DatabaseError) -> OriginError:
        return _friendly(exc)

    def _migrate(self) -> None:
        self._migrate_schema(
            MIGRATIONS,
            lambda: OriginError(
                "origin_newer",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The register of published photos was written by a newer version of "
                    "PhotoSafe. Update PhotoSafe to open it.",
                ),
            ),
        )

    # -- writing ------------------------------------------------------------------------

    def add(self, records: Iterable[CopyRecord]) -> int:
        rows = [
            (
                r.pdq.bits,
                r.pdq.quality,
                r.sha256,
                _iso(r.captured),
                r.album,
                r.preset,
                _iso(r.exported),
                r.windows,
            )
            for r in records
        ]
        with self._transaction() as conn:
            conn.executemany(
                "INSERT INTO copies "
                "(pdq, quality, sha256, captured, album, preset, exported, windows) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
        return len(rows)

    def record_copy(
        self,
        output: Path,
        *,
        original: Path | None,
        album: str,
        preset: str,
        exported: datetime | None = None,
    ) -> CopyRecord:
        """Hash the published copy ``output`` and register it (``original`` gives the date)."""
        image = open_for_hash(output)
        record = CopyRecord(
            pdq=pdq_of_image(image),
            sha256=sha256_of_file(output),
            captured=capture_date(original) if original is not None else None,
            album=album,
            preset=preset,
            exported=exported or datetime.now(timezone.utc),
            windows=window_hashes(image, REGISTER_MARGINS),
        )
        self.add([record])
        return record

    def clear(self) -> int:
        """Remove every row in one action; returns how many there were."""
        with self._transaction() as conn:
            count = int(conn.execute("SELECT COUNT(*) FROM copies").fetchone()[0])
            conn.execute("DELETE FROM copies")
        with self._lock:
            self._conn.execute("VACUUM")
        return count

    # -- reading ------------------------------------------------------------------------

    def count(self) -> int:
        with self._lock:
            return int(self._conn.execute("SELECT COUNT(*) FROM copies").fetchone()[0])

    def records(self) -> list[CopyRecord]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT pdq, quality, sha256, captured, album, preset, exported, windows "
                "FROM copies "
                "ORDER BY id"
            ).fetchall()
        return [_record(row) for row in rows]

    def best_match(
        self,
        pdq: PdqHash,
        sha256: str = "",
        *,
        threshold: int = MATCH_THRESHOLD,
        windows: bytes = b"",
    ) -> OriginMatch | None:
        """The registered copy closest to ``pdq`` within ``threshold`` bits, or None.

        A byte-identical copy (same SHA-256) always wins with distance 0. Among equally
        close copies the most recent export is returned. When no whole picture is close,
        ``windows`` (the found copy's own trimmed windows, ``pdq.QUERY_MARGINS``) are
        compared with each copy's crop windows: a lightly cropped copy is found there.
        """
        best: OriginMatch | None = None
        records = self.records()
        for record in records:
            if sha256 and record.sha256 == sha256:
                return OriginMatch(record, 0, True)
            distance = hamming(record.pdq.bits, pdq.bits)
            if distance <= threshold and (best is None or distance <= best.distance):
                best = OriginMatch(record, distance, False)
        if best is not None or not windows:
            return best
        for record, distance in zip(
            records, closest_windows(windows, [r.windows for r in records]), strict=True
        ):
            if distance <= threshold and (best is None or distance <= best.distance):
                best = OriginMatch(record, distance, False, cropped=True)
        return best

    def match_file(self, path: Path, *, threshold: int = MATCH_THRESHOLD) -> OriginMatch | None:
        """The best match for the photo at ``path`` (a found copy or screenshot)."""
        image = open_for_hash(path)
        return self.best_match(
            pdq_of_image(image),
            sha256_of_file(path),
            threshold=threshold,
            windows=window_hashes(image, QUERY_MARGINS),
        )


def _record(row: tuple[bytes, int, str, str | None, str, str, str, bytes]) -> CopyRecord:
    pdq, quality, sha256, captured, album, preset, exported, windows = row
    return CopyRecord(
        PdqHash(bytes(pdq), int(quality)),
        sha256,
        _dt(captured),
        album,
        preset,
        _dt(exported) or datetime.fromtimestamp(0, timezone.utc),
        bytes(windows or b""),
    )


def _friendly(exc: sqlite3.DatabaseError) -> OriginError:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return OriginError(
            "origin_locked",
            QT_TRANSLATE_NOOP(
                "Errors",
                "The register of published photos is in use by another PhotoSafe window. "
                "Close it and try again.",
            ),
        )
    if "not a database" in text or "malformed" in text:
        return OriginError(
            "origin_corrupt",
            QT_TRANSLATE_NOOP(
                "Errors", "The register of published photos is damaged and cannot be opened."
            ),
        )
    return OriginError(
        "origin_failed",
        QT_TRANSLATE_NOOP("Errors", "The register of published photos could not be used: {reason}"),
        reason=str(exc),
    )


__all__ = [
    "CopyRecord",
    "OriginError",
    "OriginMatch",
    "OriginRegister",
    "capture_date",
]
