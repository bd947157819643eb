"""Dirty photos generated once per session and their sanitised copies."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import dirty_photos
import pytest
from exiftool_oracle import sha256

from photosafe_desktop.core.metadata import SanitiseOptions, SanitiseResult, sanitise


@pytest.fixture(scope="session")
def dirty_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every generated dirty photo, under its (revealing) file name."""
    folder = tmp_path_factory.mktemp("dirty")
    for file_name, builder, _keys in dirty_photos.ALL.values():
        (folder / file_name).write_bytes(builder())
    return folder


@dataclass
class Sanitised:
    results: dict[str, SanitiseResult]  # fixture name -> result
    hashes_before: dict[str, str]
    hashes_after: dict[str, str]
    out_dir: Path


@pytest.fixture(scope="session")
def sanitised(dirty_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Sanitised:
    out = tmp_path_factory.mktemp("clean")
    before = {p.name: sha256(p) for p in dirty_dir.iterdir()}
    results = {
        name: sanitise(dirty_dir / file_name, out, SanitiseOptions())
        for name, (file_name, _b, _k) in dirty_photos.ALL.items()
    }
    after = {p.name: sha256(p) for p in dirty_dir.iterdir()}
    return Sanitised(results, before, after, out)
