"""The consent register of a group: who may be seen where, kept on this computer only.

Each child is listed by name or by a code the leaders agree on, with one level:

- ``no_photos``: the child's face is hidden in every copy, whatever the preset;
- ``parents``: visible in the parents' album, hidden in public copies;
- ``public``: may be seen on the public website and social media.

The register also holds the group's details (name, contact) that fill in the consent forms.
It lives in one JSON file in the app's data folder (folder 0700, file 0600), written
atomically; :func:`delete_register` removes it in one action. Lists come and go as CSV
(:func:`import_csv` / :func:`export_csv`), as a spreadsheet writes them: comma or semicolon
or tab separated, with or without Excel's UTF-8 byte-order mark, or in Windows-1252.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, fields, replace
from enum import Enum
from pathlib import Path
from typing import Any

from photosafe_desktop.core.errors import PhotoSafeError
from photosafe_desktop.core.i18n import QT_TRANSLATE_NOOP
from photosafe_desktop.core.private_files import private_dir, write_private

FILE_NAME = "consent-register.json"
FORMAT = 1
#: at most this many characters in a name or code (a longer one is a paste accident)
MAX_NAME = 120


class ConsentError(PhotoSafeError):
    """The register or a CSV list cannot be read (bad row, unknown level, damaged file)."""


class ConsentLevel(str, Enum):
    NO_PHOTOS = "no_photos"
    PARENTS = "parents"
    PUBLIC = "public"

    @property
    def label(self) -> str:
        """English label (translate in context ``Consent``)."""
        return LEVEL_LABELS[self]


LEVEL_LABELS: dict[ConsentLevel, str] = {
    ConsentLevel.NO_PHOTOS: QT_TRANSLATE_NOOP("Consent", "No photos"),
    ConsentLevel.PARENTS: QT_TRANSLATE_NOOP("Consent", "Parents only"),
    ConsentLevel.PUBLIC: QT_TRANSLATE_NOOP("Consent", "Public website and social media"),
}

#: what people type in the level column (any case, accents ignored), in nl, fr and en
_LEVEL_WORDS: dict[str, ConsentLevel] = {
    **dict.fromkeys(
        (
            "no_photos",
            "no photos",
            "none",
            "no",
            "0",
            "geen",
            "geen foto's",
            "geen fotos",
            "nee",
            "neen",
            "aucune",
            "pas de photos",
            "pas de photo",
            "non",
        ),
        ConsentLevel.NO_PHOTOS,
    ),
    **dict.fromkeys(
        (
            "parents",
            "parents only",
            "1",
            "ouders",
            "enkel ouders",
            "alleen ouders",
            "enkel voor de ouders",
            "parents uniquement",
            "reserve aux parents",
            "uniquement les parents",
        ),
        ConsentLevel.PARENTS,
    ),
    **dict.fromkeys(
        (
            "public",
            "yes",
            "2",
            "publiek",
            "openbaar",
            "ja",
            "oui",
            "website",
            "public website and social media",
        ),
        ConsentLevel.PUBLIC,
    ),
}

_NAME_HEADERS = {"name", "naam", "nom", "code", "child", "kind", "enfant", "name or code"}
_LEVEL_HEADERS = {"level", "consent", "toestemming", "consentement", "niveau", "akkoord"}
_NOTE_HEADERS = {"note", "notitie", "opmerking", "remarque", "comment"}


def _fold(text: str) -> str:
    """Lower case without accents or surrounding spaces, for matching words and names."""
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")


def parse_level(text: str) -> ConsentLevel | None:
    folded = _fold(text)
    return _LEVEL_WORDS.get(folded) or _LEVEL_WORDS.get(folded.replace("-", " ").replace("_", " "))


@dataclass(frozen=True)
class Child:
    """One child: a name or code as the leaders write it, and a consent level."""

    key: str
    level: ConsentLevel
    note: str = ""

    def __post_init__(self) -> None:
        key = " ".join(self.key.split())
        if not key:
            raise ValueError("a child needs a name or code")
        object.__setattr__(self, "key", key[:MAX_NAME])
        if not isinstance(self.level, ConsentLevel):
            object.__setattr__(self, "level", ConsentLevel(self.level))

    @property
    def folded(self) -> str:
        return _fold(self.key)


@dataclass(frozen=True)
class GroupInfo:
    """The group's details printed on consent forms and letters."""

    name: str = ""
    contact_name: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""
    website: str = ""

    def to_dict(self) -> dict[str, str]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Any) -> GroupInfo:
        if not isinstance(data, dict):
            return cls()
        return cls(**{f.name: str(data.get(f.name, "") or "") for f in fields(cls)})


@dataclass(frozen=True)
class ConsentRegister:
    group: GroupInfo = field(default_factory=GroupInfo)
    children: tuple[Child, ...] = ()

    def find(self, key: str) -> Child | None:
        folded = _fold(key)
        return next((c for c in self.children if c.folded == folded), None)

    def level_of(self, key: str) -> ConsentLevel | None:
        child = self.find(key) if key else None
        return child.level if child is not None else None

    def with_child(self, child: Child) -> ConsentRegister:
        """A copy with ``child`` added, or replacing the entry with the same name/code."""
        others = tuple(c for c in self.children if c.folded != child.folded)
        return replace(self, children=tuple(sorted(others + (child,), key=lambda c: c.folded)))

    def without(self, key: str) -> ConsentRegister:
        folded = _fold(key)
        return replace(self, children=tuple(c for c in self.children if c.folded != folded))

    def merged(self, children: Iterable[Child]) -> ConsentRegister:
        result = self
        for child in children:
            result = result.with_child(child)
        return result

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "group": self.group.to_dict(),
            "children": [
                {"key": c.key, "level": c.level.value, "note": c.note} for c in self.children
            ],
        }

    @classmethod
    def from_json(cls, data: Any) -> ConsentRegister:
        if not isinstance(data, dict) or not isinstance(data.get("children", []), list):
            raise _damaged()
        if int(data.get("format", FORMAT)) > FORMAT:
            raise ConsentError(
                "consent_newer",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The consent register was saved by a newer version of PhotoSafe. "
                    "Update PhotoSafe to open it.",
                ),
            )
        children = []
        for item in data.get("children", []):
            try:
                children.append(
                    Child(str(item["key"]), ConsentLevel(item["level"]), str(item.get("note", "")))
                )
            except (KeyError, TypeError, ValueError) as exc:
                raise _damaged() from exc
        return cls(GroupInfo.from_dict(data.get("group")), tuple(children))


def _damaged() -> ConsentError:
    return ConsentError(
        "consent_damaged",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The consent register file is damaged. Import the list again from your CSV file.",
        ),
    )


# --------------------------------------------------------------------------- storage


def default_path() -> Path:
    return private_dir("consent") / FILE_NAME


def load_register(path: Path | None = None) -> ConsentRegister:
    """The saved register, or an empty one when none was saved yet."""
    path = path or default_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ConsentRegister()
    except (OSError, UnicodeDecodeError) as exc:
        raise _damaged() from exc
    try:
        return ConsentRegister.from_json(json.loads(text))
    except ValueError as exc:
        raise _damaged() from exc


def save_register(register: ConsentRegister, path: Path | None = None) -> Path:
    path = path or default_path()
    data = json.dumps(register.to_json(), ensure_ascii=False, indent=1).encode("utf-8")
    return write_private(data, path)


def delete_register(path: Path | None = None) -> bool:
    """Remove the register (children and group details) in one action. True if it existed."""
    path = path or default_path()
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    return True


# --------------------------------------------------------------------------- CSV


def _decode(data: bytes) -> str:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # "Unicode text" from Excel
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # an older Excel on Windows


def _dialect(text: str) -> str:
    sample = "\n".join(text.splitlines()[:20])
    counts = {sep: sample.count(sep) for sep in (";", ",", "\t")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def _row_error(code: str, text: str, row: int, **params: Any) -> ConsentError:
    return ConsentError(code, text, row=row, **params)


def import_csv(data: bytes | str) -> tuple[Child, ...]:
    """Children from a CSV list: a name (or code) column and a level column, optionally a note.

    The first row may name the columns (``name``/``naam``/``nom``/``code`` and
    ``level``/``toestemming``/``consentement``); without such a row the first column is the
    name and the second the level. Levels may be written in Dutch, French or English. A bad
    row stops the import with a message naming the row (nothing is half imported).
    """
    text = data if isinstance(data, str) else _decode(data)
    text = text.lstrip("\ufeff")
    rows = [r for r in csv.reader(io.StringIO(text), delimiter=_dialect(text))]
    numbered = [(i + 1, r) for i, r in enumerate(rows) if any(cell.strip() for cell in r)]
    if not numbered:
        raise ConsentError(
            "csv_empty", QT_TRANSLATE_NOOP("Errors", "The list is empty: no children were found.")
        )
    name_col, level_col, note_col = 0, 1, None
    header = [_fold(cell) for cell in numbered[0][1]]
    if any(cell in _NAME_HEADERS for cell in header) or any(c in _LEVEL_HEADERS for c in header):
        found_name = next((i for i, c in enumerate(header) if c in _NAME_HEADERS), None)
        found_level = next((i for i, c in enumerate(header) if c in _LEVEL_HEADERS), None)
        if found_name is None or found_level is None:
            raise ConsentError(
                "csv_columns",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The first row must name a column for the name (or code) and one for "
                    "the consent level.",
                ),
            )
        name_col, level_col = found_name, found_level
        note_col = next((i for i, c in enumerate(header) if c in _NOTE_HEADERS), None)
        numbered = numbered[1:]
    children: list[Child] = []
    seen: dict[str, int] = {}
    for row_number, row in numbered:
        name = row[name_col].strip() if name_col < len(row) else ""
        level_text = row[level_col].strip() if level_col < len(row) else ""
        if not name:
            raise _row_error(
                "csv_no_name",
                QT_TRANSLATE_NOOP("Errors", "Row {row} has no name or code."),
                row_number,
            )
        level = parse_level(level_text)
        if level is None:
            raise _row_error(
                "csv_bad_level",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Row {row}: “{value}” is not a consent level. Write no photos, parents "
                    "or public (geen foto's, ouders, publiek / pas de photos, parents, public).",
                ),
                row_number,
                value=level_text[:40],
            )
        if len(name) > MAX_NAME:
            raise _row_error(
                "csv_long_name",
                QT_TRANSLATE_NOOP("Errors", "Row {row}: the name is longer than {limit} letters."),
                row_number,
                limit=MAX_NAME,
            )
        note = row[note_col].strip() if note_col is not None and note_col < len(row) else ""
        child = Child(name, level, note)
        if child.folded in seen:
            raise _row_error(
                "csv_duplicate",
                QT_TRANSLATE_NOOP(
                    "Errors", "Row {row}: “{name}” is already listed in row {first}."
                ),
                row_number,
                name=child.key,
                first=seen[child.folded],
            )
        seen[child.folded] = row_number
        children.append(child)
    return tuple(children)


def export_csv(children: Iterable[Child], *, delimiter: str = ";") -> bytes:
    """The list as CSV that Excel opens directly in Belgium: ``;`` separated, UTF-8 with BOM."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(["name", "level", "note"])
    for child in children:
        writer.writerow([child.key, child.level.value, child.note])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


__all__ = [
    "Child",
    "ConsentError",
    "ConsentLevel",
    "ConsentRegister",
    "GroupInfo",
    "LEVEL_LABELS",
    "delete_register",
    "default_path",
    "export_csv",
    "import_csv",
    "load_register",
    "parse_level",
    "save_register",
]
