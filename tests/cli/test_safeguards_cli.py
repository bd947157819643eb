"""Issue 13 contract: ``photosafe draft --json`` has a ``safeguards`` object, and actions in
the requested language with their stable ids."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from photosafe_desktop.cli import main
from photosafe_desktop.core.requests.triage import _TEXTS

CASE: dict[str, Any] = {
    "category": "hidden_camera",
    "requester": {"role": "self", "name": "Lotte Janssens", "email": "lotte@example.be"},
    "urls": ["https://www.facebook.com/photo/?fbid=77"],
    "seen_at": "2026-11-30T21:00:00+01:00",
    "description": "Gefilmd in de kleedkamer van de sporthal.",
}


def _draft(tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, **extra: Any) -> Any:
    path = tmp_path / "case.json"
    path.write_text(json.dumps({**CASE, **extra}, ensure_ascii=False), encoding="utf-8")
    assert main(["draft", "--case", str(path), "--lang", lang, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_hidden_camera_age_14_gets_the_minor_rules(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    out = _draft(tmp_path, capsys, lang, person_age=14)
    safeguards = out["safeguards"]
    assert safeguards["minor"] is True
    assert safeguards["screenshots_allowed"] is False
    assert safeguards["first_step"] == "hotline"
    ids = [a["id"] for a in out["actions"]]
    assert ids[0] == "hotline"
    assert "child_focus_help" in ids and "iefh" not in ids
    assert "take_it_down" in ids and "stopncii" not in ids
    take_it_down = next(a for a in out["actions"] if a["id"] == "take_it_down")
    assert take_it_down["url"] == "https://takeitdown.ncmec.org"
    helplines = {h["id"]: h for h in safeguards["helplines"]}
    assert helplines["child_focus"]["phone"] == "116 000"
    assert set(helplines["child_focus"]) >= {"id", "name", "phone", "url"}
    assert "iefh" not in helplines
    for request in out["requests"]:
        assert "kleedkamer van de sporthal" not in request["text"]  # no description kept


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_hidden_camera_age_30_gets_the_adult_rules(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    out = _draft(tmp_path, capsys, lang, person_age=30)
    safeguards = out["safeguards"]
    assert safeguards["minor"] is False
    assert safeguards["screenshots_allowed"] is True
    assert safeguards["first_step"] == "platform"
    ids = [a["id"] for a in out["actions"]]
    assert "iefh" in ids and "stopncii" in ids
    assert "child_focus_help" not in ids and "take_it_down" not in ids and "hotline" not in ids
    helplines = {h["id"] for h in safeguards["helplines"]}
    assert "iefh" in helplines and "child_focus" not in helplines
    assert all(r["complete"] for r in out["requests"])


@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_actions_keep_their_ids_and_are_in_the_requested_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    english = _draft(tmp_path, capsys, "en", person_age=14)
    local = _draft(tmp_path, capsys, lang, person_age=14)
    assert [a["id"] for a in local["actions"]] == [a["id"] for a in english["actions"]]
    for mine, theirs in zip(local["actions"], english["actions"], strict=True):
        _kind, title, description = _TEXTS[mine["id"]]
        assert theirs["title"] == title
        assert mine["title"] != title, f"{mine['id']} title not translated into {lang}"
        assert mine["description"] != description


def test_not_sure_of_the_age_counts_as_a_minor(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _draft(tmp_path, capsys, "nl", person_age="not_sure")
    assert out["safeguards"]["minor"] is True
    assert out["safeguards"]["age_band"] == "unknown"
    assert out["safeguards"]["screenshots_allowed"] is False
