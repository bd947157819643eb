"""Issue 15: the export summary says where the safe copies are; "Open folder" opens it, or,
when nothing opens, says so and offers the address to copy (never a silent click)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication

from photosafe_desktop.ui.workspace.page import WorkspaceArea
from tests.ui.dialogs import workspace_context
from tests.ui.workspace.test_workspace import _make_ready_album


@pytest.fixture
def workspace(qtbot):  # type: ignore[no-untyped-def]
    page = WorkspaceArea(workspace_context())
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    yield page
    page.shutdown()


def test_the_summary_shows_the_folder_and_opens_it_or_offers_a_copy(
    workspace, tmp_path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    _make_ready_album(workspace, qtbot, tmp_path / "originals", 2)
    workspace.export_button.click()
    dialog = workspace._export_dialog
    out = tmp_path / "veilige kopieën"
    dialog.folder_edit.setText(str(out))
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=120_000)
    assert str(out) in dialog.summary_view.toPlainText()
    assert dialog.where_row.isVisible() and dialog.where_path.text() == str(out)

    dialogs = workspace.context.dialogs
    dialog.open_button.click()  # the scripted opener succeeds
    assert dialogs.opened == [QUrl.fromLocalFile(str(out)).toString()]
    assert not dialog.open_result.isVisible()

    dialogs.open_url = lambda url: False  # nothing could open it
    dialog.open_button.click()
    assert dialog.open_result.isVisible()
    assert "did not open" in dialog.open_result.text()
    QGuiApplication.clipboard().clear()
    dialog.copy_where.click()
    assert Path(QGuiApplication.clipboard().text()) == out
    dialog.accept()
