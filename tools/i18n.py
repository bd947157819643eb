#!/usr/bin/env python3
"""Keep the Qt translation files in step with the code.

  python tools/i18n.py update            # lupdate all sources -> translations/*.ts, lrelease -> .qm
  python tools/i18n.py missing [--json]  # list entries without a finished translation
  python tools/i18n.py fill FILE.json... # apply translations, then compile
  python tools/i18n.py check             # exit 1 if anything is unfinished or not extracted
  python tools/i18n.py export OUT.json [--from DIR]  # every finished translation, as for fill

Merging two branches' .ts files: export the other side's translations (from a folder with
its photosafe_nl.ts/photosafe_fr.ts), take this side's files, then
`fill --only-missing OUT.json` (it runs lupdate first).

FILE.json is a list of {"context": ..., "source": ..., "nl": ..., "fr": ...}; for a plural
(%n) message "nl"/"fr" are lists of forms (Dutch and French: [singular, plural]).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "translations"
LANGS = ("nl", "fr")


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / name
    if exe.exists():
        return str(exe)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (pip install PySide6-Essentials)")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "photosafe_desktop").rglob("*.py"))


def ts_path(lang: str, folder: Path = TS_DIR) -> Path:
    return folder / f"photosafe_{lang}.ts"


def lupdate(folder: Path = TS_DIR) -> None:
    for lang in LANGS:
        target = ts_path(lang, folder)
        cmd = [
            _tool("pyside6-lupdate"),
            "-locations",
            "none",
            "-no-obsolete",
            *sources(),
            "-ts",
            str(target),
        ]
        if not target.exists():
            cmd[1:1] = ["-target-language", lang]
        subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        # one layout whichever command wrote the file last (lupdate's differs from ours):
        # parallel branches then merge line by line instead of conflicting on every line
        _write(ET.parse(target), target)


def lrelease(folder: Path = TS_DIR) -> None:
    for lang in LANGS:
        subprocess.run(
            [
                _tool("pyside6-lrelease"),
                "-silent",
                str(ts_path(lang, folder)),
                "-qm",
                str(folder / f"photosafe_{lang}.qm"),
            ],
            check=True,
        )


def unfinished(path: Path) -> list[dict[str, str]]:
    tree = ET.parse(path)
    out = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            empty = tr is None or (
                not (tr.text or "").strip() and not [f for f in tr.iter("numerusform") if f.text]
            )
            if tr is None or tr.get("type") in ("unfinished",) or empty:
                out.append(
                    {
                        "context": name,
                        "source": msg.findtext("source") or "",
                        "plural": msg.get("numerus") == "yes",
                    }
                )
    return out


def fill(files: list[Path], only_missing: bool = False) -> int:
    entries: dict[tuple[str, str], dict[str, object]] = {}
    for file in files:
        for item in json.loads(file.read_text(encoding="utf-8")):
            entries[(item["context"], item["source"])] = item
    applied = 0
    for lang in LANGS:
        path = ts_path(lang)
        tree = ET.parse(path)
        for ctx in tree.getroot().iter("context"):
            name = ctx.findtext("name") or ""
            for msg in ctx.iter("message"):
                item = entries.get((name, msg.findtext("source") or ""))
                if item is None or lang not in item:
                    continue
                value = item[lang]
                tr = msg.find("translation")
                if only_missing and tr is not None and tr.get("type") != "unfinished":
                    continue  # merging: this side's finished translation wins
                if tr is None:
                    tr = ET.SubElement(msg, "translation")
                tr.attrib.pop("type", None)
                for child in list(tr):
                    tr.remove(child)
                if msg.get("numerus") == "yes":
                    forms = value if isinstance(value, list) else [value, value]
                    tr.text = None
                    for form in forms:
                        ET.SubElement(tr, "numerusform").text = str(form)
                else:
                    tr.text = str(value)
                applied += 1
        _write(tree, path)
    return applied


def export(out: Path, folder: Path = TS_DIR) -> int:
    """Every finished translation in ``folder``'s .ts files, in fill's JSON format."""
    entries: dict[tuple[str, str], dict[str, object]] = {}
    for lang in LANGS:
        for ctx in ET.parse(ts_path(lang, folder)).getroot().iter("context"):
            name = ctx.findtext("name") or ""
            for msg in ctx.iter("message"):
                tr = msg.find("translation")
                if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                source = msg.findtext("source") or ""
                forms = [f.text or "" for f in tr.iter("numerusform")]
                value: object = forms if msg.get("numerus") == "yes" else (tr.text or "")
                if not value:
                    continue
                item = entries.setdefault((name, source), {"context": name, "source": source})
                item[lang] = value
    out.write_text(json.dumps(list(entries.values()), ensure_ascii=False, indent=1), "utf-8")
    return len(entries)


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def check() -> int:
    problems = 0
    for lang in LANGS:
        left = unfinished(ts_path(lang))
        for item in left:
            print(f"[{lang}] unfinished: {item['context']}: {item['source']!r}")
        problems += len(left)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for lang in LANGS:
            shutil.copy(ts_path(lang), ts_path(lang, folder))
        lupdate(folder)
        for lang in LANGS:
            left = unfinished(ts_path(lang, folder))
            for item in left:
                print(f"[{lang}] not in the .ts file yet: {item['context']}: {item['source']!r}")
            problems += len(left)
    return 1 if problems else 0


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="cmd", required=True)
    sub.add_parser("update")
    m = sub.add_parser("missing")
    m.add_argument("--json", action="store_true")
    f = sub.add_parser("fill")
    f.add_argument("files", nargs="+", type=Path)
    f.add_argument(
        "--only-missing", action="store_true", help="fill unfinished entries only (merging)"
    )
    sub.add_parser("check")
    e = sub.add_parser("export")
    e.add_argument("out", type=Path)
    e.add_argument("--from", dest="folder", type=Path, default=TS_DIR)
    args = parser.parse_args()
    if args.cmd == "update":
        lupdate()
        lrelease()
        return 0
    if args.cmd == "missing":
        seen: dict[tuple[str, str], dict[str, object]] = {}
        for lang in LANGS:
            for item in unfinished(ts_path(lang)):
                seen.setdefault((item["context"], item["source"]), {**item})
        items = list(seen.values())
        if args.json:
            print(json.dumps(items, ensure_ascii=False, indent=1))
        else:
            for item in items:
                print(f"{item['context']}: {item['source']!r}")
        return 0
    if args.cmd == "fill":
        lupdate()
        count = fill(args.files, only_missing=args.only_missing)
        lrelease()
        print(f"applied {count} translations")
        return 0
    if args.cmd == "export":
        print(f"exported {export(args.out, args.folder)} translations")
        return 0
    return check()


if __name__ == "__main__":
    sys.exit(main())
