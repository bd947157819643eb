"""The main window: home screen, the three areas, the menus."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from photosafe_desktop.ui.about import AboutDialog
from photosafe_desktop.ui.areas import AreaPage
from photosafe_desktop.ui.context import AppContext
from photosafe_desktop.ui.guide import GuideDialog
from photosafe_desktop.ui.home import HomePage
from photosafe_desktop.ui.i18n import LANGUAGES, LanguageManager
from photosafe_desktop.ui.icons import app_icon
from photosafe_desktop.ui.mail_settings import MailSettingsDialog

log = logging.getLogger(__name__)

AREA_NAMES = ("workspace", "removal", "cases")


def _default_factories() -> dict[str, Callable[[AppContext], AreaPage]]:
    """Each area is built on first use (the wizard and the workspace import a lot)."""
    from photosafe_desktop.ui.cases.case_list import CasesArea
    from photosafe_desktop.ui.wizard.area import RemovalArea
    from photosafe_desktop.ui.workspace.page import WorkspaceArea

    return {"workspace": WorkspaceArea, "removal": RemovalArea, "cases": CasesArea}


class MainWindow(QMainWindow):
    def __init__(
        self,
        context: AppContext,
        languages: LanguageManager,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.settings = settings = context.settings
        self.languages = languages
        self.tasks = context.tasks
        context.navigate = self.open_area
        self.setObjectName("MainWindow")
        self.setWindowIcon(app_icon())
        self.resize(1100, 760)
        self.setMinimumSize(720, 560)

        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.home = HomePage()
        self.home.area_requested.connect(self.open_area)
        self.stack.addWidget(self.home)
        self.areas: dict[str, AreaPage] = {}
        self.area_factories = _default_factories()

        self._build_menus()
        from photosafe_desktop.ui.cases.due_notice import install_due_notice

        self.due_notice = install_due_notice(self, context)
        self.retranslate()
        geometry = settings.get("window_geometry")
        if geometry:
            self.restoreGeometry(geometry)

    # --- navigation ---------------------------------------------------------------------
    def area(self, name: str) -> AreaPage:
        if name not in self.areas:
            page = self.area_factories[name](self.context)
            page.home_requested.connect(self.go_home)
            self.stack.addWidget(page)
            self.areas[name] = page
        return self.areas[name]

    def open_area(self, name: str) -> AreaPage:
        page = self.area(name)
        self.stack.setCurrentWidget(page)
        page.on_shown()
        self._update_title()
        return page

    def open_paths(self, paths: list[Path]) -> None:
        """Photos or folders given on the command line ("Open with PhotoSafe")."""
        page = self.open_area("workspace")
        page.add_paths(list(paths))

    def go_home(self) -> None:
        self.stack.setCurrentWidget(self.home)
        self._update_title()

    def current_area(self) -> str:
        widget = self.stack.currentWidget()
        for name, page in self.areas.items():
            if page is widget:
                return name
        return "home"

    # --- menus --------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.home_action = QAction(self)
        self.home_action.setShortcut(QKeySequence("Alt+Home"))
        self.home_action.triggered.connect(self.go_home)
        self.file_menu.addAction(self.home_action)
        self.file_menu.addSeparator()
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)

        self.settings_menu = bar.addMenu("")
        self.mail_settings_action = QAction(self)
        self.mail_settings_action.setObjectName("mail_settings_action")
        self.mail_settings_action.triggered.connect(self.show_mail_settings)
        self.settings_menu.addAction(self.mail_settings_action)

        self.language_menu = bar.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self)
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.change_language(c))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self._check_language(self.languages.language)

        self.help_menu = bar.addMenu("")
        self.guide_action = QAction(self)
        self.guide_action.setObjectName("guide_action")
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)  # F1
        self.guide_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.guide_action.triggered.connect(self.show_guide)
        self.help_menu.addAction(self.guide_action)
        self.help_menu.addSeparator()
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)

    def _check_language(self, code: str) -> None:
        action = self.language_actions.get(code)
        if action is not None:
            action.setChecked(True)

    def change_language(self, code: str) -> None:
        self.languages.set_language(code)
        self.settings.set("language", code)
        self.settings.sync()
        self._check_language(code)
        log.info("language changed")

    def show_mail_settings(self) -> MailSettingsDialog:
        """Settings > E-mail account…: the same dialog as on the send page."""
        dialog = MailSettingsDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_guide(self) -> GuideDialog:
        """Help > Guide (F1): the part about the area that is open."""
        area = self.current_area()
        topic = "photos" if area == "workspace" else "removal" if area != "home" else "start"
        dialog = GuideDialog(self.languages.language, topic, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- translation --------------------------------------------------------------------
    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.home_action.setText(self.tr("&Start screen"))
        self.quit_action.setText(self.tr("&Quit"))
        self.settings_menu.setTitle(self.tr("S&ettings"))
        self.mail_settings_action.setText(self.tr("&E-mail account…"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.guide_action.setText(self.tr("&Guide"))
        self.about_action.setText(self.tr("&About PhotoSafe"))
        self._update_title()

    def _update_title(self) -> None:
        widget = self.stack.currentWidget()
        if isinstance(widget, AreaPage) and widget.title():
            self.setWindowTitle(f"{widget.title()} — PhotoSafe")
        else:
            self.setWindowTitle("PhotoSafe")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        for page in self.areas.values():
            if not page.can_close():
                event.ignore()
                return
        self.settings.set("window_geometry", bytes(self.saveGeometry().data()))
        self.settings.sync()
        for page in self.areas.values():
            page.shutdown()
        self.context.close()
        super().closeEvent(event)
        app = QApplication.instance()
        if app is not None:
            app.quit()
