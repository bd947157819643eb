"""The copyright route: proof paragraph, author's-rights letter, sourced platform forms."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone

import pytest

from photosafe_desktop.core.cases.model import Category
from photosafe_desktop.core.consent.register import GroupInfo
from photosafe_desktop.core.dates import format_when
from photosafe_desktop.core.origin.copyright import (
    copyright_allowed,
    copyright_letter,
    copyright_routes,
    proof_paragraph,
    routes_for,
)
from photosafe_desktop.core.origin.pdq import PdqHash
from photosafe_desktop.core.origin.register import CopyRecord, OriginMatch
from photosafe_desktop.core.resources import resource_path

RECORD = CopyRecord(
    PdqHash(bytes(32), 100),
    "ab" * 32,
    datetime(2026, 7, 14, 10, 30),
    "Zomerkamp 2026",
    "public",
    datetime(2026, 8, 1, 9, 15, 42, tzinfo=timezone.utc),
)
MATCH = OriginMatch(RECORD, 12, False)
GROUP = GroupInfo(name="Scouts Sint-Jozef", contact_name="An Peeters", email="leiding@sj.be")
URLS = ["https://www.instagram.com/p/abc/", "https://example.org/x"]


@pytest.mark.parametrize(
    ("language", "words"),
    [
        (
            "nl",
            [
                "Scouts Sint-Jozef nam",
                "op 14/07/2026 om 10.30 u",
                "Publiek",
                "12 van 256",
            ],
        ),
        (
            "fr",
            [
                "Scouts Sint-Jozef a pris",
                "le 14/07/2026 à 10 h 30",
                "Public",
                "12 bits sur 256",
            ],
        ),
        (
            "en",
            [
                "Scouts Sint-Jozef took",
                "on 14 July 2026 at 10:30",
                "Public",
                "12 of 256",
            ],
        ),
    ],
)
def test_proof_paragraph_says_who_when_and_how(language: str, words: list[str]) -> None:
    text = proof_paragraph(MATCH, GROUP.name, language)
    # the export time on this computer's clock, with its offset; never ISO (issue 15)
    exported = format_when(RECORD.exported, language)
    for word in words + [exported, "Zomerkamp 2026", "ab" * 32]:
        assert word in text, word
    assert "{" not in text and "2026-07-14" not in text and "2026-08-01" not in text


def test_unknown_capture_date_and_exact_copy() -> None:
    record = CopyRecord(RECORD.pdq, RECORD.sha256, None, "", "parents", RECORD.exported)
    text = proof_paragraph(OriginMatch(record, 0, True), "G", "nl")
    assert "opnamedatum" in text and "bit voor bit" in text and "Enkel ouders" in text
    assert "album" not in text


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_letter_cites_author_rights_and_image_right(language: str) -> None:
    letter = copyright_letter(MATCH, GROUP, URLS, language)
    # author's rights named with the Code's Book XI, no unconfirmed article number
    assert "XI.165" not in letter.body and "XI.174" in letter.body
    book = {"nl": "boek XI", "fr": "livre XI", "en": "Book XI"}[language]
    right = {"nl": "auteursrecht", "fr": "droit d’auteur", "en": "copyright"}[language]
    assert book in letter.body and right in letter.body and GROUP.name in letter.body
    for url in URLS:
        assert url in letter.body
    assert "An Peeters" in letter.body and "leiding@sj.be" in letter.body
    assert proof_paragraph(MATCH, GROUP.name, language) in letter.body
    assert letter.subject and "{" not in letter.body


@pytest.mark.parametrize("category", [Category.CSAM, Category.INTIMATE_IMAGE_MINOR, "csam"])
def test_never_for_csam_or_a_minors_intimate_image(category: Category | str) -> None:
    assert not copyright_allowed(category)
    assert routes_for(URLS, category) == []
    with pytest.raises(ValueError):
        copyright_letter(MATCH, GROUP, URLS, "nl", category=category)


def test_routes_are_sourced_dated_and_matched_by_host() -> None:
    routes = copyright_routes()
    assert {r.platform for r in routes} >= {"instagram", "facebook", "youtube"}
    for route in routes:
        assert route.source.startswith("https://") and route.url.startswith("https://")
        date.fromisoformat(route.verified)
        assert route.domains
    found = routes_for(URLS + ["https://m.youtube.com/watch?v=x"], Category.CHILD_PHOTO_MISUSE)
    assert [r.platform for r in found] == ["instagram", "youtube"]
    assert routes_for(["https://example.org/"], Category.HARASSMENT) == []
    data = json.loads(resource_path("platforms", "copyright.json").read_text(encoding="utf-8"))
    assert set(data["excluded_categories"]) == {"csam", "intimate_image_minor"}


def test_match_for_case_adds_proof_letter_and_routes(tmp_path, make_case) -> None:  # type: ignore[no-untyped-def]
    from photosafe_desktop.core.origin.copyright import match_for_case
    from photosafe_desktop.core.origin.register import OriginRegister
    from tests.origin_helpers import save_with_date, scene

    ours = save_with_date(scene(31, (900, 600)), tmp_path / "ours.jpg")
    case = make_case(category="child_photo_misuse", urls=["https://www.instagram.com/p/xyz/"])
    with OriginRegister() as origin:
        origin.record_copy(ours, original=ours, album="Kamp", preset="public")
        addition = match_for_case(case, ours, GROUP, "fr", origin)
        assert addition is not None and addition.match.exact
        assert addition.paragraph in addition.letter.body
        assert [r.platform for r in addition.routes] == ["instagram"]
        stranger = save_with_date(scene(32, (900, 600)), tmp_path / "other.jpg")
        assert match_for_case(case, stranger, GROUP, "fr", origin) is None


@pytest.mark.parametrize("category", ["csam", "intimate_image_minor"])
def test_match_for_case_refuses_before_reading(tmp_path, make_case, category) -> None:  # type: ignore[no-untyped-def]
    from photosafe_desktop.core.cases.evidence import EvidenceRefused
    from photosafe_desktop.core.origin.copyright import match_for_case
    from photosafe_desktop.core.origin.register import OriginRegister

    case = make_case(category=category)
    with OriginRegister() as origin, pytest.raises(EvidenceRefused):
        match_for_case(case, tmp_path / "never-read.jpg", GROUP, "nl", origin)
