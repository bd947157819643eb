"""Purge what a case may no longer keep once it turns out to be CSAM or a minor's intimate image.

A saved case that is re-classified as a sexual image of a child (or whose person turns out
to be under 18 in an intimate or sexual image) must not keep the screenshot, its SHA-256 (in
the evidence table and the event log), the evidence note, or request texts that quote the
description. :func:`purge_rows` does the database part inside the caller's transaction and
returns the evidence files to remove afterwards; :class:`PurgeReport` says what went, so the
app can tell the user.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone

from photosafe_desktop.core.cases.model import Case
from photosafe_desktop.core.i18n import QT_TRANSLATE_NOOP, Message

#: the recipient id of the only request a CSAM case keeps
HOTLINE_RECIPIENT_PREFIX = "org:"


@dataclass(frozen=True)
class PurgeReport:
    screenshots: int = 0  # screenshot files removed
    fingerprints: int = 0  # SHA-256 values removed (evidence table and event log)
    notes: int = 0  # evidence notes removed
    requests_removed: int = 0  # requests to platforms/hosts removed (CSAM)
    requests_redacted: int = 0  # request texts that quoted the description
    description: bool = False  # the case's own description removed

    @property
    def anything(self) -> bool:
        return any(
            (
                self.screenshots,
                self.fingerprints,
                self.notes,
                self.requests_removed,
                self.requests_redacted,
                self.description,
            )
        )

    def message(self) -> Message:
        """What the app tells the user (translate in context ``Cases``)."""
        return Message(
            "Cases",
            QT_TRANSLATE_NOOP(
                "Cases",
                "For the safety of the person shown, PhotoSafe removed from this case: "
                "{screenshots} screenshot(s), {fingerprints} fingerprint(s) (SHA-256), "
                "{notes} note(s), {removed} request(s) to websites and the description in "
                "{redacted} request text(s). It keeps the web addresses.",
            ),
            {
                "screenshots": self.screenshots,
                "fingerprints": self.fingerprints,
                "notes": self.notes,
                "removed": self.requests_removed,
                "redacted": self.requests_redacted,
            },
        )


def needs_purge(case: Case) -> bool:
    return case.is_csam or case.minor_rules


def purge_rows(
    conn: sqlite3.Connection, before: Case, after: Case
) -> tuple[PurgeReport, list[str]]:
    """Remove from the database what ``after`` may not keep; returns the report and the
    evidence file names to overwrite and delete once the transaction has committed."""
    case_id = after.id
    rows = conn.execute(
        "SELECT id, file, sha256, note FROM evidence WHERE case_id = ?", (case_id,)
    ).fetchall()
    files = [r[1] for r in rows if r[1]]
    fingerprints = sum(1 for r in rows if r[2])
    notes = sum(1 for r in rows if r[3])
    if after.is_csam:
        conn.execute("DELETE FROM evidence WHERE case_id = ?", (case_id,))
    else:
        conn.execute(
            "UPDATE evidence SET file = '', sha256 = '', note = '' WHERE case_id = ?", (case_id,)
        )
    hashes = [r[2] for r in rows if r[2]]
    events = conn.execute("SELECT id, detail FROM events WHERE case_id = ?", (case_id,)).fetchall()
    for event_id, detail in events:
        if detail and any(h in detail for h in hashes):
            conn.execute("UPDATE events SET detail = '' WHERE id = ?", (event_id,))

    removed = redacted = 0
    quoted = [before.description] if before.description else []
    if after.is_csam and before.account_name:
        quoted.append(before.account_name)
    quoted = [t for t in quoted if len(t) >= 3]
    for request_id, recipient_id, subject, body, draft in conn.execute(
        "SELECT id, recipient_id, subject, body, draft FROM requests WHERE case_id = ?",
        (case_id,),
    ).fetchall():
        if after.is_csam and not recipient_id.startswith(HOTLINE_RECIPIENT_PREFIX):
            conn.execute("DELETE FROM requests WHERE id = ?", (request_id,))
            removed += 1
            continue
        new_subject, new_body = subject, body
        for text in quoted:
            new_subject = new_subject.replace(text, "")
            new_body = new_body.replace(text, "")
        new_draft = _redact_draft(draft, quoted)
        if (new_subject, new_body, new_draft) != (subject, body, draft):
            conn.execute(
                "UPDATE requests SET subject = ?, body = ?, draft = ? WHERE id = ?",
                (new_subject, new_body, new_draft, request_id),
            )
            redacted += 1
    report = PurgeReport(
        screenshots=len(files),
        fingerprints=fingerprints,
        notes=notes,
        requests_removed=removed,
        requests_redacted=redacted,
        description=bool(before.description) and not after.description,
    )
    if report.anything:
        conn.execute(
            "INSERT INTO events (case_id, request_id, at, kind, detail) "
            "VALUES (?, NULL, ?, 'safety_purge', ?)",
            (
                case_id,
                datetime.now(timezone.utc).isoformat(),
                json.dumps(
                    {
                        "screenshots": report.screenshots,
                        "fingerprints": report.fingerprints,
                        "notes": report.notes,
                        "requests_removed": report.requests_removed,
                        "requests_redacted": report.requests_redacted,
                    }
                ),
            ),
        )
    return report, files


__all__ = ["PurgeReport", "needs_purge", "purge_rows"]


def _redact_draft(draft: str | None, quoted: list[str]) -> str:
    """The saved draft (web-form fields quote the description) without the quoted texts."""
    try:
        data = json.loads(draft or "{}")
        fields = data.get("fields", [])
        for field in fields:
            for text in quoted:
                field[1] = str(field[1]).replace(text, "")
        return json.dumps(data)
    except (ValueError, TypeError, AttributeError, IndexError):
        return "{}"  # unreadable: keep nothing rather than a quote
