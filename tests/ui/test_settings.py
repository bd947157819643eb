from __future__ import annotations

import pytest

from photosafe_desktop.ui.settings import FIELDS, Settings


def test_defaults_and_types(photosafe_home) -> None:  # type: ignore[no-untyped-def]
    settings = Settings()
    assert str(settings.path).startswith(str(photosafe_home))
    for name, field in FIELDS.items():
        assert settings.get(name) == field.default


def test_values_round_trip_through_the_ini_file() -> None:
    settings = Settings()
    settings.set("export_quality", 85)
    settings.set("export_rename", False)
    settings.set("language", "fr")
    settings.sync()
    again = Settings()
    assert again.get("export_quality") == 85
    assert again.get("export_rename") is False
    assert again.get("language") == "fr"
    assert "export_quality=85" in again.path.read_text()


def test_invalid_values_are_refused_and_bad_files_fall_back() -> None:
    settings = Settings()
    with pytest.raises(ValueError):
        settings.set("export_format", "bmp")
    with pytest.raises(KeyError):
        settings.get("no_such_setting")
    settings.sync()
    settings.path.write_text("[General]\nexport_quality=banana\nlanguage=de\n")
    again = Settings()
    assert again.get("export_quality") == 90
    assert again.get("language") == ""
