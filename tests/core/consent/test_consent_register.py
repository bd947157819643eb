"""The consent register: CSV in and out (as Excel writes it), private storage, one-step delete."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from photosafe_desktop.core.consent.register import (
    Child,
    ConsentError,
    ConsentLevel,
    ConsentRegister,
    GroupInfo,
    default_path,
    delete_register,
    export_csv,
    import_csv,
    load_register,
    save_register,
)

CHILDREN = (
    Child("Lotte Vermeulen", ConsentLevel.PUBLIC),
    Child("Zoë Dubois", ConsentLevel.PARENTS, "enkel kamp"),
    Child("K-017", ConsentLevel.NO_PHOTOS),
)


def test_csv_round_trip_keeps_every_child_and_level() -> None:
    data = export_csv(CHILDREN)
    assert data.startswith(b"\xef\xbb\xbf")  # Excel needs the BOM to read UTF-8
    assert b";" in data.splitlines()[0]
    assert import_csv(data) == CHILDREN


def test_excel_semicolons_bom_and_dutch_headers_and_levels() -> None:
    text = "\ufeffNaam;Toestemming;Opmerking\r\nLotte;publiek;\r\nZoë;enkel ouders;kamp\r\nK-017;Geen foto's;\r\n"
    children = import_csv(text.encode("utf-8"))
    assert [(c.key, c.level) for c in children] == [
        ("Lotte", ConsentLevel.PUBLIC),
        ("Zoë", ConsentLevel.PARENTS),
        ("K-017", ConsentLevel.NO_PHOTOS),
    ]
    assert children[1].note == "kamp"


def test_french_headers_commas_and_windows_1252() -> None:
    text = "Nom,Consentement\nÉlise,réservé aux parents\nNoé,pas de photos\nLéa,PUBLIC\n"
    children = import_csv(text.encode("cp1252"))
    assert [(c.key, c.level) for c in children] == [
        ("Élise", ConsentLevel.PARENTS),
        ("Noé", ConsentLevel.NO_PHOTOS),
        ("Léa", ConsentLevel.PUBLIC),
    ]


def test_no_header_means_name_then_level() -> None:
    children = import_csv("Lotte;public\nJan;parents\n")
    assert [c.level for c in children] == [ConsentLevel.PUBLIC, ConsentLevel.PARENTS]


@pytest.mark.parametrize(
    ("text", "code", "row"),
    [
        ("name;level\nLotte;public\nJan;maybe\n", "csv_bad_level", 3),
        ("name;level\n;public\n", "csv_no_name", 2),
        ("name;level\nLotte;public\nlotte ;parents\n", "csv_duplicate", 3),
    ],
)
def test_bad_rows_are_named(text: str, code: str, row: int) -> None:
    with pytest.raises(ConsentError) as caught:
        import_csv(text)
    assert caught.value.code == code
    assert caught.value.message.params["row"] == row
    assert str(row) in caught.value.message.english()


def test_empty_list_and_missing_column() -> None:
    with pytest.raises(ConsentError, match="empty"):
        import_csv(b"\xef\xbb\xbf\r\n;;\r\n")
    with pytest.raises(ConsentError) as caught:
        import_csv("name;remark\nLotte;x\n")
    assert caught.value.code == "csv_columns"


def test_saved_privately_and_deleted_in_one_action(photosafe_home: Path) -> None:
    register = ConsentRegister(GroupInfo(name="Chiro Sint-Pieter"), CHILDREN)
    path = save_register(register)
    assert path == default_path()
    assert photosafe_home in path.parents
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert not list(path.parent.glob(".photosafe-*"))  # no temporary file left
    loaded = load_register()
    assert loaded == register
    assert loaded.level_of("zoe dubois") is ConsentLevel.PARENTS  # case and accents ignored
    assert delete_register() is True
    assert not path.exists()
    assert load_register() == ConsentRegister()
    assert delete_register() is False


def test_with_child_replaces_and_without_removes() -> None:
    register = ConsentRegister().merged(CHILDREN)
    register = register.with_child(Child("LOTTE VERMEULEN", ConsentLevel.NO_PHOTOS))
    assert len(register.children) == 3
    assert register.level_of("Lotte Vermeulen") is ConsentLevel.NO_PHOTOS
    assert register.without("k-017").level_of("K-017") is None


def test_damaged_file_is_reported_not_lost(photosafe_home: Path) -> None:
    path = default_path()
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ConsentError) as caught:
        load_register()
    assert caught.value.code == "consent_damaged"
    assert path.read_text(encoding="utf-8") == "{not json"  # left for the user to recover
