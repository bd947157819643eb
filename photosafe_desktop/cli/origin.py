"""``photosafe origin``: is this one of our photos? Match a file against the private
proof-of-origin register that exports fill.

    photosafe origin FILE [--json]
    photosafe origin --clear [--json]

The report gives the best match (``match``, ``distance``, ``album``, ``exported``,
``captured``, plus ``preset`` and ``exact``) or ``"match": false``. ``distance`` is the
number of differing PDQ bits (0..256; a match is at most 31). Exit code 0 whether or not a
match was found, 1 when the file cannot be read or the register cannot be used, 2 for bad
usage. Nothing is sent anywhere and nothing is added to the register.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from photosafe_desktop.cli.output import error_json, exception_json, print_error, print_json
from photosafe_desktop.core.errors import PhotoSafeError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "origin",
        help="is this one of our photos? match a file against the register of exported copies",
        description=(
            "Match a photo found elsewhere against the private register of copies this "
            "computer exported (PDQ perceptual hash: survives re-compression and resizing)."
        ),
    )
    parser.add_argument("file", nargs="?", type=Path, metavar="FILE")
    parser.add_argument("--clear", action="store_true", help="empty the register (one action)")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.set_defaults(func=run_origin)


def run_origin(args: argparse.Namespace) -> int:
    from photosafe_desktop.core.origin.register import OriginRegister

    if (args.file is None) == (not args.clear):
        message = "give either FILE or --clear"
        if args.json:
            print_json(
                {"command": "origin", "ok": False, "error": error_json("bad_usage", message)}
            )
        else:
            print_error("photosafe origin", message)
        return 2
    try:
        with OriginRegister() as origin:
            if args.clear:
                removed = origin.clear()
                if args.json:
                    print_json({"command": "origin", "ok": True, "cleared": removed})
                else:
                    print(f"register cleared: {removed} copies removed")
                return 0
            found = origin.match_file(args.file)
    except PhotoSafeError as exc:
        error = exception_json(exc)
        if args.json:
            print_json({"command": "origin", "ok": False, "file": str(args.file), "error": error})
        else:
            print_error(str(args.file), error["text"])
        return 1
    document: dict[str, Any] = {"command": "origin", "ok": True, "file": str(args.file)}
    if found is None:
        document.update(
            {"match": False, "distance": None, "album": None, "exported": None, "captured": None}
        )
    else:
        document.update(found.to_json())
    if args.json:
        print_json(document)
    elif found is None:
        print(f"{args.file}: no match in the register of exported copies")
    else:
        print(
            f"{args.file}: one of our photos (distance {found.distance}"
            f"{', identical file' if found.exact else ''}); album: {found.record.album or '-'}; "
            f"exported: {document['exported']}; taken: {document['captured'] or 'unknown'}; "
            f"preset: {found.record.preset or '-'}"
        )
    return 0
