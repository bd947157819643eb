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
    assert "<email>" in out and "<url>" in out and "<path>" in out and "<file>" in out


def test_log_file_is_written_and_scrubbed(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = setup_logging(directory=tmp_path)
    logger = logging.getLogger("photosafe_desktop.test")
    logger.info("exported %s for %s", "/tmp/album/Lotte.jpg", "ouder@example.org")
    for handler in logging.getLogger("photosafe_desktop").handlers:
        handler.flush()
    content = path.read_text(encoding="utf-8")
    assert "exported" in content
    assert "Lotte" not in content and "ouder@" not in content
