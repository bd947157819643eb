"""The platform directory: schema, a source and a date for every route, freshness, updates."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from photosafe_desktop.core.cases.model import Case, Category
from photosafe_desktop.core.requests.directory import (
    DirectoryError,
    active_directory,
    bundled_directory,
    directory_schema,
    freshness_problems,
    install_directory,
    load_directory,
    may_file,
    parse_directory,
    reset_directory,
    schema_errors,
    user_directory_path,
)
from photosafe_desktop.core.resources import resource_path

#: the day the bundled routes were checked; tests use this fixed clock so they do not rot
CHECKED = date(2026, 12, 2)


def _raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resource_path("platforms", "directory.json").read_text(encoding="utf-8")
    )
    return data


def test_bundled_directory_is_valid_and_has_25_places() -> None:
    assert schema_errors(_raw(), directory_schema()) == []
    directory = bundled_directory()
    ids = {p.id for p in directory.platforms}
    assert len(ids) >= 25
    assert {
        "facebook", "instagram", "messenger", "whatsapp", "tiktok", "snapchat", "youtube",
        "google_search", "google_drive", "google_photos", "blogger", "x", "telegram",
        "discord", "aylo", "onlyfans", "reddit", "flickr", "imgur", "pinterest", "tumblr",
        "twitch", "vimeo", "bing",
    } <= ids  # fmt: skip
    for org in ("gba_apd", "bipt", "iefh", "child_focus", "police", "inhope", "prosecutor",
                "court", "ods_bodies"):  # fmt: skip
        assert directory.organisation(org) is not None, org


def test_every_route_and_organisation_has_a_source_a_date_and_who_may_file() -> None:
    directory = bundled_directory()
    for platform in directory.platforms:
        assert platform.routes and platform.test_urls, platform.id
        for route in platform.routes:
            assert route.source.startswith(("https://", "http://")), (platform.id, route.id)
            assert date.fromisoformat(route.verified) <= CHECKED
            assert route.who_may_file, (platform.id, route.id)
            assert all(t.en and t.nl and t.fr for t in route.texts), (platform.id, route.id)
    for org in directory.organisations:
        assert org.source.startswith(("https://", "http://")) and org.verified, org.id
        if org.role not in ("prosecutor", "court"):  # reached through the police or a lawyer
            assert org.address_or_url or org.phone, org.id  # an escalation letter has a "To"


def test_every_platform_recognises_its_test_urls() -> None:
    directory = bundled_directory()
    for platform in directory.platforms:
        for url in platform.test_urls:
            found = directory.platform_for_url(url)
            assert found is not None and found.id == platform.id, url


def test_the_bundled_routes_are_fresh_on_the_day_they_were_checked() -> None:
    assert freshness_problems(bundled_directory(), CHECKED) == ()


def test_a_route_older_than_12_months_is_stale() -> None:
    directory = bundled_directory()
    a_year_later = date(2027, 12, 3)  # 366 days after the check
    problems = freshness_problems(directory, a_year_later)
    assert any(p.startswith("facebook.image_privacy: verified 2026-12-02") for p in problems)
    assert any(p.startswith("organisation gba_apd:") for p in problems)
    assert freshness_problems(directory, date(2027, 12, 2)) == ()  # exactly 365 days: fresh

    data = copy.deepcopy(_raw())
    data["platforms"][3]["routes"][0]["verified"] = "2025-11-30"
    stale = freshness_problems(parse_directory(data), CHECKED)
    assert stale == (
        f"{data['platforms'][3]['id']}.{data['platforms'][3]['routes'][0]['id']}: "
        "verified 2025-11-30, more than 12 months before 2026-12-02",
    )


@pytest.mark.parametrize("field", ["source", "verified", "who_may_file"])
def test_a_route_without_source_date_or_filer_is_refused(field: str) -> None:
    data = copy.deepcopy(_raw())
    del data["platforms"][5]["routes"][0][field]
    with pytest.raises(DirectoryError) as info:
        parse_directory(data)
    assert info.value.where == f"platforms[5].routes[0].{field}"
    assert info.value.problem == "is missing"
    assert "platforms[5].routes[0]" in info.value.message.english()


@pytest.mark.parametrize(
    ("url", "platform_id"),
    [
        ("https://www.facebook.com/photo/?fbid=1", "facebook"),
        ("https://m.facebook.com/story.php?id=2", "facebook"),
        ("https://www.instagram.com/p/abc/", "instagram"),
        ("https://vm.tiktok.com/xyz", "tiktok"),
        ("https://x.com/someone/status/1", "x"),
        ("https://twitter.com/someone/status/1", "x"),
        ("https://youtu.be/abc", "youtube"),
        ("https://t.me/channel/5", "telegram"),
        ("https://cdn.discordapp.com/attachments/1/2/a.png", "discord"),
        ("https://media.discordapp.net/attachments/1/2/a.png", "discord"),
        ("https://www.google.be/search?q=naam", "google_search"),
        ("https://www.google.fr/imgres?imgurl=x", "google_search"),
        ("https://google.nl/search?q=x", "google_search"),
        ("https://images.google.com/images?q=x", "google_search"),
        ("https://drive.google.com/file/d/abc/view", "google_drive"),
        ("https://docs.google.com/document/d/abc", "google_drive"),
        ("https://photos.google.com/share/abc", "google_photos"),
        ("https://photos.app.goo.gl/abc", "google_photos"),
        ("https://kamp.blogspot.com/2026/07/foto.html", "blogger"),
        ("https://www.pornhub.com/view_video.php?viewkey=1", "aylo"),
        ("https://www.bing.com/images/search?q=x", "bing"),
        ("https://sites.google.com/view/kamp", None),  # no verified route: the host's abuse desk
        ("https://example.org/facebook.com", None),
        ("https://notfacebook.com/", None),
        ("https://drive.google.com.evil.example/x", None),
    ],
)
def test_domain_maps_to_platform(url: str, platform_id: str | None) -> None:
    platform = bundled_directory().platform_for_url(url)
    assert (platform.id if platform else None) == platform_id


@pytest.mark.parametrize(
    ("mutate", "where"),
    [
        (lambda d: d["platforms"][0]["routes"][0].pop("source"), "platforms[0].routes[0].source"),
        (
            lambda d: d["platforms"][0]["routes"][0].update(verified="last week"),
            "platforms[0].routes[0].verified",
        ),
        (
            lambda d: d["platforms"][0]["routes"][0].update(verified="2026-13-45"),
            "platforms[0].routes[0].verified",
        ),
        (
            lambda d: d["platforms"][0]["routes"][0].update(source="see the shared doc"),
            "platforms[0].routes[0].source",
        ),
        (
            lambda d: d["platforms"][1]["routes"][0].update(channel="fax"),
            "platforms[1].routes[0].channel",
        ),
        (
            lambda d: d["platforms"][2]["routes"][0].update(url="javascript:alert(1)"),
            "platforms[2].routes[0].url",
        ),
        (
            lambda d: d["platforms"][3]["routes"][0].update(email="nobody"),
            "platforms[3].routes[0].email",
        ),
        (
            lambda d: d["platforms"][0]["routes"][0].update(who_may_file=["the neighbours"]),
            "platforms[0].routes[0].who_may_file[0]",
        ),
        (lambda d: d["platforms"][0].update(colour="blue"), "platforms[0].colour"),
        (
            lambda d: d["platforms"][0]["routes"][0].update(categories=["csam"]),
            "platforms[0].routes[0].categories[0]",
        ),
        (
            lambda d: d["platforms"][0]["routes"][0]["notes"][0].pop("fr"),
            "platforms[0].routes[0].notes[0].fr",
        ),
        (lambda d: d["platforms"][1].update(domains=["facebook.com"]), "platforms[1].domains"),
        (lambda d: d["platforms"][1].update(id="facebook"), "platforms[1].id"),
        (lambda d: d["platforms"][1].update(test_urls=[]), "platforms[1].test_urls"),
        (lambda d: d["platforms"][0]["routes"][0].update(url=""), "platforms[0].routes[0].url"),
        (lambda d: d["organisations"][0].pop("source"), "organisations[0].source"),
        (lambda d: d.update(format=1), "format"),
    ],
)
def test_schema_violations_are_reported_with_their_place(
    mutate: Callable[[dict[str, Any]], Any], where: str
) -> None:
    data = copy.deepcopy(_raw())
    mutate(data)
    with pytest.raises(DirectoryError) as info:
        parse_directory(data)
    assert info.value.where == where


def test_user_can_install_an_updated_directory(tmp_path: Path) -> None:
    data = copy.deepcopy(_raw())
    data["updated"] = "2027-01-15"
    data["platforms"][0]["routes"][0]["url"] = "https://facebook.com/help/new-form"
    data["platforms"][0]["routes"][0]["verified"] = "2027-01-15"
    source = tmp_path / "update.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    installed = install_directory(source)
    assert installed.origin == str(user_directory_path())
    active = active_directory()
    assert active.updated == "2027-01-15"
    assert active.platform("facebook").routes[0].url == "https://facebook.com/help/new-form"
    reset_directory()
    assert active_directory().origin == "bundled"


def test_invalid_update_is_refused_and_broken_file_falls_back(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": 2, "platforms": []}', encoding="utf-8")
    with pytest.raises(DirectoryError):
        install_directory(bad)
    assert not user_directory_path().exists()
    user_directory_path().write_text("{ broken", encoding="utf-8")
    assert active_directory().origin == "bundled"
    with pytest.raises(DirectoryError):
        load_directory(user_directory_path())


def test_facebook_parents_only_for_children_under_13(make_case: Callable[..., Case]) -> None:
    route = bundled_directory().platform("facebook").route_for(Category.CHILD_PHOTO_MISUSE)
    assert route is not None
    assert may_file(route, make_case(person_age=9)) is True
    assert may_file(route, make_case(person_age=15)) is False
    assert may_file(route, make_case(person_age=None)) is None
    assert may_file(route, make_case(requester={"role": "self"}, person_age=15)) is True
    assert may_file(route, make_case(requester={"role": "organisation"})) is False
    x_route = bundled_directory().platform("x").route_for(Category.HARASSMENT)
    assert x_route is not None
    assert may_file(x_route, make_case(requester={"role": "organisation"})) is True
    youtube = bundled_directory().platform("youtube").route_for(Category.HARASSMENT)
    assert youtube is not None and may_file(youtube, make_case(person_age=16)) is True
    assert may_file(youtube, make_case(requester={"role": "organisation"})) is False


def test_languages_discord_and_telegram_take_english() -> None:
    directory = bundled_directory()
    assert directory.platform("discord").request_language("nl") == "en"
    assert directory.platform("telegram").request_language("fr") == "en"
    assert directory.platform("facebook").request_language("fr") == "fr"
    assert directory.platform("snapchat").request_language("nl") == "nl"  # English or Dutch
    assert directory.platform("snapchat").request_language("fr") == "en"


def test_notes_are_in_the_users_language() -> None:
    route = bundled_directory().platform("facebook").route_for(Category.CHILD_PHOTO_MISUSE)
    assert route is not None
    assert any("13 tot 17" in note for note in route.notes_in("nl"))
    assert any("13 à 17" in note for note in route.notes_in("fr"))
    assert any("13 to 17" in note for note in route.notes_in("en"))
