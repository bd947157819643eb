"""The copyright route as requests: proof paragraph in the notices, platform copyright forms
and the author's-rights letter next to the privacy and DSA requests."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from photosafe_desktop.core.consent.register import GroupInfo
from photosafe_desktop.core.origin.pdq import PdqHash
from photosafe_desktop.core.origin.register import CopyRecord, OriginMatch
from photosafe_desktop.core.origin.route import draft_with_origin, proof_paragraphs, route_allowed
from photosafe_desktop.core.requests.letters import draft_all, recheck
from photosafe_desktop.core.requests.recipients import LetterKind

RECORD = CopyRecord(
    PdqHash(bytes(32), 100),
    "cd" * 32,
    datetime(2026, 7, 14, 10, 30),
    "Zomerkamp 2026",
    "public",
    datetime(2026, 8, 1, 9, 15, tzinfo=timezone.utc),
)
MATCH = OriginMatch(RECORD, 14, False, cropped=True)
GROUP = GroupInfo(name="Scouts Sint-Jozef", email="leiding@sj.be")
URLS = ["https://www.instagram.com/p/abc/", "https://photos.example.org/kamp.jpg"]


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_a_match_adds_the_proof_and_the_copyright_route(make_case, language: str) -> None:  # type: ignore[no-untyped-def]
    case = make_case(
        urls=URLS,
        requester={
            "role": "organisation",
            "name": "An Peeters",
            "email": "an@example.org",
            "organisation": "Scouts Sint-Jozef",
        },
    )
    plain = draft_all(case, language)
    drafts = draft_with_origin(case, language, match=MATCH, group=GROUP)
    proof = proof_paragraphs(MATCH, GROUP.name)
    notices = [r for r in drafts.requests if r.recipient.letter is not LetterKind.COPYRIGHT]
    assert [r.recipient.id for r in notices] == [r.recipient.id for r in plain.requests]
    for request in notices:
        if request.recipient.letter in (LetterKind.NOTICE, LetterKind.HOST_NOTICE):
            assert proof[request.recipient.language] in request.text
            assert request.complete, request.missing
    copyright = [r for r in drafts.requests if r.recipient.letter is LetterKind.COPYRIGHT]
    ids = [r.recipient.id for r in copyright]
    assert ids[0] == "copyright:instagram"
    form = copyright[0]
    assert form.recipient.channel == "web_form"
    assert form.recipient.address_or_url.startswith("https://help.instagram.com/")
    assert form.recipient.source and form.recipient.verified
    assert form.recipient.urls == (URLS[0],)
    assert any(f.value == proof[form.recipient.language] for f in form.fields)
    letter = next(r for r in copyright if r.recipient.id == "copyright:host:photos.example.org")
    assert letter.recipient.channel == "email" and letter.recipient.urls == (URLS[1],)
    for request in copyright:
        assert request.complete, request.missing
        assert "leiding@sj.be" in request.text and "An Peeters" in request.text
        assert proof[request.recipient.language] in request.text
        assert "XI.165" not in request.text
    # an edit that removes the declaration is caught like any incomplete notice
    edited = recheck(form, case, form.text.split("\n\n")[0])
    assert not edited.complete


@pytest.mark.parametrize(
    ("category", "age"),
    [("csam", 9), ("intimate_image_minor", 15), ("intimate_image_adult", 16)],
)
def test_never_for_csam_or_a_minors_intimate_image(make_case, category: str, age: int) -> None:  # type: ignore[no-untyped-def]
    case = make_case(category=category, urls=URLS, person_age=age)
    assert not route_allowed(case)
    drafts = draft_with_origin(case, "nl", match=MATCH, group=GROUP)
    assert [r.text for r in drafts.requests] == [r.text for r in draft_all(case, "nl").requests]
    assert not any(r.recipient.letter is LetterKind.COPYRIGHT for r in drafts.requests)
    assert not any(RECORD.sha256 in r.text for r in drafts.requests)
