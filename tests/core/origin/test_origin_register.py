"""The proof-of-origin register: PDQ matching survives re-compression and resizing."""

from __future__ import annotations

import io
import stat
from datetime import datetime, timezone
from pathlib import Path

from PIL import Image

from photosafe_desktop.core.export import ExportJob, ExportOptions, export_album
from photosafe_desktop.core.origin.pdq import MATCH_THRESHOLD, hamming, pdq_of_file, pdq_of_image
from photosafe_desktop.core.origin.register import OriginRegister, capture_date
from tests.origin_helpers import save_with_date, scene


def found_copy(path: Path, out: Path, *, scale: float, quality: int) -> Path:
    with Image.open(path) as image:
        w, h = image.size
        smaller = image.convert("RGB").resize((round(w * scale), round(h * scale)))
    buffer = io.BytesIO()
    smaller.save(buffer, "JPEG", quality=quality)
    out.write_bytes(buffer.getvalue())
    return out


def test_pdq_separates_copies_from_unrelated_photos(tmp_path: Path) -> None:
    a = pdq_of_image(scene(1))
    b = pdq_of_image(scene(2))
    assert len(a.bits) == 32 and a.quality > 50
    assert hamming(a.bits, a.bits) == 0
    assert hamming(a.bits, b.bits) > 80  # unrelated: about half the bits differ
    copy = found_copy(
        save_with_date(scene(1), tmp_path / "a.jpg"), tmp_path / "c.jpg", scale=0.5, quality=50
    )
    assert hamming(pdq_of_file(copy).bits, a.bits) <= MATCH_THRESHOLD


def test_exported_copy_is_found_after_recompression_and_scaling(tmp_path: Path) -> None:
    originals = [save_with_date(scene(s), tmp_path / f"IMG_{s}.jpg") for s in (10, 11, 12)]
    with OriginRegister() as origin:
        summary = export_album(
            [ExportJob(p) for p in originals],
            tmp_path / "out",
            ExportOptions(format="jpeg", preset="public"),
            workers=1,
            origin=origin,
            album="Zomerkamp 2026",
        )
        assert summary.exported == 3
        assert origin.count() == 3
        published = summary.outputs[1]
        stranger = found_copy(published, tmp_path / "found.jpg", scale=0.8, quality=60)
        match = origin.match_file(stranger)
        assert match is not None and not match.exact
        assert match.distance <= MATCH_THRESHOLD
        assert match.record.album == "Zomerkamp 2026"
        assert match.record.preset == "public"
        assert match.record.captured == datetime(2026, 7, 14, 10, 30)
        assert (datetime.now(timezone.utc) - match.record.exported).total_seconds() < 600
        # the best match is the right photo, not another one from the same album
        assert match.record.sha256 == origin.match_file(published).record.sha256  # type: ignore[union-attr]
        exact = origin.match_file(published)
        assert exact is not None and exact.exact and exact.distance == 0

        unrelated = save_with_date(scene(99), tmp_path / "other.jpg")
        assert origin.match_file(unrelated) is None


def test_register_is_private_holds_no_image_and_clears_in_one_action(
    tmp_path: Path, photosafe_home: Path
) -> None:
    original = save_with_date(scene(5), tmp_path / "o.jpg")
    with OriginRegister() as origin:
        origin.record_copy(original, original=original, album="A", preset="archive")
        path = origin.path
        assert photosafe_home in path.parents
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        # far smaller than any image: only hashes and dates are stored
        assert path.stat().st_size < 64 * 1024
        assert origin.clear() == 1
        assert origin.count() == 0
        assert origin.match_file(original) is None
    with OriginRegister() as again:  # cleared for good, schema kept
        assert again.count() == 0 and again.schema_version == 2


def crop(path: Path, out: Path, box: tuple[float, float, float, float]) -> Path:
    """``path`` with the fractions ``box`` (left, top, right, bottom) cut off, then scaled
    to 80 % and re-compressed at quality 60, as a re-posted screenshot would be."""
    with Image.open(path) as image:
        w, h = image.size
        left, top, right, bottom = box
        cut = image.convert("RGB").crop(
            (round(w * left), round(h * top), w - round(w * right), h - round(h * bottom))
        )
    cut = cut.resize((round(cut.width * 0.8), round(cut.height * 0.8)))
    cut.save(out, "JPEG", quality=60)
    return out


def test_a_lightly_cropped_copy_is_found_through_the_crop_windows(tmp_path: Path) -> None:
    originals = [save_with_date(scene(s), tmp_path / f"IMG_{s}.jpg") for s in (40, 41, 42)]
    with OriginRegister() as origin:
        for original in originals:
            origin.record_copy(original, original=original, album="Kamp", preset="public")
        target = originals[1]
        for name, box in {
            "5 % from the left": (0.05, 0.0, 0.0, 0.0),
            "5 % centred": (0.025, 0.025, 0.025, 0.025),
            "5 % off the bottom and the right": (0.0, 0.0, 0.05, 0.05),
            "10 % off the top": (0.0, 0.10, 0.0, 0.0),
        }.items():
            found = crop(target, tmp_path / "found.jpg", box)
            whole = hamming(pdq_of_file(found).bits, pdq_of_file(target).bits)
            assert whole > MATCH_THRESHOLD, name  # one hash alone would miss it
            match = origin.match_file(found)
            assert match is not None, name
            assert match.cropped and not match.exact, name
            assert match.record.sha256 == origin.match_file(target).record.sha256, name  # type: ignore[union-attr]
            assert match.distance <= MATCH_THRESHOLD
            assert match.to_json()["cropped"] is True
        # unrelated photos, cropped or not, match nothing
        stranger = save_with_date(scene(77), tmp_path / "stranger.jpg")
        assert origin.match_file(stranger) is None
        assert origin.match_file(crop(stranger, tmp_path / "s.jpg", (0.05, 0, 0, 0))) is None


def test_a_version_1_register_is_migrated_and_still_matches(tmp_path: Path) -> None:
    import sqlite3

    from photosafe_desktop.core.origin.register import _V1

    path = tmp_path / "old.sqlite3"
    original = save_with_date(scene(50), tmp_path / "o.jpg")
    conn = sqlite3.connect(path)
    conn.executescript(_V1 + ";")
    conn.execute(
        "INSERT INTO copies (pdq, quality, sha256, captured, album, preset, exported) "
        "VALUES (?, 90, 'x', NULL, 'A', 'public', '2026-01-01T00:00:00+00:00')",
        (pdq_of_file(original).bits,),
    )
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with OriginRegister(path) as origin:
        assert origin.schema_version == 2
        match = origin.match_file(original)
        assert match is not None and not match.cropped and match.record.windows == b""


def test_capture_date_missing_or_present(tmp_path: Path) -> None:
    plain = tmp_path / "plain.png"
    scene(3, (200, 150)).save(plain)
    assert capture_date(plain) is None
    dated = save_with_date(scene(3, (200, 150)), tmp_path / "d.jpg", "2025:12:24 18:00:05")
    assert capture_date(dated) == datetime(2025, 12, 24, 18, 0, 5)
