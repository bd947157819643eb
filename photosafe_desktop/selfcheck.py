"""``photosafe-desktop --smoke-test``: the one self-check driver.

Builds nothing of its own: it drives the real main window like a user would, area by area,
and raises on the first problem. Production widgets carry no smoke-test code; the scenarios
live here (the bundled app runs this same check after every build).
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDeadlineTimer
from PySide6.QtWidgets import QApplication, QWizard

from photosafe_desktop.core.cases.model import Category
from photosafe_desktop.ui.main_window import AREA_NAMES, MainWindow
from photosafe_desktop.ui.wizard.state import PAGE_EVIDENCE, PAGE_REVIEW, PAGE_WHERE, PAGE_WHO

SMOKE_URL = "https://www.instagram.com/p/PhotoSafeSmokeTest/"


def run(window: MainWindow) -> dict[str, Any]:
    """Open every area once, run its scenario, come back home; raise on any problem."""
    window.show()
    QApplication.processEvents()
    lang = window.languages.language
    if lang != "en":
        probe = QCoreApplication.translate("HomePage", "What would you like to do?")
        if probe == "What would you like to do?":
            raise RuntimeError(f"the {lang} translation is not loaded")
    report: dict[str, Any] = {}
    for name in AREA_NAMES:
        page = window.open_area(name)
        QApplication.processEvents()
        if window.stack.currentWidget() is not page:
            raise RuntimeError(f"area {name} did not open")
        report[name] = SCENARIOS[name](page)
        window.go_home()
        QApplication.processEvents()
    window.tasks.wait(60000)
    return report


def workspace(page: Any) -> dict[str, int]:
    """Import a generated album, review it, export it, check every copy verifies; the same
    for a generated video clip when the video library is there."""
    from photosafe_desktop.core import export as export_core
    from photosafe_desktop.core.metadata.verify import verify
    from photosafe_desktop.core.selftest import make_test_album

    with tempfile.TemporaryDirectory(prefix="photosafe-smoke-") as tmp:
        album = make_test_album(Path(tmp) / "album", count=3)
        page.add_paths([album])
        deadline = QDeadlineTimer(180_000)
        while page.model.pending_count() and not deadline.hasExpired():
            QApplication.processEvents()
            page.analysis.wait(20)
        if page.model.pending_count():
            raise RuntimeError("photos were not analysed in time")
        if page.model.error_count():
            raise RuntimeError("a generated photo could not be read")
        faces = sum(len(e.regions) for e in page.model.entries)
        for row, entry in enumerate(page.model.entries):
            if entry.needs_review:
                page.select_row(row)
                page.toggle_reviewed()
        if not page.model.ready_to_export() or not page.export_button.isEnabled():
            raise RuntimeError("the export stayed locked after review")
        jobs = [
            export_core.ExportJob(e.path, e.regions, e.findings) for e in page.model.exportable()
        ]
        out = Path(tmp) / "safe"
        summary = export_core.export_album(jobs, out, export_core.ExportOptions(), workers=1)
        if summary.exported != len(jobs) or summary.failures:
            raise RuntimeError("the export failed")
        if faces < len(jobs) or summary.faces_hidden < len(jobs):
            raise RuntimeError("the drawn faces were not found and hidden")
        for path in summary.outputs:
            if not verify(path).ok:
                raise RuntimeError("an exported copy did not verify")
        page.clear_album()
        report = {"photos": len(jobs), "faces": faces}
        report.update(_workspace_clip(page, Path(tmp)))
    return report


def _workspace_clip(page: Any, tmp: Path) -> dict[str, int]:
    """When this build has the video library: import a generated clip with drawn faces and
    phone metadata, let the workspace find the faces, write a safe copy and check it
    verifies (no metadata left, no face found again)."""
    import dataclasses
    import importlib.util

    if importlib.util.find_spec("av") is None:
        return {}
    from photosafe_desktop.core.video import make_clip, sanitise_clip
    from photosafe_desktop.core.video.review import ClipStage

    (tmp / "clip").mkdir()
    clip = make_clip(tmp / "clip" / "kamp.mp4", size=(640, 480), seconds=1.0, fps=10)
    page.add_paths([clip])
    deadline = QDeadlineTimer(180_000)
    while page.clips.pending_count() and not deadline.hasExpired():
        QApplication.processEvents()
        page.clips.analysis.wait(20)
    entry = page.clips.entries[0] if page.clips.entries else None
    if entry is None or entry.stage != ClipStage.READY or entry.analysis is None:
        raise RuntimeError("the video clip was not analysed")
    if page.centre.currentWidget() is not page.clips.review:
        raise RuntimeError("the clip review is not shown")
    page.clips.toggle_reviewed()
    out = tmp / "safe-clip"
    out.mkdir()
    options = dataclasses.replace(page.clips.options, effect=page.clips.effect())
    result = sanitise_clip(clip, out / clip.name, options, analysis=entry.analysis)
    if not result.verified or result.frames != 10:
        raise RuntimeError("the safe copy of the clip did not verify")
    page.clear_album()
    return {"clip_frames": result.frames, "clip_faces": result.faces_hidden}


def removal(area: Any) -> dict[str, int]:
    """Walk the wizard with a generated case to the review page (no network, nothing
    saved) and check the drafts exist and are complete."""
    wizard = area.wizard
    wizard.restart_fresh()
    wizard.what_page.buttons[Category.CHILD_PHOTO_MISUSE].click()
    if wizard.currentId() != PAGE_WHERE:
        raise RuntimeError("the wizard did not go to the 'where' page")
    wizard.where_page.links.setPlainText(SMOKE_URL)
    wizard.where_page.refresh()
    if wizard.where_page.hosts:
        raise RuntimeError("a known platform was looked up")
    wizard.next()
    if wizard.currentId() != PAGE_WHO:
        raise RuntimeError("the wizard did not go to the 'who' page")
    wizard.who_page.name.setText("Smoke Test")
    wizard.who_page.email.setText("smoke@example.org")
    wizard.who_page.person_age.setValue(9)
    wizard.next()
    if wizard.currentId() != PAGE_EVIDENCE:
        raise RuntimeError("the wizard did not go to the evidence page")
    wizard.next()
    if wizard.currentId() != PAGE_REVIEW:
        raise RuntimeError("the wizard did not go to the review page")
    requests = wizard.review_page.requests
    if not requests:
        raise RuntimeError("no request was drafted")
    incomplete = [r.recipient.name for r in requests if not r.complete]
    if incomplete:
        raise RuntimeError(f"incomplete drafts: {incomplete}")
    if not wizard.button(QWizard.WizardButton.CommitButton).isEnabled():
        raise RuntimeError("the review page does not let the user go on")
    QApplication.processEvents()
    wizard.restart_fresh()  # nothing was saved: the commit is only on "go on"
    return {"requests": len(requests)}


def cases(area: Any) -> dict[str, int]:
    area.refresh()
    if area.tree.isHidden() == area.empty.isHidden():
        raise RuntimeError("the case list shows neither cases nor the empty message")
    return {"cases": len(area.summaries)}


SCENARIOS = {"workspace": workspace, "removal": removal, "cases": cases}

__all__ = ["SCENARIOS", "run"]
