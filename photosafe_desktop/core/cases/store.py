"""The case log: cases, their requests, evidence and a log of what happened, in SQLite.

- One file in the user data folder (``cases.sqlite3``); WAL journal, ``synchronous=FULL``
  and one transaction per change, so a killed app loses nothing it reported as saved.
- Schema changes are migrations keyed by ``PRAGMA user_version``, each in one transaction.
- Deleting a case really deletes it: rows (``secure_delete`` zeroes the freed pages), the
  write-ahead log is checkpointed and truncated, and its evidence files are removed.
- CSAM cases keep URLs only (no description, no evidence) and only the hotline report.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import threading
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from photosafe_desktop.core import paths
from photosafe_desktop.core.cases.deadlines import (
    ESCALATED,
    DueDate,
    Status,
    can_change,
    next_due,
)
from photosafe_desktop.core.cases.evidence import (
    Evidence,
    check_evidence_allowed,
    evidence_dir,
    keep_screenshot,
)
from photosafe_desktop.core.cases.model import Case, case_from_dict, case_to_dict, validate_url
from photosafe_desktop.core.cases.purge import PurgeReport, needs_purge, purge_rows
from photosafe_desktop.core.errors import PhotoSafeError
from photosafe_desktop.core.i18n import QT_TRANSLATE_NOOP
from photosafe_desktop.core.private import private_file
from photosafe_desktop.core.requests.letters import DraftRequest, FormField
from photosafe_desktop.core.requests.triage import Ground
from photosafe_desktop.core.sqlite_file import Migration, SqliteFile

DB_NAME = "cases.sqlite3"


class StoreError(PhotoSafeError):
    """The case log cannot be used (locked, corrupt, from a newer PhotoSafe, disk full)."""


# --------------------------------------------------------------------------- migrations

_V1 = """
CREATE TABLE cases (
    id TEXT PRIMARY KEY,
    category TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE TABLE requests (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    recipient TEXT NOT NULL,
    channel TEXT NOT NULL,
    address TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at TEXT NOT NULL,
    sent_at TEXT
);
CREATE INDEX requests_case ON requests(case_id);
"""

_V2 = """
ALTER TABLE requests ADD COLUMN recipient_id TEXT NOT NULL DEFAULT '';
ALTER TABLE requests ADD COLUMN language TEXT NOT NULL DEFAULT 'nl';
ALTER TABLE requests ADD COLUMN urls TEXT NOT NULL DEFAULT '[]';
ALTER TABLE requests ADD COLUMN grounds TEXT NOT NULL DEFAULT '["dsa_notice", "gdpr_erasure"]';
ALTER TABLE requests ADD COLUMN status_at TEXT;
ALTER TABLE requests ADD COLUMN reminders_sent INTEGER NOT NULL DEFAULT 0;
ALTER TABLE requests ADD COLUMN extended INTEGER NOT NULL DEFAULT 0;
CREATE TABLE events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    request_id TEXT,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX events_case ON events(case_id);
CREATE TABLE evidence (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    captured_at TEXT NOT NULL,
    file TEXT NOT NULL DEFAULT '',
    sha256 TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX evidence_case ON evidence(case_id);
"""


def _v2_fill(conn: sqlite3.Connection) -> None:
    """Requests of version 1 did not store their URLs: take the case's."""
    rows = conn.execute(
        "SELECT requests.id, cases.data FROM requests JOIN cases ON cases.id = requests.case_id"
    ).fetchall()
    for request_id, data in rows:
        try:
            urls = json.loads(data).get("urls", [])
        except (ValueError, AttributeError):
            urls = []
        conn.execute("UPDATE requests SET urls = ? WHERE id = ?", (json.dumps(urls), request_id))
    conn.execute("UPDATE requests SET status_at = COALESCE(sent_at, created_at)")


#: version 3: each request keeps its full draft (web-form fields, the directory's notes, who
#: may file), so sending later never re-drafts with today's language or directory
_V3 = """
ALTER TABLE requests ADD COLUMN draft TEXT NOT NULL DEFAULT '{}';
"""

#: MIGRATIONS[n] brings a database from user_version n to n + 1
MIGRATIONS: tuple[tuple[Migration, ...], ...] = (
    (_V1,),
    (_V2, _v2_fill),
    (_V3,),
)
SCHEMA_VERSION = len(MIGRATIONS)


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class RequestRecord:
    """A request as logged; satisfies :class:`~...deadlines.RequestLike`."""

    id: str
    case_id: str
    recipient_id: str
    recipient_name: str
    channel: str
    address_or_url: str
    language: str
    subject: str
    text: str
    urls: tuple[str, ...]
    grounds: frozenset[Ground]
    status: Status
    created_at: datetime
    sent_at: datetime | None
    status_at: datetime | None
    reminders_sent: int
    extended: bool
    fields: tuple[FormField, ...] = ()  # what to paste into a web form, field by field
    notes: tuple[str, ...] = ()  # the directory's notes on this route (English)
    may_file: bool | None = True  # False: the requester may not use this route

    def next_due(self, now: datetime | None = None) -> DueDate | None:
        return next_due(self, now)


@dataclass(frozen=True)
class EvidenceItem:
    """Evidence to keep with a new case (see :meth:`CaseStore.save_case`)."""

    url: str
    captured_at: datetime | None = None
    screenshot: Path | None = None
    note: str = ""


def _draft_json(draft: DraftRequest) -> str:
    return json.dumps(
        {
            "fields": [[f.label, f.value] for f in draft.fields],
            # the untranslated-description warning first, then the route's notes
            "notes": list(draft.warning_texts + draft.recipient.notes),
            "may_file": draft.recipient.may_file,
        }
    )


def _draft_parts(value: str | None) -> tuple[tuple[FormField, ...], tuple[str, ...], bool | None]:
    try:
        data = json.loads(value or "{}")
        fields = tuple(FormField(str(label), str(text)) for label, text in data.get("fields", []))
        notes = tuple(str(n) for n in data.get("notes", []))
        may_file = data.get("may_file", True)
        return fields, notes, may_file if may_file in (True, False, None) else True
    except (ValueError, TypeError, AttributeError):
        return (), (), True


@dataclass(frozen=True)
class LogEvent:
    id: int
    case_id: str
    request_id: str
    at: datetime
    kind: str  # case_created, request_added, sent, send_failed, status, reminder, ...
    detail: str


@dataclass(frozen=True)
class CaseSummary:
    case: Case
    requests: tuple[RequestRecord, ...]
    next_due: DueDate | None
    overdue: bool


@dataclass(frozen=True)
class DueItem:
    case_id: str
    request: RequestRecord
    due: DueDate
    overdue: bool


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _iso(value: datetime | None) -> str | None:
    return value.astimezone(timezone.utc).isoformat() if value is not None else None


def _dt(value: str | None) -> datetime | None:
    if not value:
        return None
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def _grounds(value: str) -> frozenset[Ground]:
    out = set()
    for item in json.loads(value or "[]"):
        try:
            out.add(Ground(item))
        except ValueError:
            continue
    return frozenset(out)


# --------------------------------------------------------------------------- store


class CaseStore(SqliteFile):
    """The case log. Safe to share between threads (one connection behind a lock)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else paths.data_dir() / DB_NAME
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        try:
            # 0600 before SQLite opens it: its -wal and -shm files copy the file's mode
            private_file(self.path)
            self._conn = sqlite3.connect(
                self.path, isolation_level=None, check_same_thread=False, timeout=10.0
            )
            self._conn.execute("PRAGMA busy_timeout = 10000")
            mode = self._conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise sqlite3.OperationalError(f"journal mode {mode}")
            self._conn.execute("PRAGMA synchronous = FULL")
            self._conn.execute("PRAGMA foreign_keys = ON")
            self._conn.execute("PRAGMA secure_delete = ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            self._close_quietly()
            raise self._friendly(exc) from exc
        except BaseException:
            self._close_quietly()
            raise

    def _close_quietly(self) -> None:
        conn = getattr(self, "_conn", None)
        if conn is not None:
            conn.close()

    @staticmethod
    def _friendly(exc: sqlite3.DatabaseError) -> StoreError:
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            return StoreError(
                "store_locked",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The case log is in use by another PhotoSafe window. Close it and try again.",
                ),
            )
        if "disk" in text and "full" in text:
            return StoreError(
                "disk_full",
                QT_TRANSLATE_NOOP("Errors", "The disk is full: the case log cannot be saved."),
            )
        if "not a database" in text or "malformed" in text:
            return StoreError(
                "store_corrupt",
                QT_TRANSLATE_NOOP("Errors", "The case log file is damaged and cannot be opened."),
            )
        return StoreError(
            "store_failed",
            QT_TRANSLATE_NOOP("Errors", "The case log could not be used: {reason}"),
            reason=str(exc),
        )

    # -- plumbing ---------------------------------------------------------------------

    def _migrate(self) -> None:
        self._migrate_schema(
            MIGRATIONS,
            lambda: StoreError(
                "store_newer",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The case log was written by a newer version of PhotoSafe. Update PhotoSafe "
                    "to open it.",
                ),
            ),
        )

    def _log(
        self,
        conn: sqlite3.Connection,
        case_id: str,
        kind: str,
        detail: str = "",
        request_id: str = "",
    ) -> None:
        conn.execute(
            "INSERT INTO events (case_id, request_id, at, kind, detail) VALUES (?, ?, ?, ?, ?)",
            (case_id, request_id or None, _iso(_now()), kind, detail),
        )

    # -- cases ------------------------------------------------------------------------

    def add_case(self, case: Case) -> Case:
        """Save ``case`` (CSAM: URLs only); returns what was stored."""
        stored = case.for_storage()
        with self._transaction() as conn:
            self._insert_case(conn, stored)
        return stored

    def _insert_case(self, conn: sqlite3.Connection, stored: Case) -> None:
        conn.execute(
            "INSERT INTO cases (id, category, created_at, updated_at, data) VALUES (?, ?, ?, ?, ?)",
            (
                stored.id,
                stored.category.value,
                _iso(stored.created_at),
                _iso(_now()),
                json.dumps(case_to_dict(stored)),
            ),
        )
        self._log(conn, stored.id, "case_created", stored.category.value)

    def update_case(self, case: Case) -> Case:
        """Save changes to ``case``; a case that became CSAM or a minor's intimate image is
        purged at once (see :meth:`reclassify`, which also says what was removed)."""
        return self.reclassify(case)[0]

    def reclassify(self, case: Case) -> tuple[Case, PurgeReport]:
        """Save ``case`` (a new category, age...). When it now is CSAM or a minor in an
        intimate image, remove in the same transaction its screenshots, their SHA-256 (evidence
        table and event log), evidence notes and the request texts that quote the description
        (CSAM: every request but the hotline report), then wipe the freed space."""
        stored = case.for_storage()
        report = PurgeReport()
        files: list[str] = []
        with self._transaction() as conn:
            row = conn.execute("SELECT data FROM cases WHERE id = ?", (case.id,)).fetchone()
            if row is None:
                raise KeyError(case.id)
            before = case_from_dict(json.loads(row[0]))
            conn.execute(
                "UPDATE cases SET category = ?, updated_at = ?, data = ? WHERE id = ?",
                (stored.category.value, _iso(_now()), json.dumps(case_to_dict(stored)), stored.id),
            )
            self._log(conn, stored.id, "case_updated")
            if needs_purge(stored):
                report, files = purge_rows(conn, before, stored)
        if report.anything:
            folder = evidence_dir(stored.id)
            for name in files:
                _overwrite_and_unlink(folder / name)
            if folder.exists() and not any(folder.iterdir()):
                folder.rmdir()
            self.wipe_free_space()
        return stored, report

    def wipe_free_space(self) -> None:
        """Leave no deleted bytes behind: checkpoint and empty the write-ahead log, rebuild the
        file (VACUUM; ``secure_delete`` zeroes freed pages), and empty the log again."""
        with self._lock:
            try:
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                self._conn.execute("VACUUM")
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.DatabaseError as exc:
                raise self._friendly(exc) from exc

    def get_case(self, case_id: str) -> Case:
        with self._lock:
            row = self._conn.execute("SELECT data FROM cases WHERE id = ?", (case_id,)).fetchone()
        if row is None:
            raise KeyError(case_id)
        return case_from_dict(json.loads(row[0]))

    def case_ids(self) -> list[str]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT id FROM cases ORDER BY created_at DESC, id"
            ).fetchall()
        return [r[0] for r in rows]

    def list_cases(self, now: datetime | None = None) -> list[CaseSummary]:
        """Every case with its requests and next due date, newest first."""
        now = now or _now()
        out = []
        for case_id in self.case_ids():
            case = self.get_case(case_id)
            requests = tuple(self.list_requests(case_id))
            dues = [d for d in (r.next_due(now) for r in requests) if d is not None]
            first = min(dues, key=lambda d: d.due) if dues else None
            out.append(CaseSummary(case, requests, first, bool(first and first.overdue(now))))
        return out

    def delete_case(self, case_id: str) -> None:
        """Delete the case, its requests, log and evidence, for real."""
        with self._transaction() as conn:
            conn.execute("DELETE FROM cases WHERE id = ?", (case_id,))
        with self._lock:
            try:
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.DatabaseError as exc:
                raise self._friendly(exc) from exc
        folder = evidence_dir(case_id)
        if folder.exists():
            for file in folder.iterdir():
                _overwrite_and_unlink(file)
            shutil.rmtree(folder, ignore_errors=True)

    # -- requests ---------------------------------------------------------------------

    def add_request(self, case_id: str, draft: DraftRequest) -> RequestRecord:
        case = self.get_case(case_id)
        _check_request(case, draft)
        with self._transaction() as conn:
            request_id = self._insert_request(conn, case_id, draft)
        return self.get_request(request_id)

    def _insert_request(self, conn: sqlite3.Connection, case_id: str, draft: DraftRequest) -> str:
        request_id = uuid.uuid4().hex
        now = _now()
        conn.execute(
            "INSERT INTO requests (id, case_id, recipient, channel, address, subject, body, status, "
            "created_at, sent_at, recipient_id, language, urls, grounds, status_at, draft) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?)",
            (
                request_id,
                case_id,
                draft.recipient.name,
                draft.recipient.channel,
                draft.recipient.address_or_url,
                draft.subject,
                draft.text,
                Status.DRAFT.value,
                _iso(now),
                draft.recipient.id,
                draft.recipient.language,
                json.dumps(list(draft.recipient.urls)),
                json.dumps(sorted(g.value for g in draft.grounds)),
                _iso(now),
                _draft_json(draft),
            ),
        )
        self._log(conn, case_id, "request_added", draft.recipient.id, request_id)
        return request_id

    def save_case(
        self,
        case: Case,
        drafts: Sequence[DraftRequest],
        evidence: Sequence[EvidenceItem] = (),
    ) -> Case:
        """Keep a new case with its requests (the full drafts) and its evidence: all of it,
        in one transaction, or nothing (screenshots copied for it are removed again)."""
        stored = case.for_storage()
        for draft in drafts:
            _check_request(stored, draft)
        kept: list[tuple[EvidenceItem, str, str, str]] = []  # item, url, file, digest
        try:
            for item in evidence:
                check_evidence_allowed(stored, with_screenshot=item.screenshot is not None)
                url = validate_url(item.url, "url")
                file, digest = ("", "")
                if item.screenshot is not None:
                    file, digest = keep_screenshot(stored, item.screenshot)
                kept.append((item, url, file, digest))
            with self._transaction() as conn:
                self._insert_case(conn, stored)
                for draft in drafts:
                    self._insert_request(conn, stored.id, draft)
                for item, url, file, digest in kept:
                    captured = (item.captured_at or _now()).astimezone(timezone.utc)
                    conn.execute(
                        "INSERT INTO evidence (id, case_id, url, captured_at, file, sha256, note) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (uuid.uuid4().hex, stored.id, url, _iso(captured), file, digest, item.note),
                    )
                    self._log(conn, stored.id, "evidence_added", digest)
        except BaseException:
            shutil.rmtree(evidence_dir(stored.id), ignore_errors=True)
            raise
        return stored

    def update_request_text(self, request_id: str, subject: str, text: str) -> RequestRecord:
        record = self.get_request(request_id)
        with self._transaction() as conn:
            conn.execute(
                "UPDATE requests SET subject = ?, body = ? WHERE id = ?",
                (subject, text, request_id),
            )
            self._log(conn, record.case_id, "request_edited", "", request_id)
        return self.get_request(request_id)

    def update_request_address(self, request_id: str, address: str) -> RequestRecord:
        """The recipient's address as the user corrected it (e.g. a website's abuse address)."""
        record = self.get_request(request_id)
        with self._transaction() as conn:
            conn.execute("UPDATE requests SET address = ? WHERE id = ?", (address, request_id))
            self._log(conn, record.case_id, "address_changed", "", request_id)
        return self.get_request(request_id)

    _REQUEST_COLUMNS = (
        "id, case_id, recipient_id, recipient, channel, address, language, subject, body, urls, grounds, "
        "status, created_at, sent_at, status_at, reminders_sent, extended, draft"
    )

    @staticmethod
    def _request(row: tuple[Any, ...]) -> RequestRecord:
        fields, notes, may_file = _draft_parts(row[17])
        return RequestRecord(
            id=row[0],
            case_id=row[1],
            recipient_id=row[2],
            recipient_name=row[3],
            channel=row[4],
            address_or_url=row[5],
            language=row[6],
            subject=row[7],
            text=row[8],
            urls=tuple(json.loads(row[9] or "[]")),
            grounds=_grounds(row[10]),
            status=Status(row[11]),
            created_at=_dt(row[12]) or _now(),
            sent_at=_dt(row[13]),
            status_at=_dt(row[14]),
            reminders_sent=int(row[15]),
            extended=bool(row[16]),
            fields=fields,
            notes=notes,
            may_file=may_file,
        )

    def get_request(self, request_id: str) -> RequestRecord:
        with self._lock:
            row = self._conn.execute(
                f"SELECT {self._REQUEST_COLUMNS} FROM requests WHERE id = ?", (request_id,)
            ).fetchone()
        if row is None:
            raise KeyError(request_id)
        return self._request(row)

    def list_requests(self, case_id: str) -> list[RequestRecord]:
        with self._lock:
            rows = self._conn.execute(
                f"SELECT {self._REQUEST_COLUMNS} FROM requests WHERE case_id = ? ORDER BY created_at, rowid",
                (case_id,),
            ).fetchall()
        return [self._request(r) for r in rows]

    def record_send(
        self, request_id: str, channel: str, ok: bool, detail: str = "", at: datetime | None = None
    ) -> RequestRecord:
        """Log a send attempt (web form opened, SMTP, .eml, API) and, if it worked, mark it sent."""
        record = self.get_request(request_id)
        at = at or _now()
        with self._transaction() as conn:
            if ok:
                conn.execute(
                    "UPDATE requests SET status = ?, sent_at = ?, status_at = ?, channel = ?, reminders_sent = 0 "
                    "WHERE id = ?",
                    (Status.SENT.value, _iso(at), _iso(at), channel, request_id),
                )
            self._log(
                conn,
                record.case_id,
                "sent" if ok else "send_failed",
                f"{channel}: {detail}".strip(": "),
                request_id,
            )
        return self.get_request(request_id)

    def set_status(
        self,
        request_id: str,
        status: Status,
        at: datetime | None = None,
        *,
        extended: bool | None = None,
    ) -> RequestRecord:
        """Change a request's status (draft -> sent -> acknowledged/removed/refused/no_answer)."""
        record = self.get_request(request_id)
        if status is not record.status and not can_change(record.status, status):
            raise ValueError(f"a request cannot go from {record.status.value} to {status.value}")
        at = at or _now()
        with self._transaction() as conn:
            sent_at = _iso(at) if status is Status.SENT else _iso(record.sent_at)
            conn.execute(
                "UPDATE requests SET status = ?, status_at = ?, sent_at = ?, extended = ? WHERE id = ?",
                (
                    status.value,
                    _iso(at),
                    sent_at,
                    int(record.extended if extended is None else extended),
                    request_id,
                ),
            )
            self._log(conn, record.case_id, "status", status.value, request_id)
        return self.get_request(request_id)

    def record_reminder(self, request_id: str, stage: int) -> RequestRecord:
        record = self.get_request(request_id)
        with self._transaction() as conn:
            conn.execute(
                "UPDATE requests SET reminders_sent = MAX(reminders_sent, ?) WHERE id = ?",
                (stage, request_id),
            )
            self._log(conn, record.case_id, "reminder", str(stage), request_id)
        return self.get_request(request_id)

    def record_escalation(self, request_id: str, kind: str) -> RequestRecord:
        """The escalation letter (GBA/APD, BIPT, IEFH, Child Focus) was made: stop reminding."""
        record = self.get_request(request_id)
        with self._transaction() as conn:
            conn.execute(
                "UPDATE requests SET reminders_sent = ? WHERE id = ?", (ESCALATED, request_id)
            )
            self._log(conn, record.case_id, "escalation", kind, request_id)
        return self.get_request(request_id)

    def log_event(self, case_id: str, kind: str, detail: str = "", request_id: str = "") -> None:
        with self._transaction() as conn:
            self._log(conn, case_id, kind, detail, request_id)

    def events(self, case_id: str) -> list[LogEvent]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT id, case_id, request_id, at, kind, detail FROM events WHERE case_id = ? ORDER BY id",
                (case_id,),
            ).fetchall()
        return [LogEvent(r[0], r[1], r[2] or "", _dt(r[3]) or _now(), r[4], r[5]) for r in rows]

    def due_items(self, now: datetime | None = None) -> list[DueItem]:
        """Everything that falls due, soonest first (for the start-up notice)."""
        now = now or _now()
        items = []
        for summary in self.list_cases(now):
            for request in summary.requests:
                due = request.next_due(now)
                if due is not None:
                    items.append(DueItem(summary.case.id, request, due, due.overdue(now)))
        return sorted(items, key=lambda i: i.due.due)

    # -- evidence ---------------------------------------------------------------------

    def add_evidence(
        self,
        case_id: str,
        url: str,
        captured_at: datetime | None = None,
        screenshot: Path | None = None,
        note: str = "",
    ) -> Evidence:
        """Keep evidence (refused for CSAM; no screenshot for intimate images of minors)."""
        case = self.get_case(case_id)
        check_evidence_allowed(case, with_screenshot=screenshot is not None)
        if case.minor_rules:
            note = ""  # nothing describing a minor's intimate image is kept
        url = validate_url(url, "url")
        file, digest = ("", "")
        if screenshot is not None:
            file, digest = keep_screenshot(case, screenshot)
        evidence = Evidence(
            id=uuid.uuid4().hex,
            case_id=case_id,
            url=url,
            captured_at=(captured_at or _now()).astimezone(timezone.utc),
            file=file,
            sha256=digest,
            note=note,
        )
        with self._transaction() as conn:
            conn.execute(
                "INSERT INTO evidence (id, case_id, url, captured_at, file, sha256, note) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (evidence.id, case_id, url, _iso(evidence.captured_at), file, digest, note),
            )
            self._log(conn, case_id, "evidence_added", digest)
        return evidence

    def list_evidence(self, case_id: str) -> list[Evidence]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT id, case_id, url, captured_at, file, sha256, note FROM evidence WHERE case_id = ? "
                "ORDER BY captured_at, rowid",
                (case_id,),
            ).fetchall()
        return [Evidence(r[0], r[1], r[2], _dt(r[3]) or _now(), r[4], r[5], r[6]) for r in rows]


def _check_request(case: Case, draft: DraftRequest) -> None:
    if case.is_csam and draft.recipient.kind != "hotline":
        raise ValueError("a CSAM case may only hold the hotline report")


def _overwrite_and_unlink(path: Path) -> None:
    """Best effort: overwrite a file's bytes before removing it (no promise on SSDs)."""
    try:
        if path.is_file():
            size = path.stat().st_size
            with path.open("r+b") as handle:
                handle.write(b"\0" * size)
                handle.flush()
        path.unlink(missing_ok=True)
    except OSError:
        path.unlink(missing_ok=True)


__all__ = [
    "DB_NAME",
    "MIGRATIONS",
    "EvidenceItem",
    "SCHEMA_VERSION",
    "CaseStore",
    "CaseSummary",
    "DueItem",
    "LogEvent",
    "RequestRecord",
    "StoreError",
]
