"""Consent forms as PDF in Dutch, French and English, filled from the group's details."""

from __future__ import annotations

from pathlib import Path

import pytest

from photosafe_desktop.core.consent.forms import ALL_USES, Use, build_consent_form, form_texts
from photosafe_desktop.core.consent.register import GroupInfo

GROUP = GroupInfo(
    name="Scouts Sint-Jozef Gent",
    contact_name="An Peeters",
    email="leiding@scouts-sj.be",
    phone="0470 12 34 56",
)


def _text(path: Path) -> str:
    pypdf = pytest.importorskip("pypdf")
    reader = pypdf.PdfReader(str(path))
    return "\n".join(page.extract_text() for page in reader.pages)


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("nl", ["Toestemming", "Sociale media", "XI.174", "artikel 6, lid 1, a", "intrekken"]),
        (
            "fr",
            ["Autorisation", "Réseaux sociaux", "XI.174", "article 6, paragraphe 1, a", "retirer"],
        ),
        ("en", ["Consent", "social media", "XI.174", "Article 6(1)(a)", "withdraw"]),
    ],
)
def test_form_in_each_language_has_uses_legal_basis_withdrawal_and_contact(
    tmp_path: Path, language: str, words: list[str]
) -> None:
    path = build_consent_form(GROUP, language, tmp_path / f"form-{language}.pdf", child="Lotte V.")
    text = " ".join(_text(path).split())
    for word in words + [
        "Scouts Sint-Jozef Gent",
        "leiding@scouts-sj.be",
        "An Peeters",
        "Lotte V.",
    ]:
        assert word in text, word
    for use in ALL_USES:
        first_words = " ".join(form_texts(language)[f"use_{use.value}"].split()[:2])
        assert first_words in text
    assert "Article 8" in text or "artikel 8" in text or "article 8" in text
    pypdf = pytest.importorskip("pypdf")
    assert len(pypdf.PdfReader(str(path)).pages) == 1  # one sheet to print


def test_only_the_chosen_uses_and_no_group_name(tmp_path: Path) -> None:
    path = build_consent_form(GroupInfo(), "nl", tmp_path / "f.pdf", uses=(Use.PARENTS,))
    text = _text(path)
    assert "Onze groep" in text
    assert "Pers" not in text and "Album voor de ouders" in text
    assert not list(tmp_path.glob(".consent-*"))


def test_legal_texts_cite_only_articles_with_a_recorded_source() -> None:
    """Consent forms and copyright letters may cite only what resources/legal/sources.json
    lists with where it was checked (the removal letters have their own, stricter list)."""
    import json
    import re

    from photosafe_desktop.core.resources import resource_path

    article = re.compile(
        r"\b(?:art|arts|article|artikel)\.?\s+([0-9XVI]+(?:\.[0-9]+)?(?:\(\d+\))?(?:\([a-f]\))?)",
        re.I,
    )
    sources = json.loads(resource_path("legal", "sources.json").read_text(encoding="utf-8"))
    allowed = {c for ref in sources["references"] for c in ref["citations"]}
    cited = set()
    for lang in ("nl", "fr", "en"):
        for name in ("consent.json", "copyright.json"):
            text = resource_path("legal", lang, name).read_text(encoding="utf-8")
            for match in article.finditer(text):
                cited.add(match.group(1))
                assert match.group(1) in allowed, (lang, name, match.group(0))
    assert {"6(1)(a)", "XI.174"} <= cited
    assert "XI.165" not in cited  # not confirmed on an official page: the right is named
    for ref in sources["references"]:
        assert ref["verified"] or "NOT verified" in ref["note"], ref["id"]
