"""Dates and times as people read them in Belgium: one Qt-free formatter for everything.

Letters, the dossier, the case log, deadlines, the workspace's findings ("taken on ...") and
the calendar file all show dates through these functions, and the UI too, so a Dutch reader
sees ``14/07/2025 om 15.02 u``, a French reader ``14/07/2025 à 15 h 02`` (sentences say
"le {date}") and an English reader ``14 July 2025 at 15:02``; never ``2025:07:14`` (EXIF) or
``2025-07-14T15:02`` (ISO).

An aware ``datetime`` is shown in this computer's time zone (or ``tz``); a naive one is shown
as it is (a camera's clock has no zone).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone, tzinfo

from photosafe_desktop.core.i18n import Message

LANGUAGES = ("nl", "fr", "en")

_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _language(language: str) -> str:
    return language if language in LANGUAGES else "en"


def local_time(value: datetime, tz: tzinfo | None = None) -> datetime:
    """``value`` on the wall clock of ``tz`` (default: this computer); naive stays as is."""
    if value.tzinfo is None:
        return value
    return value.astimezone(tz)


def format_date(value: date | datetime, language: str, tz: tzinfo | None = None) -> str:
    """``14/07/2025`` (nl, fr) or ``14 July 2025`` (en)."""
    if isinstance(value, datetime):
        value = local_time(value, tz).date()
    if _language(language) == "en":
        return f"{value.day} {_MONTHS_EN[value.month - 1]} {value.year}"
    return f"{value.day:02d}/{value.month:02d}/{value.year}"


def format_time(value: datetime, language: str, tz: tzinfo | None = None) -> str:
    """``15.02 u`` (nl), ``15 h 02`` (fr), ``15:02`` (en)."""
    moment = local_time(value, tz)
    lang = _language(language)
    if lang == "nl":
        return f"{moment.hour}.{moment.minute:02d} u"
    if lang == "fr":
        return f"{moment.hour} h {moment.minute:02d}"
    return f"{moment.hour:02d}:{moment.minute:02d}"


def format_datetime(value: datetime, language: str, tz: tzinfo | None = None) -> str:
    """``14/07/2025 om 15.02 u`` (nl), ``14/07/2025 à 15 h 02`` (fr; a sentence puts "le"
    before it), ``14 July 2025 at 15:02`` (en)."""
    moment = local_time(value, tz).replace(tzinfo=None)  # the wall clock, converted once
    joiner = {"nl": "om", "fr": "à", "en": "at"}[_language(language)]
    return f"{format_date(moment, language)} {joiner} {format_time(moment, language)}"


def utc_offset(value: datetime, tz: tzinfo | None = None) -> str:
    """``UTC+02:00``: the offset of the local time shown for an aware ``value``."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    offset = value.astimezone(tz).strftime("%z") or "+0000"
    return f"UTC{offset[:3]}:{offset[3:5]}"


def format_when(value: datetime, language: str, tz: tzinfo | None = None) -> str:
    """For letters and the dossier, read abroad too: the local date and time with its offset,
    ``01/10/2026 om 18.30 u (UTC+02:00)``. A naive ``value`` is taken as UTC."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return f"{format_datetime(value, language, tz)} ({utc_offset(value, tz)})"


#: a date and time as cameras (EXIF ``2025:07:14 15:02:00``) and ISO 8601
#: (``2025-07-14T15:02:00+02:00``) write it; the time and zone are optional
MACHINE_DATETIME = re.compile(
    r"(?<![\d:])(\d{4})([:-])(\d{2})\2(\d{2})"
    r"(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?(?![\d:])"
)


def parse_machine_datetime(text: str) -> datetime | date | None:
    """A date (and time) written the EXIF or ISO way; None when ``text`` is not one."""
    match = MACHINE_DATETIME.fullmatch(text.strip())
    return _from_match(match) if match else None


def _from_match(match: re.Match[str]) -> datetime | date | None:
    year, _sep, month, day, hour, minute, second, zone = match.groups()
    try:
        if hour is None:
            return date(int(year), int(month), int(day))
        moment = datetime(int(year), int(month), int(day), int(hour), int(minute), int(second or 0))
        if zone:
            if zone == "Z":
                return moment.replace(tzinfo=timezone.utc)
            parsed = datetime.strptime(zone.replace(":", ""), "%z")
            return moment.replace(tzinfo=parsed.tzinfo)
    except ValueError:
        return None  # 0000:00:00 and other impossible dates stay as written
    return moment


def localise_dates(text: str, language: str) -> str:
    """Every EXIF- or ISO-style date in ``text`` (a photo's metadata value, a file name's
    date) rewritten the reader's way; a camera's time without a zone keeps its wall clock."""

    def replace(match: re.Match[str]) -> str:
        value = _from_match(match)
        if value is None:
            return match.group(0)
        if isinstance(value, datetime):
            if value.tzinfo is not None:
                value = value.replace(tzinfo=None)  # the time the camera showed
            return format_datetime(value, language)
        return format_date(value, language)

    return MACHINE_DATETIME.sub(replace, text)


def with_local_dates(message: Message, language: str) -> Message:
    """``message`` with every EXIF- or ISO-style date in its text parameters written the
    reader's way (a finding's "taken on {date}", a file name's date)."""
    params = {
        key: localise_dates(value, language) if isinstance(value, str) else value
        for key, value in message.params.items()
    }
    return Message(message.context, message.text, params)


__all__ = [
    "MACHINE_DATETIME",
    "format_date",
    "format_datetime",
    "format_time",
    "format_when",
    "local_time",
    "localise_dates",
    "parse_machine_datetime",
    "utc_offset",
    "with_local_dates",
]
