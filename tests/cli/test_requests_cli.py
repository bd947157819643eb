"""The stable command line: ``photosafe platforms``, ``abuse-contact`` and ``draft``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from photosafe_desktop.cli import main

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "core" / "requests"))
from rdap_server import RdapTestServer  # noqa: E402

CASE: dict[str, Any] = {
    "category": "child_photo_misuse",
    "requester": {"role": "parent", "name": "Anaïs Dupré", "email": "anais.dupre@example.org"},
    "urls": [
        "https://www.facebook.com/photo/?fbid=1",
        "https://discord.com/channels/1/2",
        "https://www.hostedsite.com/kamp",
    ],
    "seen_at": "2026-03-14T18:30:00+01:00",
    "description": "Foto van het kamp — zonder toestemming.",
    "person_age": 9,
}


def _write(tmp_path: Path, data: Any, name: str = "case.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PHOTOSAFE_HOME": str(home), "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "photosafe_desktop.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=ROOT,
    )


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_draft_json_contract(tmp_path: Path, photosafe_home: Path, lang: str) -> None:
    result = _run(
        "draft",
        "--case",
        str(_write(tmp_path, CASE)),
        "--lang",
        lang,
        "--json",
        home=photosafe_home,
    )
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert {"requests", "actions", "safeguards"} <= set(out)
    recipients = [r["recipient"] for r in out["requests"]]
    assert recipients == [
        "Facebook",
        "Discord",
        "hostedsite.com",
        "Google Search",
        "Bing (Microsoft)",
    ]
    for request in out["requests"]:
        assert {
            "recipient",
            "channel",
            "address_or_url",
            "subject",
            "text",
            "complete",
            "missing",
        } <= set(request)
        assert request["complete"] is True and request["missing"] == []
        assert "Anaïs Dupré" in request["text"]
    facebook = out["requests"][0]
    assert facebook["channel"] == "web_form"
    assert facebook["address_or_url"] == "https://www.facebook.com/help/www/428478523862899"
    assert facebook["source"].startswith("https://www.facebook.com/help/")
    assert facebook["verified"] == "2026-12-02"
    discord = out["requests"][1]
    assert discord["address_or_url"] == "https://discord.com/report"
    assert discord["language"] == "en"
    if lang != "en":  # an English letter with the user's description pasted as typed
        assert discord["warnings"] == ["description_pasted_as_typed"]
        assert discord["warning_texts"]
    else:
        assert discord["warnings"] == []
    assert out["requests"][2]["address_or_url"] == ""  # not looked up: no network unless asked
    assert [a["id"] for a in out["actions"]][:2] == ["evidence", "platforms"]
    assert all(a["title"] and a["description"] for a in out["actions"])


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_draft_drive_and_forum_get_drive_request_and_delisting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    data = {
        **CASE,
        "urls": ["https://drive.google.com/file/d/abc/view", "https://forum.example.net/t/42"],
    }
    assert main(["draft", "--case", str(_write(tmp_path, data)), "--lang", lang, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    by_name = {r["recipient"]: r for r in out["requests"]}
    drive = by_name["Google Drive"]
    assert drive["kind"] == "notice" and drive["urls"] == [data["urls"][0]]
    assert drive["address_or_url"] == "https://support.google.com/docs/answer/2463296"
    search = by_name["Google Search"]
    assert search["kind"] == "delisting"
    assert "https://forum.example.net/t/42" in search["urls"]
    assert "https://forum.example.net/t/42" in search["text"]
    assert "16(2)" not in search["text"] and "DSA" not in search["text"]  # GDPR, not the DSA


def test_draft_csam_only_hotline(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = {**CASE, "category": "csam", "requester": {"role": "parent"}}
    assert main(["draft", "--case", str(_write(tmp_path, data)), "--lang", "nl", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [r["recipient"] for r in out["requests"]] == ["Child Focus"]
    assert out["requests"][0]["address_or_url"] == "https://stopchildporno.be"
    assert out["requests"][0]["complete"] is True
    assert "zonder toestemming" not in out["requests"][0]["text"]  # no description of the content
    assert {a["kind"] for a in out["actions"]} == {"safety", "hotline", "police"}


def test_draft_incomplete_names_missing_elements(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = {**CASE, "requester": {"role": "self"}}
    assert main(["draft", "--case", str(_write(tmp_path, data)), "--lang", "fr", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert all(
        r["complete"] is False and r["missing"] == ["name", "email"] for r in out["requests"]
    )


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"category": "revenge"}, "category"),
        ({"requester": {"role": "friend"}}, "requester.role"),
        ({"urls": ["https://ok.example/", "javascript:alert(1)"]}, "urls[1]"),
        ({"seen_at": "gisteren"}, "seen_at"),
        ({"urls": None}, "urls"),
    ],
)
def test_draft_malformed_case_exit_2_names_field(
    tmp_path: Path, photosafe_home: Path, change: dict[str, Any], field: str
) -> None:
    data = {**CASE, **change}
    if change.get("urls", 1) is None:
        del data["urls"]
    result = _run(
        "draft", "--case", str(_write(tmp_path, data)), "--lang", "nl", home=photosafe_home
    )
    assert result.returncode == 2
    assert f"'{field}'" in result.stderr
    result = _run(
        "draft",
        "--case",
        str(_write(tmp_path, data)),
        "--lang",
        "nl",
        "--json",
        home=photosafe_home,
    )
    assert result.returncode == 2
    assert json.loads(result.stdout)["error"]["field"] == field


def test_draft_unreadable_case_and_bad_lang(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["draft", "--case", str(tmp_path / "missing.json"), "--lang", "nl"]) == 2
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    assert main(["draft", "--case", str(bad), "--lang", "nl"]) == 2
    with pytest.raises(SystemExit) as info:
        main(["draft", "--case", str(bad), "--lang", "de"])
    assert info.value.code == 2


def test_draft_text_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["draft", "--case", str(_write(tmp_path, CASE)), "--lang", "nl"]) == 0
    out = capsys.readouterr().out
    assert "To: Facebook (web_form: https://www.facebook.com/help/www/428478523862899)" in out
    assert "Route checked 2026-12-02 on https://www.facebook.com/help/" in out
    assert "Notice: complete" in out and "What to do:" in out
    assert "Warning: Uw eigen beschrijving" in out  # the English letter to Discord


def test_platforms(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["platforms", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    ids = [p["id"] for p in out["platforms"]]
    assert len(ids) >= 25
    assert "facebook" in ids and "discord" in ids and out["origin"] == "bundled"
    for platform in out["platforms"]:
        assert platform["routes"] and platform["test_urls"]
        for route in platform["routes"]:
            assert route["source"].startswith(("https://", "http://")), route
            assert route["verified"] and route["who_may_file"], route
    snapchat = next(p for p in out["platforms"] if p["id"] == "snapchat")
    assert "dsa-enquiries@snapchat.com" not in [r["email"] for r in snapchat["routes"]]
    assert snapchat["languages"] == ["en", "nl"]
    orgs = {o["id"]: o for o in out["organisations"]}
    assert orgs["iefh"]["phone"] == "0800 12 800" and orgs["gba_apd"]["source"]
    assert main(["platforms"]) == 0
    text = capsys.readouterr().out
    assert "Snapchat (snapchat)" in text and "source: https://values.snap.com/" in text


def test_platforms_with_an_invalid_directory_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = _write(
        tmp_path, {"format": 2, "platforms": [{"id": "x"}], "organisations": []}, "dir.json"
    )
    assert main(["platforms", "--json", "--directory", str(bad)]) == 2
    assert "platforms[0]" in capsys.readouterr().out
    old = _write(tmp_path, {"format": 1, "platforms": [], "organisations": []}, "old.json")
    assert main(["platforms", "--json", "--directory", str(old)]) == 2
    assert '"where": "format"' in capsys.readouterr().out


@pytest.mark.network_local
def test_abuse_contact_against_local_rdap(photosafe_home: Path) -> None:
    with RdapTestServer().standard() as server:
        result = _run(
            "abuse-contact",
            "https://www.hostedsite.com/kamp",
            "--bootstrap",
            server.base + "/dns.json",
            "--resolve",
            "hostedsite.com:192.0.2.10",
            "--json",
            home=photosafe_home,
        )
        assert result.returncode == 0, result.stderr
        out = json.loads(result.stdout)
        assert out["domain"] == "hostedsite.com" and out["ip"] == "192.0.2.10"
        roles = {c["role"]: c for c in out["contacts"]}
        assert roles["hosting"]["emails"] == ["abuse@hostco.example"]
        assert "abuse@registrar.example" in roles["registrar"]["emails"]
        text = _run(
            "abuse-contact",
            "https://www.hostedsite.com/kamp",
            "--bootstrap",
            server.base + "/dns.json",
            "--resolve",
            "hostedsite.com:192.0.2.10",
            home=photosafe_home,
        )
        assert text.returncode == 0 and "abuse@hostco.example" in text.stdout
        drafted = _run(
            "draft",
            "--case",
            str(_write(photosafe_home, CASE)),
            "--lang",
            "en",
            "--json",
            "--lookup",
            "--bootstrap",
            server.base + "/dns.json",
            "--resolve",
            "hostedsite.com:192.0.2.10",
            home=photosafe_home,
        )
        assert drafted.returncode == 0, drafted.stderr
        host = json.loads(drafted.stdout)["requests"][2]
        assert host["recipient"] == "HostCo B.V. (hostedsite.com)"
        assert host["address_or_url"] == "abuse@hostco.example"


def test_abuse_contact_known_platform_and_errors(
    photosafe_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["abuse-contact", "https://vm.tiktok.com/abc", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["platform"]["id"] == "tiktok"
    assert main(["abuse-contact", "not a url", "--json"]) == 2
    capsys.readouterr()
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    code = main(
        [
            "abuse-contact",
            "https://hostedsite.com/",
            "--bootstrap",
            f"http://127.0.0.1:{port}/dns.json",
            "--timeout",
            "2",
            "--json",
        ]
    )
    captured = capsys.readouterr()
    assert code == 1
    assert json.loads(captured.out)["error"]["code"] == "offline"
    assert "could not reach the internet" in captured.err
