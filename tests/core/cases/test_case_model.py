"""The case model: CASE.json in and out, with errors that name the field."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from photosafe_desktop.core.cases.model import (
    Case,
    CaseError,
    Category,
    RequesterRole,
    case_from_dict,
    case_to_dict,
    load_case,
)


def test_minimal_case_parses(case_data: dict[str, Any]) -> None:
    case = case_from_dict(case_data)
    assert case.category is Category.CHILD_PHOTO_MISUSE
    assert case.requester.role is RequesterRole.PARENT
    assert case.seen_at == datetime(2026, 3, 14, 17, 30, tzinfo=timezone.utc)
    assert case.concerns_minor and case.under_digital_consent_age
    assert not case.anonymous_allowed


def test_naive_time_is_utc_and_z_suffix_accepted(case_data: dict[str, Any]) -> None:
    case_data["seen_at"] = "2026-03-14T18:30:00"
    assert case_from_dict(case_data).seen_at.hour == 18
    case_data["seen_at"] = "2026-03-14T18:30:00Z"
    assert case_from_dict(case_data).seen_at.tzinfo is not None


@pytest.mark.parametrize(
    ("mutate", "field"),
    [
        (lambda d: d.pop("category"), "category"),
        (lambda d: d.update(category="nudes"), "category"),
        (lambda d: d.pop("requester"), "requester"),
        (lambda d: d.update(requester="me"), "requester"),
        (lambda d: d["requester"].pop("role"), "requester.role"),
        (lambda d: d["requester"].update(role="boss"), "requester.role"),
        (lambda d: d["requester"].update(email="not-an-address"), "requester.email"),
        (lambda d: d["requester"].update(name=42), "requester.name"),
        (lambda d: d.pop("urls"), "urls"),
        (lambda d: d.update(urls=[]), "urls"),
        (lambda d: d.update(urls="https://x.example"), "urls"),
        (lambda d: d.update(urls=["https://ok.example/a", "ftp://x.example/b"]), "urls[1]"),
        (lambda d: d.update(urls=["https://ok.example/a", "not a url"]), "urls[1]"),
        (lambda d: d.update(urls=[42]), "urls[0]"),
        (lambda d: d.pop("seen_at"), "seen_at"),
        (lambda d: d.update(seen_at="yesterday"), "seen_at"),
        (lambda d: d.update(seen_at=20260314), "seen_at"),
        (lambda d: d.update(description=["x"]), "description"),
        (lambda d: d.update(urgency="asap"), "urgency"),
        (lambda d: d.update(urgency=3), "urgency"),
        (lambda d: d.update(person_age=-1), "person_age"),
        (lambda d: d.update(person_age="nine"), "person_age"),
        (lambda d: d.update(person_age=True), "person_age"),
    ],
)
def test_malformed_case_names_the_field(case_data: dict[str, Any], mutate: Any, field: str) -> None:
    mutate(case_data)
    with pytest.raises(CaseError) as info:
        case_from_dict(case_data)
    assert info.value.field == field
    assert info.value.code == "invalid_case"
    assert field.split("[")[0] in str(info.value)


def test_not_an_object() -> None:
    with pytest.raises(CaseError):
        case_from_dict(["category"])


def test_load_case_bad_json(tmp_path: Path) -> None:
    path = tmp_path / "case.json"
    path.write_text("{ not json", encoding="utf-8")
    with pytest.raises(CaseError) as info:
        load_case(path)
    assert "line 1" in str(info.value)


def test_round_trip_keeps_everything(case_data: dict[str, Any], tmp_path: Path) -> None:
    case = case_from_dict(case_data)
    path = tmp_path / "case.json"
    path.write_text(json.dumps(case_to_dict(case), ensure_ascii=False), encoding="utf-8")
    assert load_case(path) == case


def test_duplicate_urls_are_merged(case_data: dict[str, Any]) -> None:
    case_data["urls"] = ["https://a.example/1", "https://a.example/1", "https://a.example/2"]
    assert case_from_dict(case_data).urls == ("https://a.example/1", "https://a.example/2")


def test_csam_storage_form_keeps_urls_only(case_data: dict[str, Any]) -> None:
    case_data.update(category="csam", account_name="creep123", person_name="Kid")
    stored = case_from_dict(case_data).for_storage()
    assert stored.urls == tuple(case_data["urls"])
    assert stored.description == "" and stored.account_name == "" and stored.person_name == ""
    assert stored.anonymous_allowed


_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@settings(max_examples=60, deadline=None)
@given(
    category=st.sampled_from(list(Category)),
    role=st.sampled_from(list(RequesterRole)),
    name=_text,
    description=_text,
    hosts=st.lists(
        st.from_regex(r"[a-z]{1,10}\.(be|com|org)", fullmatch=True), min_size=1, max_size=4
    ),
    age=st.none() | st.integers(0, 120),
)
def test_round_trip_property(
    category: Category,
    role: RequesterRole,
    name: str,
    description: str,
    hosts: list[str],
    age: int | None,
) -> None:
    data = {
        "category": category.value,
        "requester": {"role": role.value, "name": name},
        "urls": [f"https://{h}/p" for h in hosts],
        "seen_at": "2026-01-02T03:04:05+00:00",
        "description": description,
        "person_age": age,
    }
    case = case_from_dict(data)
    again = case_from_dict(case_to_dict(case))
    assert again == case
    assert isinstance(again, Case)


@pytest.mark.parametrize(
    ("value", "urgent"),
    [
        ("urgent", True),
        ("HIGH", True),
        (True, True),
        ("normal", False),
        (False, False),
        (None, False),
    ],
)
def test_urgency_spellings(case_data: dict[str, Any], value: Any, urgent: bool) -> None:
    case_data["urgency"] = value
    assert (case_from_dict(case_data).urgency.value == "urgent") is urgent


def test_unknown_fields_are_ignored(case_data: dict[str, Any]) -> None:
    case_data["platform_hint"] = "facebook"
    case_data["requester"]["phone"] = "+32 470 00 00 00"
    assert case_from_dict(case_data).category is Category.CHILD_PHOTO_MISUSE


def test_load_case_tolerates_a_byte_order_mark(case_data: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "case.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(case_data).encode("utf-8"))
    assert load_case(path).requester.name == "Anaïs Dupré"
