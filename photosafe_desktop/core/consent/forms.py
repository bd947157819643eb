"""Consent forms to print or send (PDF), in Dutch, French or English.

One A4 page: what the group asks, one yes/no line per use (internal album, parents' album,
public website, social media, press), the legal basis in plain words, how to withdraw, and
the group's contact, filled in from the group's details in the consent register. The texts
live in ``resources/legal/<lang>/consent.json``; the legal references (GDPR Art. 6(1)(a),
7(3), 8; Art. XI.174 Code of Economic Law) are listed with their sources in
``resources/legal/sources.json``. Uses the bundled DejaVu Sans (é, ë, ç, ’).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from enum import Enum
from functools import cache
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from photosafe_desktop.core.consent.register import GroupInfo
from photosafe_desktop.core.files import write_atomically
from photosafe_desktop.core.resources import resource_path

FONT = "DejaVuSans"
LANGUAGES = ("nl", "fr", "en")


class Use(str, Enum):
    INTERNAL = "internal"
    PARENTS = "parents"
    WEBSITE = "website"
    SOCIAL = "social"
    PRESS = "press"


ALL_USES: tuple[Use, ...] = tuple(Use)


@cache
def form_texts(language: str) -> Mapping[str, str]:
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    data: dict[str, str] = json.loads(
        resource_path("legal", language, "consent.json").read_text(encoding="utf-8")
    )
    return data


def build_consent_form(
    group: GroupInfo,
    language: str,
    path: Path,
    *,
    uses: Sequence[Use] = ALL_USES,
    child: str = "",
) -> Path:
    """Write the consent form PDF to ``path`` (atomically) and return it.

    ``uses`` are the lines the parents answer (all five by default); ``child`` pre-fills the
    child's name or code (one form per child), else the line is left blank to write on.
    """
    t = form_texts(language)
    group_name = group.name.strip() or t["group_fallback"]
    pdf = FPDF(format="A4")
    pdf.set_title(t["title"])
    pdf.set_creator("PhotoSafe Desktop")
    pdf.set_lang(language)
    pdf.add_font(FONT, "", str(resource_path("fonts", "DejaVuSans.ttf")))
    pdf.add_font(FONT, "B", str(resource_path("fonts", "DejaVuSans-Bold.ttf")))
    pdf.set_margins(18, 15, 18)
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    width = pdf.epw

    def heading(text: str, size: int = 11) -> None:
        pdf.ln(2)
        pdf.set_font(FONT, "B", size)
        pdf.multi_cell(width, 6, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def para(text: str, size: float = 9.5) -> None:
        pdf.set_font(FONT, size=size)
        pdf.multi_cell(width, 4.6, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT, align="L")

    def blank_line(label: str, value: str = "") -> None:
        pdf.set_font(FONT, size=9.5)
        label_w = 62
        pdf.cell(label_w, 8, label)
        x, y = pdf.get_x(), pdf.get_y()
        if value:
            pdf.set_font(FONT, "B", 10)
            pdf.cell(width - label_w, 8, value)
        pdf.line(x, y + 7, pdf.l_margin + width, y + 7)
        pdf.ln(9)

    pdf.set_font(FONT, "B", 16)
    pdf.multi_cell(width, 8, t["title"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(FONT, "B", 11)
    pdf.multi_cell(width, 6, group_name, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    para(t["intro"].format(group=group_name))
    pdf.ln(2)
    blank_line(t["child"], child)
    blank_line(t["parent"])

    heading(t["uses_heading"])
    para(t["uses_hint"], 8.5)
    pdf.ln(1)
    box = 4.2
    answer_w = 22
    text_w = width - 2 * answer_w
    for use in uses:
        y = pdf.get_y()
        pdf.set_font(FONT, size=9.5)
        pdf.set_xy(pdf.l_margin, y)
        pdf.multi_cell(text_w, 5, t[f"use_{use.value}"], new_x=XPos.RIGHT, new_y=YPos.TOP)
        bottom = max(pdf.get_y(), y + 6)
        for i, word in enumerate((t["yes"], t["no"])):
            x = pdf.l_margin + text_w + i * answer_w
            pdf.rect(x, y + 0.4, box, box)
            pdf.set_xy(x + box + 1.5, y)
            pdf.cell(answer_w - box - 2, 5, word)
        pdf.set_draw_color(200, 200, 200)
        pdf.line(pdf.l_margin, bottom + 1.5, pdf.l_margin + width, bottom + 1.5)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_xy(pdf.l_margin, bottom + 3)

    heading(t["legal_heading"])
    para(t["legal_gdpr"])
    pdf.ln(1)
    para(t["legal_image"])
    heading(t["withdraw_heading"])
    para(t["withdraw_text"])
    heading(t["how_heading"])
    para(t["how_text"])

    heading(t["contact_heading"])
    details = [
        (t["contact_name"], group.contact_name),
        (t["email"], group.email),
        (t["phone"], group.phone),
        (t["address"], group.address),
        (t["website"], group.website),
    ]
    para(group_name)
    for label, value in details:
        if value.strip():
            para(f"{label}{' : ' if language == 'fr' else ': '}{value.strip()}")
    pdf.ln(3)
    blank_line(t["date"])
    blank_line(t["signature"])

    pdf.set_auto_page_break(False)  # the footer sits in the bottom margin
    pdf.set_y(-12)
    pdf.set_font(FONT, size=7.5)
    pdf.set_text_color(110, 110, 110)
    pdf.cell(0, 5, f"{group_name} · {t['footer']}", align="C")

    return write_atomically(bytes(pdf.output()), Path(path), mode=0o644)


__all__ = ["ALL_USES", "LANGUAGES", "Use", "build_consent_form", "form_texts"]
