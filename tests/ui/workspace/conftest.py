"""A generated album: plain photos with personal metadata, one corrupt file, and (when the
shared corpus is present) real group photos with faces."""

from __future__ import annotations

import functools
import hashlib
import json
import shutil
from pathlib import Path

import pytest

from photosafe_desktop.core import selftest
from tests.conftest import CORPUS

#: plain generated photos (phone-like EXIF with GPS and a name, no faces)
make_photo = functools.partial(selftest.make_photo, faces=False)


def face_photos(count: int) -> list[Path]:
    """Real photos with faces from the shared corpus (empty when it is absent)."""
    folder = CORPUS / "faces" / "images"
    annotations = CORPUS / "faces" / "annotations.json"
    if not annotations.is_file():
        return []
    data = json.loads(annotations.read_text())
    # photos with a few clearly visible faces
    chosen = [
        CORPUS / "faces" / name
        for name, boxes in sorted(data.items())
        if name.startswith("images/fullres__")
        and 1 <= len(boxes) <= 6
        and min(b[3] for b in boxes) >= 40
    ]
    return [p for p in chosen if p.is_file()][:count] or sorted(folder.glob("fullres__*.jpg"))[
        :count
    ]


@pytest.fixture
def album(tmp_path: Path) -> Path:
    folder = tmp_path / "Kamp 2026"
    (folder / "dag 2").mkdir(parents=True)
    make_photo(folder / "Sam_aan_het_meer.jpg", size=(640, 480), seed=1)
    make_photo(folder / "dag 2" / "Lotte.jpg", size=(640, 480), seed=2)
    make_photo(folder / "zonder_exif.jpg", size=(640, 480), seed=3, exif=False)
    (folder / "kapot.jpg").write_bytes(b"\xff\xd8\xff\xe0 this is not really a photo")
    (folder / "notes.txt").write_text("not a photo, not imported from a folder")
    for i, source in enumerate(face_photos(2)):
        shutil.copy(source, folder / f"groep_{i}.jpg")
    return folder


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): digest(p) for p in sorted(folder.rglob("*")) if p.is_file()}
