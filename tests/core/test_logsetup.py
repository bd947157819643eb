from __future__ import annotations

import logging

from photosafe_desktop.core.logsetup import redact, setup_logging


def test_redact_removes_personal_data() -> None:
    text = (
        "sent to jan.peeters@example.be about https://www.facebook.com/photo?id=1 "
        "file /home/jan/Pictures/Sam_camp_2019.jpg and C:\\Users\\Jan\\x.png and Emma.HEIC"
    )
    out = redact(text)
    for secret in ("jan.peeters", "facebook.com", "Sam_camp", "Users", "Emma"):
        assert secret not in out
    # (an unquoted path runs to the end of the line: names in folders may hold spaces)
    assert "<email>" in out and "<url>" in out and "<path>" in out
    assert redact("and Emma.HEIC") == "and <file>"


def test_log_file_is_written_and_scrubbed(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = setup_logging(directory=tmp_path)
    logger = logging.getLogger("photosafe_desktop.test")
    logger.info("exported %s for %s", "/tmp/album/Lotte.jpg", "ouder@example.org")
    for handler in logging.getLogger("photosafe_desktop").handlers:
        handler.flush()
    content = path.read_text(encoding="utf-8")
    assert "exported" in content
    assert "Lotte" not in content and "ouder@" not in content


#: (log text, what must not survive, what must survive) - the crash dialog promises
#: "no names, addresses or photos" in the log
REDACTION_TABLE = [
    ("read /home/jan/Kamp Lotte Peeters/IMG 1.jpg", ["Lotte", "Peeters", "IMG"], ["read"]),
    ("folder '/home/jan/Foto's Sam/x' missing", ["Sam", "Foto"], ["folder"]),
    (
        'open "C:\\Users\\Jan Peeters\\Kamp 2024\\a.jpg" failed',
        ["Jan", "Peeters", "Kamp"],
        ["open"],
    ),
    ("share \\\\nas-familie-peeters\\fotos\\Kamp Lotte", ["peeters", "Lotte", "fotos"], ["share"]),
    ("smb://school-sint-jan/fotos/klas 3", ["sint-jan", "klas"], ["<url>"]),
    ("reported facebook.com/groups/chiro-lotte/posts/1", ["chiro", "lotte", "facebook"], ["<url>"]),
    ("host instagram.com refused", ["instagram"], ["host", "refused"]),
    ("sent as ouder@localhost ok", ["ouder"], ["<email>", "ok"]),
    ("mail jan.peeters@example.be", ["jan.peeters", "example.be"], ["<email>"]),
    ("call +32 470 12 34 56 now", ["470 12"], ["<phone>", "now"]),
    ("call 0032 3 123 45 67", ["123 45"], ["<phone>"]),
    ("call 0470/12.34.56 or 03 123 45 67", ["0470", "123 45"], ["<phone>"]),
    ("gsm 0470123456", ["0470123456"], ["<phone>"]),
    ("https://www.facebook.com/photo?id=1", ["facebook"], ["<url>"]),
    ("Emma.HEIC could not be read", ["Emma"], ["<file>", "could not be read"]),
    # kept: what a developer needs, and no personal data
    (
        "analysed 12 photos in 3.5 s (0.31 s each)",
        [],
        ["analysed 12 photos in 3.5 s (0.31 s each)"],
    ),
    ("ValueError in photosafe_desktop.core.batch", [], ["ValueError"]),
]


def test_redaction_table() -> None:
    import pytest  # noqa: F401 - table-driven, one assertion message per row

    failures = []
    for text, gone, kept in REDACTION_TABLE:
        out = redact(text)
        leaked = [g for g in gone if g.lower() in out.lower()]
        lost = [k for k in kept if k not in out]
        if leaked or lost:
            failures.append(f"{text!r} -> {out!r}: leaked {leaked}, lost {lost}")
    assert not failures, "\n".join(failures)
