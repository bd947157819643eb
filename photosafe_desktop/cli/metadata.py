"""``photosafe inspect`` and ``photosafe sanitize``: the metadata engine on the command line.

Stable contract (scripts and the product's own checks rely on it):

    photosafe inspect FILE... [--json]
    photosafe sanitize FILE_OR_DIR... --out DIR [--format keep|jpeg|png|webp]
        [--quality N] [--max-side N] [--rename] [--obscure none] [--hide-text] [--drop-audio]
        [--json]

``--hide-text`` (with an ``--obscure`` effect) also hides text lines (name tags, shirt
prints, signs, number plates) with that effect and verifies the copy; each file's
``transform`` report then adds ``texts_found``, ``texts_obscured``, ``texts``,
``texts_found_on_verification`` and ``texts_unobscured``.

Video clips (MP4, MOV, M4V, WebM) given or found in folders are cleaned too (see
``commands/clips.py``): their items carry ``kind: "video"`` and the per-clip figures.

``--preset public|parents|archive [--watermark GROUP] [--album NAME] [--no-origin]``
applies a sharing preset (``core/sharing/presets.py``). On the command line no face can be
marked, so *public* hides every face found (``--obscure`` solid unless another effect is
given; ``--obscure none`` is refused), caps the size at 1600 px and gives neutral names;
*parents* caps the size at 2048 px and draws ``--watermark GROUP`` if given; *archive*
strips metadata only. With a preset every copied photo is added to the private
proof-of-origin register (``photosafe origin FILE``) unless ``--no-origin``.

With ``--json`` each command prints exactly one JSON document. Exit code 0 when every file
succeeded, 1 when any failed, 2 for bad usage.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from photosafe_desktop.cli.output import (
    error_json,
    exception_json,
    print_error,
    print_json,
    tolerant_output,
)
from photosafe_desktop.core.errors import PhotoSafeError
from photosafe_desktop.core.faces.report import FaceReport
from photosafe_desktop.core.safe_files import printable

#: ``--obscure`` values -> the face effect (``None``: no transform, metadata only)
OBSCURE_MODES: dict[str, str | None] = {
    "none": None,
    "solid": "solid",
    "pixelate": "pixelate",
    "blur": "blur",
    "sticker": "sticker",
}


def register(subparsers: Any) -> None:
    inspect_parser = subparsers.add_parser(
        "inspect",
        help="show what photos reveal (place, time, device, people, hidden data)",
        description="Show what each photo reveals besides its pixels.",
    )
    inspect_parser.add_argument("files", nargs="+", metavar="FILE", type=Path)
    inspect_parser.add_argument("--json", action="store_true", help="print one JSON document")
    inspect_parser.set_defaults(func=run_inspect)

    sanitize_parser = subparsers.add_parser(
        "sanitize",
        help="write clean copies of photos and video clips (no metadata, upright, sRGB)",
        description=(
            "Write a clean copy of each photo into --out: rebuilt from its pixels, turned "
            "upright, in standard colours, verified. Originals are never changed."
        ),
    )
    sanitize_parser.add_argument("inputs", nargs="+", metavar="FILE_OR_DIR", type=Path)
    sanitize_parser.add_argument("--out", required=True, type=Path, metavar="DIR")
    sanitize_parser.add_argument(
        "--format", default="keep", choices=("keep", "jpeg", "png", "webp")
    )
    sanitize_parser.add_argument("--quality", type=_quality, default=90, metavar="N")
    sanitize_parser.add_argument("--max-side", type=_max_side, default=None, metavar="N")
    sanitize_parser.add_argument(
        "--rename", action="store_true", help="neutral names: album-001.jpg, album-002.jpg ..."
    )
    sanitize_parser.add_argument("--obscure", default=None, choices=tuple(OBSCURE_MODES))
    sanitize_parser.add_argument(
        "--preset",
        default=None,
        choices=("public", "parents", "archive"),
        help="sharing preset: public (every face hidden, <= 1600 px, neutral names), "
        "parents (<= 2048 px, optional --watermark), archive (metadata only)",
    )
    sanitize_parser.add_argument(
        "--watermark",
        default=None,
        metavar="GROUP",
        help="with --preset parents: draw 'GROUP – enkel voor de ouders / réservé aux parents'",
    )
    sanitize_parser.add_argument(
        "--album", default="", metavar="NAME", help="album name kept in the origin register"
    )
    sanitize_parser.add_argument(
        "--no-origin",
        action="store_true",
        help="do not add the copies to the proof-of-origin register",
    )
    sanitize_parser.add_argument(
        "--hide-text",
        action="store_true",
        help="also hide text (name tags, shirts, signs, number plates) with the --obscure effect",
    )
    sanitize_parser.add_argument(
        "--drop-audio", action="store_true", help="video clips: leave the sound out"
    )
    sanitize_parser.add_argument("--jobs", type=int, default=None, help=argparse.SUPPRESS)
    sanitize_parser.add_argument("--json", action="store_true", help="print one JSON document")
    sanitize_parser.set_defaults(func=run_sanitize)


def _quality(text: str) -> int:
    value = int(text)
    if not 1 <= value <= 100:
        raise argparse.ArgumentTypeError("quality must be between 1 and 100")
    return value


def _max_side(text: str) -> int:
    value = int(text)
    if value < 16:
        raise argparse.ArgumentTypeError("max-side must be at least 16")
    return value


def run_inspect(args: argparse.Namespace) -> int:
    from photosafe_desktop.core.metadata import inspect

    tolerant_output()
    files: list[dict[str, Any]] = []
    failed = False
    for path in args.files:
        try:
            report = inspect(path)
        except PhotoSafeError as exc:
            failed = True
            files.append({"file": str(path), "ok": False, "error": exception_json(exc)})
            if not args.json:
                print_error(str(path), exc.message.english())
            continue
        files.append({"file": str(path), "ok": True, **report.to_json()})
        if not args.json:
            print(f"{printable(path)}  ({report.format}, {report.size[0]} x {report.size[1]})")
            if not report.findings:
                print("  nothing found besides the image")
            for risk, findings in report.by_risk().items():
                print(f"  {risk.value}:")
                for finding in findings:
                    print(f"    [{finding.severity.value}] {finding.label.english()}")
    if args.json:
        print_json({"command": "inspect", "ok": not failed, "files": files})
    return 1 if failed else 0


def _transform_for(mode: str, hide_text: bool = False) -> Any:
    effect = OBSCURE_MODES.get(mode)
    if effect is None:
        return None
    from photosafe_desktop.core.faces.obscure import transform_for

    return transform_for(effect, hide_text=True) if hide_text else transform_for(effect)


def _item_json(item: Any) -> dict[str, Any]:
    """A batch item, its error (if any) in the one error shape."""
    data: dict[str, Any] = item.to_json()
    if not item.ok:
        data["error"] = error_json(item.error_code, item.error.english() if item.error else "")
    return data


def _usage_error(args: argparse.Namespace, code: str, message: str) -> int:
    if args.json:
        print_json(
            {"command": "sanitize", "ok": False, "error": error_json(code, message), "files": []}
        )
    else:
        print_error("photosafe sanitize", message)
    return 2


def run_sanitize(args: argparse.Namespace) -> int:
    from photosafe_desktop.cli.clips import clip_item, print_clip
    from photosafe_desktop.core.batch import (
        PHOTO_SUFFIXES,
        collect_photos,
        neutral_stems,
        sanitise_batch,
    )
    from photosafe_desktop.core.metadata import SanitiseOptions
    from photosafe_desktop.core.video import VIDEO_SUFFIXES, is_clip

    tolerant_output()
    hide_text = bool(getattr(args, "hide_text", False))
    preset = args.preset
    if args.watermark is not None and preset != "parents":
        return _usage_error(args, "bad_usage", "--watermark needs --preset parents.")
    if preset == "public" and args.obscure == "none":
        return _usage_error(
            args, "bad_usage", "The public preset hides every face: --obscure none is not allowed."
        )
    obscure_mode = args.obscure or ("solid" if preset == "public" else "none")
    if hide_text and OBSCURE_MODES.get(obscure_mode) is None:
        print_error(
            "photosafe sanitize",
            "error: --hide-text needs an --obscure effect (solid, pixelate, blur or sticker)",
        )
        return 2
    max_side = args.max_side
    rename = args.rename
    transform = _transform_for(obscure_mode, hide_text)
    if preset is not None:
        from photosafe_desktop.core.sharing.presets import (
            PRESETS,
            Preset,
            WatermarkAfter,
            smaller_side,
            watermark_text,
        )

        max_side = smaller_side(max_side, Preset(preset))
        rename = rename or PRESETS[Preset(preset)].rename
        if args.watermark is not None:
            transform = WatermarkAfter(transform, watermark_text(args.watermark))
    options = SanitiseOptions(format=args.format, quality=args.quality, max_side=max_side)
    out: Path = args.out
    skipped: list[dict[str, str]] = []

    def unreadable_folder(error: OSError) -> None:
        skipped.append({"path": str(error.filename), "reason": "unreadable_folder"})

    def hidden(path: Path) -> None:
        skipped.append({"path": str(path), "reason": "hidden"})

    # the output folder is never walked: a re-run must not import its own results
    found = collect_photos(
        args.inputs,
        suffixes=PHOTO_SUFFIXES | VIDEO_SUFFIXES,
        exclude=[out],
        on_error=unreadable_folder,
        on_hidden=hidden,
    )
    sources = [path for path in found if not is_clip(path)]
    clips = [path for path in found if is_clip(path)]
    for entry in skipped:
        if not args.json:
            reason = (
                "folder could not be read"
                if entry["reason"] == "unreadable_folder"
                else "hidden, not included"
            )
            print_error(entry["path"], f"skipped: {reason}")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        message = f"cannot create the output folder: {exc.strerror}"
        if args.json:
            print_json(
                {
                    "command": "sanitize",
                    "ok": False,
                    "error": error_json("no_folder", message),
                    "files": [],
                }
            )
        else:
            print_error("photosafe sanitize", message)
        return 1
    if not sources and not clips:
        if args.json:
            print_json(
                {
                    "command": "sanitize",
                    "ok": False,
                    "error": error_json("no_photos", "No photos were found."),
                    "files": [],
                }
            )
        else:
            print_error("photosafe sanitize", "No photos were found.")
        return 1
    batch = sanitise_batch(
        sources,
        out,
        options,
        rename=rename,
        transform=transform if sources else None,
        workers=args.jobs,
    )
    origin_error = None
    if preset is not None and not args.no_origin and not batch.cancelled:
        origin_error = _record_origin(batch, preset, args.album)
    # clips are numbered after the photos with --rename (album-004.mp4 ...)
    stems = neutral_stems(len(sources) + len(clips))[len(sources) :]
    clip_items = [
        clip_item(path, out, stems[i] if rename else None, obscure_mode, args.drop_audio)
        for i, path in enumerate(clips)
    ]
    ok = batch.ok and not skipped and all(item["ok"] for item in clip_items)
    if args.json:
        print_json(
            {
                "command": "sanitize",
                "ok": ok,
                "out": str(out),
                "obscure": obscure_mode,
                **({"hide_text": True} if hide_text else {}),
                **({"preset": preset, "origin_recorded": origin_error is None} if preset else {}),
                **({"origin_error": origin_error} if origin_error else {}),
                "files": [_item_json(item) for item in batch.items] + clip_items,
                "skipped": skipped,
            }
        )
    else:
        for clip in clip_items:
            print_clip(clip)
        for item in batch.items:
            if item.result is not None:
                print(
                    f"{printable(item.source)} -> {printable(item.result.output)} (verified clean)"
                )
                report = item.result.transform_report
                if isinstance(report, FaceReport):
                    print(
                        f"  faces hidden: {report.faces_hidden}; "
                        f"possible faces to check: {len(report.check)}"
                    )
                    if report.text_checked:
                        print(f"  text lines hidden: {report.texts_hidden}")
                for note in item.result.notes:
                    print(f"  note: {note.message.english()}")
            else:
                text = item.error.english() if item.error else item.error_code
                print_error(str(item.source), f"FAILED: {text}")
        if origin_error:
            print_error("origin register", origin_error["text"])
    return 0 if ok else 1


def _record_origin(batch: Any, preset: str, album: str) -> dict[str, Any] | None:
    """Add every written copy to the proof-of-origin register; an error is reported."""
    from photosafe_desktop.core.origin.register import OriginRegister

    try:
        with OriginRegister() as register:
            for item in batch.items:
                if item.result is not None:
                    register.record_copy(
                        item.result.output, original=item.source, album=album, preset=preset
                    )
    except PhotoSafeError as exc:
        return exception_json(exc)
    return None
