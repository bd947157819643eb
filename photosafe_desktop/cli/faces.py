"""``photosafe detect FILE... [--json] [--text]``: list the faces (and text) in photos.

JSON output (stable): a list with, per file, ``{"file", "width", "height", "faces": [{"x",
"y", "w", "h", "score", "tier"}]}`` in pixels of the photo as displayed (EXIF orientation
applied). With ``--text`` each file also gets ``"texts": [{"x", "y", "w", "h", "score",
"text"}]``: text lines (name tags, shirts, signs, plates) in the same pixels, with the words
read (``text`` may be empty). A file that could not be read gets an ``"error"`` (the one error shape of
:mod:`.output`: ``{"code", "text", "message"}``) and a ``"code"`` field instead of faces,
and the exit code is 1.
"""

from __future__ import annotations

import argparse
from typing import Any

from photosafe_desktop.cli.output import exception_json, print_error, print_json
from photosafe_desktop.core.errors import PhotoSafeError
from photosafe_desktop.core.safe_files import printable


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "detect",
        help="find faces in photos",
        description=(
            "Find faces in photos, including small faces in group photos. 'sure' faces are "
            "the ones PhotoSafe hides automatically; 'check' faces are candidates to confirm."
        ),
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="photos to scan")
    parser.add_argument("--json", action="store_true", help="print JSON (stable format)")
    parser.add_argument(
        "--text",
        action="store_true",
        help="also find text (name tags, shirts, signs, number plates) and read it",
    )
    parser.set_defaults(func=run)


def detect_file(path: str, text: bool = False) -> dict[str, Any]:
    from photosafe_desktop.core.faces.detect import detect_faces
    from photosafe_desktop.core.imaging import open_image

    entry: dict[str, Any] = {"file": path}
    try:
        decoded = open_image(path)
        found = detect_faces(decoded.image)
        texts = []
        if text:
            from photosafe_desktop.core.text import detect_text

            texts = [line.to_dict() for line in detect_text(decoded.image)]
    except PhotoSafeError as exc:
        entry.update(width=None, height=None, faces=[], error=exception_json(exc), code=exc.code)
        if text:
            entry["texts"] = []
        return entry
    entry.update(
        width=found.width,
        height=found.height,
        faces=[region.face_dict() for region in found.regions],
    )
    if text:
        entry["texts"] = texts
    return entry


def run(args: argparse.Namespace) -> int:
    results = []
    failed = False
    for path in args.files:
        entry = detect_file(path, text=bool(getattr(args, "text", False)))
        failed |= "error" in entry
        results.append(entry)
        if not args.json:
            if "error" in entry:
                print_error(path, entry["error"]["text"])
            else:
                faces = entry["faces"]
                sure = sum(1 for f in faces if f["tier"] == "sure")
                print(f"{printable(path)}: {sure} faces, {len(faces) - sure} to check")
                for face in faces:
                    print(
                        f"  {face['tier']:5s} {face['score']:.2f}  "
                        f"x={face['x']} y={face['y']} w={face['w']} h={face['h']}"
                    )
                for line in entry.get("texts", []):
                    print(
                        f"  text  {line['score']:.2f}  x={line['x']} y={line['y']} "
                        f"w={line['w']} h={line['h']}  {line['text']!r}"
                    )
    if args.json:
        print_json(results)
    return 1 if failed else 0
