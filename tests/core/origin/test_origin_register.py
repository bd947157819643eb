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
        assert again.count() == 0 and again.schema_version == 1


def test_capture_date_missing_or_present(tmp_path: Path) -> None:
    plain = tmp_path / "plain.png"
    scene(3, (200, 150)).save(plain)
    assert capture_date(plain) is None
    dated = save_with_date(scene(3, (200, 150)), tmp_path / "d.jpg", "2025:12:24 18:00:05")
    assert capture_date(dated) == datetime(2025, 12, 24, 18, 0, 5)
