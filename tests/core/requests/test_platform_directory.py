"""The platform directory: schema, facts from the shared document only, user updates."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from photosafe_desktop.core.requests.case import Case, Category
from photosafe_desktop.core.requests.directory import (
    DirectoryError,
    active_directory,
    bundled_directory,
    directory_schema,
    install_directory,
    load_directory,
    may_file,
    parse_directory,
    reset_directory,
    schema_errors,
    user_directory_path,
)
from photosafe_desktop.core.resources import resource_path

_ROOT = Path(__file__).resolve().parents[3]
# shared/ sits beside the checkout (CI, /work/main) or beside the worktrees' folder
SHARED_DOC = next(
    (
        candidate / "shared" / "docs" / "removal-requests.md"
        for candidate in (_ROOT.parent, _ROOT.parent.parent)
        if (candidate / "shared" / "docs" / "removal-requests.md").is_file()
    ),
    _ROOT.parent / "shared" / "docs" / "removal-requests.md",
)


def _raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resource_path("platforms", "directory.json").read_text(encoding="utf-8")
    )
    return data


def test_bundled_directory_is_valid() -> None:
    assert schema_errors(_raw(), directory_schema()) == []
    directory = bundled_directory()
    ids = {p.id for p in directory.platforms}
    assert {
        "facebook",
        "instagram",
        "tiktok",
        "snapchat",
        "youtube",
        "google_search",
        "x",
        "whatsapp",
        "telegram",
        "discord",
    } <= ids
    for platform in directory.platforms:
        assert platform.sources and platform.last_verified


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
        ("https://example.org/facebook.com", None),
        ("https://notfacebook.com/", None),
    ],
)
def test_domain_maps_to_platform(url: str, platform_id: str | None) -> None:
    platform = bundled_directory().platform_for_url(url)
    assert (platform.id if platform else None) == platform_id


@pytest.mark.skipif(not SHARED_DOC.is_file(), reason="shared/docs not present")
def test_every_directory_url_and_email_is_in_the_shared_document() -> None:
    doc = SHARED_DOC.read_text(encoding="utf-8")
    text = json.dumps(_raw())
    urls = set(re.findall(r"https?://([^\"\s]+)", text))
    emails = set(re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text))
    assert urls and emails
    lower = doc.lower()
    for url in urls:
        url = url.rstrip("/").lower()
        host, _, path = url.partition("/")
        tail = "/".join(path.split("/")[-2:])
        # the document abbreviates a second form on the same site ("... answer/6302812")
        assert url in lower or (host in lower and tail and tail in lower), url
    for email in emails:
        assert email in doc, email


@pytest.mark.skipif(not SHARED_DOC.is_file(), reason="shared/docs not present")
def test_operators_and_addresses_are_from_the_shared_document() -> None:
    doc = SHARED_DOC.read_text(encoding="utf-8")
    for platform in _raw()["platforms"]:
        for key in ("operator", "address"):
            if platform[key]:
                assert platform[key] in doc, (platform["id"], key)


@pytest.mark.parametrize(
    ("mutate", "where"),
    [
        (lambda d: d["platforms"][0].pop("sources"), "platforms[0].sources"),
        (
            lambda d: d["platforms"][0].update(last_verified="last week"),
            "platforms[0].last_verified",
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
        (lambda d: d["platforms"][0].update(colour="blue"), "platforms[0].colour"),
        (
            lambda d: d["platforms"][0]["routes"][0].update(categories=["csam"]),
            "platforms[0].routes[0].categories[0]",
        ),
        (lambda d: d["platforms"][1].update(domains=["facebook.com"]), "platforms[1].domains"),
        (lambda d: d["platforms"][1].update(id="facebook"), "platforms[1].id"),
        (lambda d: d["platforms"][0]["routes"][0].update(url=""), "platforms[0].routes[0].url"),
        (lambda d: d.update(format=2), "format"),
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
    bad.write_text('{"format": 1, "platforms": []}', encoding="utf-8")
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


def test_languages_discord_and_telegram_take_english() -> None:
    directory = bundled_directory()
    assert directory.platform("discord").request_language("nl") == "en"
    assert directory.platform("telegram").request_language("fr") == "en"
    assert directory.platform("facebook").request_language("fr") == "fr"
