"""Golden letters: for every category and language, the legal grounds issue 14 asks for.

Each letter is drafted for a fixed case and checked for the grounds it must carry and for the
claims it must not make: GDPR Art. 17(1)(c) with Art. 21 and 17(1)(d), the Art. 6(1)(f)
weighing ("in particular where the data subject is a child" for children), Art. 9 for intimate
images, Art. 17(1)(f) only to an online service and only for children, delisting on the GDPR
alone (no DSA Art. 16 claims), criminal offences named without article numbers, local times
with their offset, and the Dutch and French wording fixes.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from photosafe_desktop.core.cases.model import Case, Category
from photosafe_desktop.core.requests.letters import CRIME_CATEGORIES, draft_all
from photosafe_desktop.core.requests.recipients import LetterKind
from photosafe_desktop.core.requests.templates import LANGUAGES, format_when, phrases

MakeCase = Callable[..., Case]
CATEGORIES = [c for c in Category if c is not Category.CSAM]
ADULT_CATEGORIES = {Category.INTIMATE_IMAGE_ADULT, Category.HARASSMENT, Category.IMPERSONATION}
INTIMATE = {Category.INTIMATE_IMAGE_ADULT, Category.INTIMATE_IMAGE_MINOR, Category.HIDDEN_CAMERA}

#: the same GDPR citations in each language ("AVG" / "RGPD" / "GDPR")
GDPR = {"en": "GDPR", "nl": "AVG", "fr": "RGPD"}
CHILD_WORDS = {
    "en": "in particular where the data subject is a child",
    "nl": "met name wanneer de betrokkene een kind is",
    "fr": "notamment lorsque la personne concernée est un enfant",
}
CRIME_WORDS = {
    Category.INTIMATE_IMAGE_ADULT: {"en": "4 May 2020", "nl": "4 mei 2020", "fr": "4 mai 2020"},
    Category.HIDDEN_CAMERA: {"en": "voyeurism", "nl": "voyeurisme", "fr": "voyeurisme"},
    Category.INTIMATE_IMAGE_MINOR: {
        "en": "whatever the minor is said to have consented to",
        "nl": "wat de minderjarige ook zou hebben toegestaan",
        "fr": "quel que soit le consentement que le mineur aurait donné",
    },
    Category.HARASSMENT: {"en": "stalking", "nl": "belaging", "fr": "harcèlement"},
    Category.IMPERSONATION: {
        "en": "computer forgery",
        "nl": "informaticavalsheid",
        "fr": "faux en informatique",
    },
}
#: anything that looks like a Belgian Criminal Code article number (old or new numbering)
CRIMINAL_ARTICLE = re.compile(r"(?:417|371|442|231|210bis|383|380)\s*[/bist]*", re.I)


@pytest.fixture(autouse=True)
def brussels_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The user's computer is in Belgium: letters show Brussels time with its offset."""
    monkeypatch.setenv("TZ", "Europe/Brussels")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _case(make_case: MakeCase, category: Category) -> Case:
    adult = category in ADULT_CATEGORIES
    return make_case(
        category=category.value,
        requester={
            "role": "self" if adult else "parent",
            "name": "Anaïs Dupré",
            "email": "anais.dupre@example.org",
        },
        person_age=34 if adult else 12,
        urls=["https://www.facebook.com/photo/?fbid=1", "https://forum.example.net/t/42"],
        seen_at="2026-03-14T18:30:00+01:00",
    )


def _own_part(text: str, lang: str) -> str:
    """The letter in ``lang`` (an English letter may be followed by the user's version)."""
    return text.split("=" * 40)[0]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("category", CATEGORIES, ids=lambda c: c.value)
def test_golden_letters_carry_the_right_grounds(
    make_case: MakeCase, category: Category, lang: str
) -> None:
    case = _case(make_case, category)
    drafts = draft_all(case, lang)
    kinds = {r.recipient.letter for r in drafts.requests}
    assert LetterKind.NOTICE in kinds and LetterKind.HOST_NOTICE in kinds
    g = GDPR[lang]
    for request in drafts.requests:
        text = _own_part(request.text, request.language)
        assert request.language == lang  # Facebook, a host and search engines: the user's
        letter = request.recipient.letter
        # erasure: Art. 17(1)(c) with the Art. 21 objection, and 17(1)(d)
        assert f"17(1)(c) {g}" in text and f"21(1) {g}" in text and f"17(1)(d) {g}" in text
        assert f"6(1)(f) {g}" in text
        assert (CHILD_WORDS[lang] in text) == case.concerns_minor
        assert (f"9(1) {g}" in text) == (category in INTIMATE)
        # Art. 17(1)(f): only an online service, only for a child, and with Belgium's 13
        service_to_child = letter is LetterKind.NOTICE and case.concerns_minor
        assert (f"17(1)(f) {g}" in text) == service_to_child
        if service_to_child:
            assert {"en": "30 July 2018", "nl": "30 juli 2018", "fr": "30 juillet 2018"}[
                lang
            ] in text
        # criminal law: named, never numbered
        if category in CRIME_CATEGORIES:
            assert CRIME_WORDS[category][lang] in text
        assert not CRIMINAL_ARTICLE.search(text), CRIMINAL_ARTICLE.search(text)
        # the local time of the sighting, with its offset (18:30 in Brussels, not 17:30 UTC)
        # written the reader's way (issue 15), never ISO
        local = {
            "en": "14 March 2026 at 18:30",
            "nl": "14/03/2026 om 18.30 u",
            "fr": "le 14/03/2026 à 18 h 30",
        }[lang]
        assert f"{local} (UTC+01:00)" in text and "17:30" not in text and "17.30" not in text
        assert "2026-03-14" not in text
        if letter is LetterKind.DELISTING:
            # delisting rests on the GDPR: no DSA notice claims
            assert "DSA" not in text and "16(2)" not in text and "16(3)" not in text
            assert "XI.174" not in text
        else:
            assert "16(3) DSA" in text
            assert "XI.174" in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_delisting_covers_every_other_url_of_the_case(make_case: MakeCase, lang: str) -> None:
    case = make_case(
        urls=[
            "https://drive.google.com/file/d/abc/view",
            "https://forum.example.net/t/42",
            "https://www.google.be/search?q=kamp&tbm=isch",
        ]
    )
    drafts = draft_all(case, lang)
    by_id = {r.recipient.id: r for r in drafts.requests}
    assert by_id["platform:google_drive"].recipient.urls == (case.urls[0],)
    search = by_id["search:google_search"]
    assert set(search.recipient.urls) == set(case.urls)  # its result page and both others
    assert all(url in search.text for url in case.urls)
    assert search.recipient.address_or_url.endswith("answer/10949130")
    assert any("image" in note.lower() or "beeld" in note for note in search.recipient.notes)
    fields = {f.label: f.value for f in search.fields}
    assert phrases(lang)["field_image_urls"] in fields  # the form takes image addresses


def test_image_addresses_are_offered_for_the_google_minors_form(make_case: MakeCase) -> None:
    case = make_case(urls=["https://fotos.example.net/kamp/12.jpg", "https://fotos.example.net/"])
    search = next(
        r for r in draft_all(case, "nl").requests if r.recipient.id == "search:google_search"
    )
    fields = {f.label: f.value for f in search.fields}
    assert fields[phrases("nl")["field_image_urls"]] == "https://fotos.example.net/kamp/12.jpg"


def test_wording_fixes_in_dutch_and_french(make_case: MakeCase) -> None:
    nl, fr = phrases("nl"), phrases("fr")
    all_nl = " ".join(nl.values())
    all_fr = " ".join(fr.values())
    assert (
        "roofzuchtig" not in all_nl and "seksueel getinte context" in nl["cat_sexualised_context"]
    )
    assert "intimideren" not in all_nl and "belagen" in nl["cat_harassment"]
    assert "inhoud op deze adressen" not in nl["hotline_explanation"]
    assert "prédateur" not in all_fr and "pédocriminel" in fr["cat_sexualised_context"]
    assert "dans mes mots" not in all_fr and "avec mes propres mots" in fr["description_intro"]
    organisation = {
        "role": "organisation",
        "name": "Jef Peeters",
        "email": "jef@example.be",
        "organisation": "Unité scoute Saint-Jean",
    }
    text = draft_all(make_case(requester=organisation), "fr").requests[0].text
    assert "au nom de l’organisation de jeunesse « Unité scoute Saint-Jean »" in text
    assert "au nom de Unité" not in text
    unnamed = {**organisation, "organisation": ""}
    text = draft_all(make_case(requester=unnamed), "fr").requests[0].text
    assert "au nom de notre organisation de jeunesse" in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_foreign_letter_warns_that_the_description_is_pasted_as_typed(
    make_case: MakeCase, lang: str
) -> None:
    case = make_case(urls=["https://t.me/somechannel/5"])
    request = draft_all(case, lang).requests[0]
    assert request.recipient.language == "en"
    if lang == "en":
        assert request.warnings == () and request.warning_texts == ()
        return
    assert request.warnings == ("description_pasted_as_typed",)
    assert request.warning_texts and phrases(lang)["language_name_en"] in request.warning_texts[0]
    english = _own_part(request.text, "en")
    assert case.description in english
    assert phrases("en")["description_typed_note"] in english
    no_description = draft_all(make_case(urls=list(case.urls), description=""), lang).requests[0]
    assert no_description.warnings == ()


def test_format_when_uses_the_local_offset() -> None:
    moment = datetime(2026, 7, 1, 16, 30, tzinfo=timezone.utc)
    # Brussels summer time
    assert format_when(moment, "en") == "1 July 2026 at 18:30 (UTC+02:00)"
    assert format_when(moment, "nl") == "01/07/2026 om 18.30 u (UTC+02:00)"
    assert format_when(moment, "en", ZoneInfo("UTC")) == "1 July 2026 at 16:30 (UTC+00:00)"
    assert format_when(datetime(2026, 1, 1, 12, 0), "fr") == "01/01/2026 à 13 h 00 (UTC+01:00)"
