"""Export an album: the user's reviewed regions (faces, text) applied, metadata stripped,
verified.

Runs on a worker thread (the UI's export dialog) and fans the photos out to a process pool
through :func:`photosafe_desktop.core.batch.sanitise_batch`. Each photo gets its own
obscuring transform built from the regions the user reviewed (never re-detected here, so
what the user saw is exactly what is exported).
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image

from photosafe_desktop.core.batch import sanitise_batch
from photosafe_desktop.core.consent.register import ConsentRegister
from photosafe_desktop.core.errors import PhotoSafeError
from photosafe_desktop.core.faces.obscure import obscure
from photosafe_desktop.core.faces.regions import Kind, Region
from photosafe_desktop.core.faces.report import FaceReport
from photosafe_desktop.core.i18n import Message
from photosafe_desktop.core.metadata.inspect import Finding
from photosafe_desktop.core.metadata.sanitise import (
    OutputFormat,
    SanitiseOptions,
    SanitiseResult,
    write_photo,
)
from photosafe_desktop.core.origin.register import OriginRegister
from photosafe_desktop.core.sharing.presets import (
    PRESETS,
    Preset,
    apply_preset,
    draw_watermark,
    smaller_side,
)
from photosafe_desktop.core.text.copy_check import check_ticked_text
from photosafe_desktop.core.text.hide import text_region


@dataclass(frozen=True)
class ExportJob:
    source: Path
    regions: tuple[Region, ...] = ()
    findings: tuple[Finding, ...] = ()  # what inspect found (to count what was removed)


@dataclass(frozen=True)
class ExportOptions:
    format: OutputFormat = "keep"
    quality: int = 90
    max_side: int | None = None
    rename: bool = True
    effect: str | None = None  # solid/pixelate/blur/sticker for every face; None: per region
    preset: str | None = None  # public/parents/archive (core/sharing/presets.py); None: as reviewed
    watermark: str | None = None  # a visible line on every copy (the parents' preset)


@dataclass(frozen=True)
class ExportFailure:
    source: Path  # the photo in the album (two folders may both hold IMG_0001.jpg)
    reason: Message

    @property
    def name(self) -> str:
        """The source file's name, as the user sees it in the album."""
        return self.source.name


@dataclass(frozen=True)
class ExportedFile:
    output: Path
    faces_hidden: int
    source: Path
    texts_hidden: int = 0
    texts_readable: int = 0  # ticked text still found on the copy by the check (should be 0)

    @property
    def source_name(self) -> str:
        return self.source.name


@dataclass(frozen=True)
class ExportSummary:
    total: int
    exported: int
    faces_hidden: int
    with_metadata: int  # photos that carried personal metadata (now removed)
    failures: tuple[ExportFailure, ...] = ()
    cancelled: bool = False
    files: tuple[ExportedFile, ...] = ()
    report_path: Path | None = None
    notes: tuple[Message, ...] = field(default_factory=tuple)
    texts_hidden: int = 0  # text lines (name tags, shirts, signs, plates)
    texts_readable: int = 0  # ticked text lines still found on the copies (should be 0)

    @property
    def outputs(self) -> tuple[Path, ...]:
        return tuple(f.output for f in self.files)

    def failure_for(self, source: Path) -> ExportFailure | None:
        """Why the photo at ``source`` was not exported (None: it was, or it was not tried)."""
        return next((f for f in self.failures if f.source == source), None)


def apply_regions(
    regions: tuple[Region, ...],
    image: Image.Image,
    effect: str | None = None,
    watermark: str | None = None,
) -> tuple[Image.Image, FaceReport]:
    """The transform for one photo: hide the enabled regions (module level: picklable).

    ``faces_hidden`` counts every hidden region but text lines, which ``texts_hidden``
    counts. When text lines are hidden, the copy is searched for text again
    (:func:`~photosafe_desktop.core.text.copy_check.check_ticked_text`): a line that still
    stands out beside a ticked one is hidden too, and what is left is reported. The
    ``watermark`` (the parents' preset) is drawn last, after that check, so the check never
    takes it for a line left readable."""
    enabled = [r for r in regions if r.enabled]
    texts = sum(1 for r in enabled if r.kind is Kind.TEXT)
    report = FaceReport(
        effect=effect or "regions",
        faces_found=len(enabled) - texts,
        faces_hidden=len(enabled) - texts,
        texts_found=texts,
        texts_hidden=texts,
    )
    output = obscure(image, enabled, effect=effect) if enabled else image
    if texts:
        output, check = check_ticked_text(output, regions, effect)
        report = dataclasses.replace(
            report,
            text_checked=True,
            text_verified=True,
            texts_hidden=texts + check.hidden_again,
            texts_found_on_verification=check.hidden_again,
            texts_unobscured=tuple(text_region(line) for line in check.readable),
        )
    return draw_watermark(output, watermark or ""), report


def _faces_hidden(result: SanitiseResult) -> int:
    report = result.transform_report
    if isinstance(report, FaceReport):
        return report.faces_hidden
    return int(report.get("faces_hidden", 0))  # a preset's transform reports a mapping


def _texts_hidden(result: SanitiseResult) -> int:
    report = result.transform_report
    if isinstance(report, FaceReport):
        return report.texts_hidden
    return int(report.get("texts_hidden", 0))


def _texts_readable(result: SanitiseResult) -> int:
    """Text lines the check of the copy still found beside ticked ones (should be 0)."""
    report = result.transform_report
    if isinstance(report, FaceReport):
        return len(report.texts_unobscured)
    return int(report.get("texts_readable", 0))


def export_album(
    jobs: Sequence[ExportJob],
    folder: Path,
    options: ExportOptions,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    workers: int | None = None,
    consent: ConsentRegister | None = None,
    origin: OriginRegister | None = None,
    album: str = "",
) -> ExportSummary:
    """Export ``jobs`` into ``folder``.

    With ``options.preset`` the faces are hidden as the preset decides from the marks the
    user set in the review and the ``consent`` register (see ``core/sharing/presets.py``),
    the size is capped and names made neutral as the preset requires. With ``origin`` each
    written copy is added to the proof-of-origin register under ``album``.
    """
    folder.mkdir(parents=True, exist_ok=True)
    preset = Preset(options.preset) if options.preset else None
    max_side = smaller_side(options.max_side, preset) if preset else options.max_side
    rename = options.rename or (preset is not None and PRESETS[preset].rename)
    sanitise_options = SanitiseOptions(
        format=options.format, quality=options.quality, max_side=max_side
    )
    # the preset decides which faces are hidden; text lines, the copy check and the
    # counts are the same on every path
    transforms: list[Any] = [
        functools.partial(
            apply_regions,
            apply_preset(tuple(job.regions), preset, consent) if preset else tuple(job.regions),
            effect=options.effect,
            watermark=options.watermark,
        )
        for job in jobs
    ]
    result = sanitise_batch(
        [job.source for job in jobs],
        folder,
        sanitise_options,
        rename=rename,
        transforms=transforms,
        workers=workers,
        progress=progress,
        cancel=cancelled,
    )
    failures = tuple(
        ExportFailure(item.source, item.error or Message("Errors", "")) for item in result.failed
    )
    done = [item for item in result.items if item.ok and item.result is not None]
    faces = sum(_faces_hidden(item.result) for item in done if item.result)
    texts = sum(_texts_hidden(item.result) for item in done if item.result)
    readable = sum(_texts_readable(item.result) for item in done if item.result)
    by_source = {job.source: job for job in jobs}
    with_metadata = sum(
        1 for item in done if any(f.is_private for f in by_source[item.source].findings)
    )
    notes: list[Message] = []
    if origin is not None and not result.cancelled:
        try:
            for item in done:
                if item.result is not None:
                    origin.record_copy(
                        item.result.output,
                        original=item.source,
                        album=album,
                        preset=preset.value if preset else "",
                    )
        except PhotoSafeError as exc:  # the copies are fine; only the proof is missing
            notes.append(exc.message)
    return ExportSummary(
        total=len(jobs),
        exported=0 if result.cancelled else len(done),
        faces_hidden=0 if result.cancelled else faces,
        with_metadata=0 if result.cancelled else with_metadata,
        texts_hidden=0 if result.cancelled else texts,
        texts_readable=0 if result.cancelled else readable,
        failures=failures,
        cancelled=result.cancelled,
        files=()
        if result.cancelled
        else tuple(
            ExportedFile(
                i.result.output,
                _faces_hidden(i.result),
                i.source,
                _texts_hidden(i.result),
                _texts_readable(i.result),
            )
            for i in done
            if i.result
        ),
        notes=tuple(notes),
    )


def write_report(folder: Path, text: str, name: str = "photosafe-report.txt") -> Path:
    """Write the export report atomically next to the copies (never over an existing file)."""
    return write_photo(text.encode("utf-8"), folder / name)
