"""Video clips in ``photosafe sanitize``: one JSON item per clip, next to the photos' items.

A clip's item keeps the photo item's keys (``source``, ``ok``, ``output``, ``verification``,
``transform`` with ``faces_obscured``/``check``/``verified``/``unobscured``) and adds
``kind: "video"``, ``frames``, ``faces_hidden``, ``check_candidates``, ``audio`` ...
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from photosafe_desktop.core.errors import PhotoSafeError


def clip_item(
    source: Path, out: Path, stem: str | None, obscure: str, drop_audio: bool
) -> dict[str, Any]:
    from photosafe_desktop.core.faces.regions import Effect
    from photosafe_desktop.core.video import ClipOptions, sanitise_clip
    from photosafe_desktop.core.video.sanitise import output_suffix

    suffix = output_suffix(source, "")
    name = f"{stem}{suffix}" if stem is not None else f"{_safe_stem(source.stem)}{suffix}"
    effect = None if obscure == "none" else Effect(obscure)
    options = ClipOptions(effect=effect, drop_audio=drop_audio)
    try:
        result = sanitise_clip(source, out / name, options)
    except PhotoSafeError as exc:
        return {
            "source": str(source),
            "ok": False,
            "kind": "video",
            "error": {"code": exc.code, "text": exc.message.english()},
        }
    data = result.to_json()
    verification = data["verification"]
    data["transform"] = {
        "effect": obscure,
        "faces_found": result.faces_hidden,
        "faces_obscured": result.faces_hidden,
        "check": data.pop("check"),
        "verified": effect is not None,
        "unobscured": verification.get("unobscured", []),
    }
    return {"source": str(source), "ok": True, **data}


def _safe_stem(stem: str) -> str:
    from photosafe_desktop.core.metadata.sanitise import safe_stem

    return safe_stem(stem)


def print_clip(item: dict[str, Any]) -> None:
    if not item["ok"]:
        print(f"{item['source']}: FAILED: {item['error']['text']}", file=sys.stderr)
        return
    verification = item["verification"]
    faces = "no face left found" if verification.get("ok") else "faces still found: check it"
    print(f"{item['source']} -> {item['output']} (metadata removed; {faces})")
    print(
        f"  frames: {item['frames']}; faces hidden: {item['faces_hidden']}; "
        f"possible faces to check: {item['check_candidates']}; audio: {item['audio']}"
    )
