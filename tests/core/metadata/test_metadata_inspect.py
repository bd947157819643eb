"""inspect: every pitfall fixture is reported, in plain, translatable words."""

from __future__ import annotations

import json

import dirty_photos
import pytest

from photosafe_desktop.core.errors import UnreadableImageError
from photosafe_desktop.core.metadata import FINDINGS, Risk, Severity, inspect
from photosafe_desktop.core.metadata.inspect import xmp_properties


@pytest.mark.parametrize("name", sorted(dirty_photos.ALL))
def test_every_pitfall_is_found(name: str) -> None:
    file_name, builder, expected = dirty_photos.ALL[name]
    report = inspect(builder(), file_name=file_name)
    missing = expected - report.keys()
    assert not missing, f"{name}: not reported: {sorted(missing)}"


def test_gps_position_and_values() -> None:
    report = inspect(dirty_photos.jpeg_gps_thumbnail(), file_name="IMG_0001.jpg")
    by_key = {f.key: f for f in report.findings}
    assert by_key["location.gps"].value == "50.87920, 4.70097"
    assert by_key["location.gps"].severity is Severity.HIGH
    assert by_key["location.gps"].risk is Risk.LOCATION
    assert by_key["device.serial"].value == "SN-4711"
    assert "Sam Peeters" in by_key["people.names"].value
    assert "Lotte" in by_key["people.names"].value  # XPAuthor, UTF-16
    assert by_key["comments.comment"].value == "secret comment"
    assert by_key["previews.thumbnail"].value == "EXIF"
    label = by_key["location.gps"].label
    assert label.context == "Findings"
    assert label.text == "This photo shows where it was taken: {position}"
    assert label.english() == "This photo shows where it was taken: 50.87920, 4.70097"


def test_named_face_regions_and_people_from_xmp() -> None:
    report = inspect(dirty_photos.jpeg_xmp_names(), file_name="IMG_0001.jpg")
    by_key = {f.key: f.value for f in report.findings}
    assert "Lotte" in by_key["people.face_names"]  # mwg-rs:Name
    assert "Sam Peeters" in by_key["people.face_names"]  # Microsoft PersonDisplayName
    assert "Lotte" in by_key["people.names"]  # Iptc4xmpExt:PersonInImage
    assert by_key["location.place"] == "Leuven"


def test_iptc_and_photoshop_thumbnail() -> None:
    iptc = {f.key: f.value for f in inspect(dirty_photos.jpeg_iptc()).findings}
    assert iptc["people.names"] == "Sam Peeters"
    assert iptc["location.place"] == "Leuven"
    thumb = {f.key: f.value for f in inspect(dirty_photos.jpeg_photoshop_thumbnail()).findings}
    assert thumb["previews.thumbnail"] == "Photoshop"


def test_trailing_data_size_is_reported() -> None:
    report = inspect(dirty_photos.jpeg_trailing())
    finding = next(f for f in report.findings if f.key == "hidden_data.trailing")
    assert int(finding.value) == len(b"Sam Peeters, Kampstraat 5, Leuven") + 16


def test_colour_profile_name() -> None:
    report = inspect(dirty_photos.jpeg_display_p3())
    finding = next(f for f in report.findings if f.key == "colour_profile.icc")
    assert "Display P3" in finding.value


def test_truncated_file_is_inspected_and_flagged() -> None:
    report = inspect(dirty_photos.truncated_jpeg())
    assert "hidden_data.damaged" in report.keys()


@pytest.mark.parametrize("name", sorted(set(dirty_photos.BROKEN) - {"truncated"}))
def test_broken_files_give_a_clear_error(name: str) -> None:
    file_name, builder, code = dirty_photos.BROKEN[name]
    with pytest.raises(UnreadableImageError) as info:
        inspect(builder(), file_name=file_name)
    assert info.value.code in {code, "not_an_image", "damaged"}
    if name in ("zero_byte", "bomb", "not_an_image"):
        assert info.value.code == code
    assert info.value.message.context == "Errors"


def test_missing_file_and_folder(tmp_path) -> None:
    with pytest.raises(UnreadableImageError) as missing:
        inspect(tmp_path / "nope.jpg")
    assert missing.value.code == "not_found"
    with pytest.raises(UnreadableImageError) as folder:
        inspect(tmp_path)
    assert folder.value.code == "is_directory"


@pytest.mark.parametrize(
    ("file_name", "words", "date"),
    [
        ("Camp_Sam_age9.jpg", True, False),
        ("IMG_20190714_095831.jpg", False, True),
        ("PXL_20230101_101010123.jpg", False, True),
        ("DSC01234.JPG", False, False),
        ("WhatsApp Image 2024-05-01 at 10.11.12.jpeg", False, True),
        ("album-001.jpg", False, False),
        ("Leuven kamp Lotte.heic", True, False),
    ],
)
def test_names_in_file_names(file_name: str, words: bool, date: bool) -> None:
    report = inspect(dirty_photos.jpeg_comment(), file_name=file_name)
    assert ("file_name.words" in report.keys()) is words
    assert ("file_name.date" in report.keys()) is date


def test_report_is_json_and_grouped_in_risk_order() -> None:
    report = inspect(dirty_photos.jpeg_gps_thumbnail(), file_name="Sam.jpg")
    document = json.loads(json.dumps(report.to_json()))
    assert document["format"] == "JPEG"
    assert {f["key"] for f in document["findings"]} == report.keys()
    groups = list(report.by_risk())
    assert groups == sorted(groups, key=list(Risk).index)
    assert groups[0] is Risk.LOCATION


def test_every_finding_key_has_a_known_label() -> None:
    report = inspect(dirty_photos.jpeg_xmp_names())
    for finding in report.findings:
        risk, severity, text = FINDINGS[finding.key]
        assert finding.label.text == text
        assert finding.risk is risk and finding.severity is severity
        assert "{" not in finding.label.english(), finding.label.english()


def test_xmp_entity_tricks_are_harmless() -> None:
    packet = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        b'<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" dc:format="&b;"/>'
        b"</rdf:RDF></x:xmpmeta>"
    )
    assert xmp_properties(packet) == []  # undefined entity: not parsed, no expansion
