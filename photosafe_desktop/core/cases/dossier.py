"""The printable dossier of a case (PDF), for the police or a lawyer.

It lists what happened, the web addresses, the evidence kept (with SHA-256 of each
screenshot, so it can be checked), every request with its status and full text, and the case
log in words (:mod:`.history`), with dates the reader's way (:mod:`..dates`). Screenshots are not embedded: they stay files whose hash the dossier records. A CSAM
case's dossier has the web addresses only. Text uses the bundled DejaVu Sans (é, ë, ç, —, ’).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from photosafe_desktop.core.cases.evidence import Evidence
from photosafe_desktop.core.cases.history import history
from photosafe_desktop.core.cases.model import Case
from photosafe_desktop.core.cases.store import LogEvent, RequestRecord
from photosafe_desktop.core.dates import format_when
from photosafe_desktop.core.files import write_atomically
from photosafe_desktop.core.requests.templates import phrase, phrases
from photosafe_desktop.core.resources import resource_path

FONT = "DejaVuSans"


class _Pdf(FPDF):
    footer_text = ""

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(FONT, size=8)
        self.cell(0, 6, f"{self.footer_text} · {self.page_no()}/{{nb}}", align="C")


def build_dossier(
    case: Case,
    requests: Sequence[RequestRecord],
    events: Sequence[LogEvent],
    evidence: Sequence[Evidence],
    language: str,
    path: Path,
    now: datetime | None = None,
) -> Path:
    """Write the dossier PDF to ``path`` (atomically) and return it."""
    p = phrases(language)
    pdf = _Pdf(format="A4")
    pdf.footer_text = p["dossier_title"]
    pdf.set_title(p["dossier_title"])
    pdf.set_creator("PhotoSafe Desktop")
    pdf.set_lang(language)
    pdf.add_font(FONT, "", str(resource_path("fonts", "DejaVuSans.ttf")))
    pdf.add_font(FONT, "B", str(resource_path("fonts", "DejaVuSans-Bold.ttf")))
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    width = pdf.epw

    def heading(text: str, size: int = 13) -> None:
        pdf.ln(3)
        pdf.set_font(FONT, "B", size)
        pdf.multi_cell(width, 7, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font(FONT, size=10)

    def para(text: str, size: int = 10) -> None:
        pdf.set_font(FONT, size=size)
        pdf.multi_cell(width, 5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT, align="L")

    def row(label: str, value: str) -> None:
        pdf.set_font(FONT, "B", 10)
        pdf.multi_cell(width, 5, label, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        para(value or "-")

    heading(p["dossier_title"], 16)
    para(
        phrase(
            language,
            "dossier_generated",
            date=format_when(now or datetime.now(timezone.utc), language),
        )
    )
    row(p["dossier_case"], case.id)
    row(p["dossier_category"], p[f"category_{case.category.value}"])
    requester = case.requester
    who = p[f"relationship_{requester.role.value}"]
    details = ", ".join(x for x in (requester.name, requester.email, requester.organisation) if x)
    colon = " : " if language == "fr" else ": "  # French puts a space before the colon
    row(p["dossier_requester"], f"{who}{colon + details if details else ''}")
    row(p["dossier_seen"], format_when(case.seen_at, language))
    row(p["dossier_urgency"], p[f"urgency_{case.urgency.value}"])
    if case.is_csam:
        para(p["dossier_csam_note"])
    elif case.description:
        row(p["dossier_description"], case.description)

    heading(p["dossier_urls"])
    for url in case.urls:
        para(f"- {url}")

    if not case.is_csam:
        heading(p["dossier_evidence"])
        if not evidence:
            para(p["dossier_no_evidence"])
        for item in evidence:
            para(
                phrase(
                    language,
                    "dossier_evidence_line",
                    date=format_when(item.captured_at, language),
                    url=item.url,
                )
            )
            if item.file:
                para(
                    phrase(language, "dossier_evidence_file", file=item.file, sha256=item.sha256), 8
                )
            if item.note:
                para(item.note, 9)

    heading(p["dossier_requests"])
    for record in requests:
        status = p[f"status_{record.status.value}"]
        channel = p.get(f"channel_{record.channel}", p["event_other_channel"])
        pdf.set_font(FONT, "B", 10)
        pdf.multi_cell(
            width,
            5,
            phrase(
                language,
                "dossier_request_line",
                recipient=record.recipient_name,
                channel=channel,
                status=status,
            ),
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        if record.sent_at:
            para(f"{format_when(record.sent_at, language)} · {record.address_or_url}", 9)
        para(record.subject, 9)
        para(record.text, 8)
        pdf.ln(2)

    heading(p["dossier_log"])
    for line in history(events, language, requests):
        para(f"{line.when}  {line.text}", 8)

    path = Path(path)
    return write_atomically(bytes(pdf.output()), path)


__all__ = ["build_dossier"]
