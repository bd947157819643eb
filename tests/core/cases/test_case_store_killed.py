"""No data is lost when the app is killed in the middle of writing (SIGKILL)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest

from photosafe_desktop.core.cases.deadlines import Status
from photosafe_desktop.core.cases.store import DB_NAME, CaseStore

ROOT = Path(__file__).resolve().parents[3]

WRITER = textwrap.dedent(
    """
    import sys
    from datetime import datetime, timezone
    from photosafe_desktop.core.cases.store import CaseStore
    from photosafe_desktop.core.cases.model import case_from_dict
    from photosafe_desktop.core.requests.letters import draft_all

    store = CaseStore()
    i = 0
    while True:
        case = case_from_dict({
            "category": "harassment",
            "requester": {"role": "self", "name": "Zoë", "email": "zoe@example.org"},
            "urls": [f"https://www.instagram.com/p/{i}"],
            "seen_at": "2026-02-01T10:00:00Z",
            "description": "x" * 5000,
        })
        store.add_case(case)
        record = store.add_request(case.id, draft_all(case, "nl").requests[0])
        store.record_send(record.id, "web_form", True, "opened")
        print(f"saved {i} {case.id} {record.id}", flush=True)
        i += 1
    """
)


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_case_log_survives_sigkill(photosafe_home: Path) -> None:
    env = {**os.environ, "PHOTOSAFE_HOME": str(photosafe_home), "PYTHONPATH": str(ROOT)}
    saved: list[tuple[str, str]] = []
    with subprocess.Popen(
        [sys.executable, "-c", WRITER],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    ) as proc:
        try:
            assert proc.stdout is not None
            for line in proc.stdout:
                _, _, case_id, request_id = line.split()
                saved.append((case_id, request_id))
                if len(saved) >= 40:
                    break
        finally:
            proc.send_signal(signal.SIGKILL)  # mid-write: it keeps writing until killed
            _, errors = proc.communicate(timeout=30)
    assert len(saved) >= 40, errors
    assert proc.returncode == -signal.SIGKILL

    path = photosafe_home / "data" / DB_NAME
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with CaseStore() as store:
        ids = set(store.case_ids())
        for case_id, request_id in saved:  # everything reported as saved is there
            assert case_id in ids
            request = store.get_request(request_id)
            assert request.status is Status.SENT and request.sent_at is not None
            assert "Zoë" in request.text
        store.add_case(replace(store.get_case(saved[0][0]), id="after-kill"))
        assert "after-kill" in store.case_ids()
