"""docs/removal-routes.md lists every route with its source and date, in step with the data."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from photosafe_desktop.core.requests.directory import bundled_directory

ROOT = Path(__file__).resolve().parents[3]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("routes_doc", ROOT / "tools" / "routes_doc.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_routes_document_is_up_to_date() -> None:
    tool = _tool()
    text = (ROOT / "docs" / "removal-routes.md").read_text(encoding="utf-8")
    assert text == tool.render(bundled_directory()), "run: python tools/routes_doc.py"
    assert tool.main(["--check"]) == 0


def test_the_routes_document_names_every_source_and_date() -> None:
    text = (ROOT / "docs" / "removal-routes.md").read_text(encoding="utf-8")
    directory = bundled_directory()
    for platform in directory.platforms:
        assert f"(`{platform.id}`)" in text
        for route in platform.routes:
            assert route.source in text and route.verified in text, (platform.id, route.id)
    for org in directory.organisations:
        assert all(source in text for source in org.sources), org.id
