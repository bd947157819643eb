"""exiftool as an independent oracle: what it may report about a clean file."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

EXIFTOOL = shutil.which("exiftool")

#: what exiftool may report about a clean file: file-system facts and image structure
EXIFTOOL_ALLOWED = frozenset(
    {
        "SourceFile",
        "ExifTool:ExifToolVersion",
        "System:FileName",
        "System:Directory",
        "System:FileSize",
        "System:FileModifyDate",
        "System:FileAccessDate",
        "System:FileInodeChangeDate",
        "System:FilePermissions",
        "File:FileType",
        "File:FileTypeExtension",
        "File:MIMEType",
        "File:ImageWidth",
        "File:ImageHeight",
        "File:EncodingProcess",
        "File:BitsPerSample",
        "File:ColorComponents",
        "File:YCbCrSubSampling",
        "JFIF:JFIFVersion",
        "JFIF:ResolutionUnit",
        "JFIF:XResolution",
        "JFIF:YResolution",
        "PNG:ImageWidth",
        "PNG:ImageHeight",
        "PNG:BitDepth",
        "PNG:ColorType",
        "PNG:Compression",
        "PNG:Filter",
        "PNG:Interlace",
        "PNG-PLTE:Palette",
        "PNG:Transparency",
        "RIFF:VP8Version",
        "RIFF:ImageWidth",
        "RIFF:ImageHeight",
        "RIFF:HorizontalScale",
        "RIFF:VerticalScale",
        "RIFF:WebP_Flags",
        "RIFF:AlphaPreprocessing",
        "RIFF:AlphaFiltering",
        "RIFF:AlphaCompression",
        "Composite:ImageSize",
        "Composite:Megapixels",
    }
)
#: allowed tags whose value must also be structural
EXIFTOOL_ALLOWED_VALUES = {"RIFF:WebP_Flags": {"Alpha"}}


def exiftool_tags(paths: list[Path]) -> dict[str, dict[str, Any]]:
    """``exiftool -j -a -u -G1 -s`` for ``paths``, keyed by file name."""
    assert EXIFTOOL is not None
    result = subprocess.run(
        [EXIFTOOL, "-j", "-a", "-u", "-G1", "-s", *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    documents = json.loads(result.stdout or "[]")
    return {Path(doc["SourceFile"]).name: doc for doc in documents}


def exiftool_problems(tags: dict[str, Any]) -> list[str]:
    """Tags outside the allow-list (or with a non-structural value)."""
    problems = []
    for key, value in tags.items():
        if key not in EXIFTOOL_ALLOWED:
            problems.append(f"{key}={value!r}")
        elif key in EXIFTOOL_ALLOWED_VALUES and str(value) not in EXIFTOOL_ALLOWED_VALUES[key]:
            problems.append(f"{key}={value!r}")
    return problems


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
