"""Sanitise many photos across CPU cores with bounded memory, progress and cancel.

The UI calls :func:`sanitise_batch` from a worker thread (never the GUI thread); the
``progress`` and ``cancel`` callbacks run on that same thread. Worker processes (from
:mod:`~photosafe_desktop.core.pool`: ``forkserver`` or ``spawn``, never a plain ``fork`` of
a threaded Qt program, and they die with the app) decode,
clean and encode; the calling process writes each result atomically and verifies it on
disk, so a worker that dies never leaves a file behind. At most ``2 x workers`` photos are
in flight, so memory stays flat whatever the album size. A failing photo is reported and
the others continue. A cancelled batch writes nothing more and removes what it had
written, so it never leaves part of an album behind.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import functools
import logging
import os
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from photosafe_desktop.core.errors import PhotoSafeError
from photosafe_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from photosafe_desktop.core.metadata.sanitise import (
    CleanImage,
    SanitiseOptions,
    SanitiseResult,
    Transform,
    clean_copy,
    save_clean,
)
from photosafe_desktop.core.pool import process_pool, start_method

log = logging.getLogger(__name__)

#: file name endings collected from folders (single files are always read by content)
PHOTO_SUFFIXES = frozenset(
    {".jpg", ".jpeg", ".jpe", ".jfif", ".png", ".webp", ".heic", ".heif", ".avif"}
    | {".tif", ".tiff", ".gif", ".bmp"}
)

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


@dataclass(frozen=True)
class BatchItem:
    """The outcome for one photo: a result, or an error code and message."""

    index: int  # position in the list given to sanitise_batch
    source: Path
    result: SanitiseResult | None = None
    error_code: str | None = None
    error: Message | None = None

    @property
    def ok(self) -> bool:
        return self.result is not None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"source": str(self.source), "ok": self.ok}
        if self.result is not None:
            data.update(self.result.to_json())
        else:
            data["error"] = {
                "code": self.error_code,
                "text": self.error.english() if self.error else "",
            }
        return data


@dataclass(frozen=True)
class BatchResult:
    items: tuple[BatchItem, ...]  # in input order; a cancelled batch lists what was done
    total: int
    cancelled: bool = False

    @property
    def failed(self) -> tuple[BatchItem, ...]:
        return tuple(i for i in self.items if not i.ok)

    @property
    def ok(self) -> bool:
        return not self.cancelled and not self.failed and len(self.items) == self.total


def collect_photos(
    paths: Iterable[Path | str],
    *,
    recursive: bool = True,
    on_error: Callable[[OSError], None] | None = None,
    suffixes: frozenset[str] = PHOTO_SUFFIXES,
    exclude: Iterable[Path | str] = (),
    on_hidden: Callable[[Path], None] | None = None,
) -> list[Path]:
    """Files as given, plus the photos (files ending in ``suffixes``) inside given folders
    (sorted; hidden files and folders skipped; symbolic links to folders are not followed,
    so no loops).
    ``on_error`` hears about each folder that could not be read (it is skipped);
    ``on_hidden`` about each hidden photo or folder skipped. Folders in ``exclude`` (the
    output folder of a batch) are never walked, so a re-run never re-imports its output."""
    from photosafe_desktop.core.safe_files import same_folder

    excluded = [Path(e) for e in exclude]
    found: list[Path] = []
    for entry in paths:
        path = Path(entry)
        if not path.is_dir():
            found.append(path)
            continue
        if any(same_folder(path, e) for e in excluded):
            continue
        inside: list[Path] = []
        for folder, subfolders, files in os.walk(path, onerror=on_error):
            kept = []
            for name in sorted(subfolders):
                sub = Path(folder) / name
                if any(same_folder(sub, e) for e in excluded):
                    continue
                if name.startswith("."):
                    if on_hidden is not None:
                        on_hidden(sub)
                    continue
                kept.append(name)
            subfolders[:] = kept if recursive else []
            for name in files:
                if Path(name).suffix.lower() not in suffixes:
                    continue
                if name.startswith("."):
                    if on_hidden is not None:
                        on_hidden(Path(folder) / name)
                    continue
                inside.append(Path(folder) / name)
        found.extend(sorted(inside))
    return found


def neutral_stems(count: int, prefix: str = "album") -> list[str]:
    width = max(3, len(str(count)))
    return [f"{prefix}-{i:0{width}d}" for i in range(1, count + 1)]


def unique_stems(paths: Sequence[Path]) -> list[str]:
    """Output stems for ``paths``: each source's own (made safe), numbered from the second
    one that would share a name (ignoring case, as Windows and macOS do)."""
    from photosafe_desktop.core.metadata.sanitise import safe_stem

    taken: set[str] = set()
    stems: list[str] = []
    for path in paths:
        base = safe_stem(path.stem)
        stem, number = base, 1
        while stem.lower() in taken:
            number += 1
            stem = f"{base}-{number}"
        taken.add(stem.lower())
        stems.append(stem)
    return stems


def _unexpected() -> Message:
    return Message(
        "Errors",
        QT_TRANSLATE_NOOP("Errors", "An unexpected problem stopped this photo. Please report it."),
    )


def _error_item(index: int, source: Path, exc: BaseException) -> BatchItem:
    if isinstance(exc, PhotoSafeError):
        return BatchItem(index, source, error_code=exc.code, error=exc.message)
    if isinstance(exc, MemoryError):
        return BatchItem(
            index,
            source,
            error_code="out_of_memory",
            error=Message(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "There was not enough memory for this photo."),
            ),
        )
    log.error("unexpected %s while sanitising a photo", type(exc).__name__)
    return BatchItem(index, source, error_code="internal", error=_unexpected())


def _encode_in_worker(
    index: int, source: Path, options: SanitiseOptions, transform: Transform | None
) -> CleanImage | BatchItem:
    """Runs in a worker process: the clean bytes, or the error (files are written by the
    calling process, so a worker that dies never leaves a file behind)."""
    try:
        return clean_copy(source, options, transform=transform)
    except Exception as exc:  # noqa: BLE001 - one bad photo must not stop the album
        return _error_item(index, source, exc)


def _save(
    index: int,
    source: Path,
    clean: CleanImage | BatchItem,
    out_dir: Path,
    options: SanitiseOptions,
    name: str | None,
) -> BatchItem:
    if isinstance(clean, BatchItem):
        return clean
    try:
        result = save_clean(clean, source, out_dir, options, name=name)
    except Exception as exc:  # noqa: BLE001
        return _error_item(index, source, exc)
    return BatchItem(index, source, result=result)


def sanitise_batch(
    sources: Sequence[Path | str],
    out_dir: Path | str,
    options: SanitiseOptions | None = None,
    *,
    rename: bool = False,
    transform: Transform | None = None,
    transforms: Sequence[Transform | None] | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    keep_finished_on_cancel: bool = False,
    start: str | None = None,
) -> BatchResult:
    """Sanitise ``sources`` into ``out_dir`` (which must exist).

    ``rename`` gives neutral names (``album-001.jpg`` ...) in input order. ``transform``
    must be picklable when ``workers`` > 1; ``transforms`` gives one per source instead
    (e.g. the face regions the user reviewed in each photo). ``progress(done, total)`` is called after each
    photo; ``cancel()`` is polled between photos and, when it returns True, photos not yet
    started are dropped, running ones finish, and everything this batch wrote is removed
    (unless ``keep_finished_on_cancel``). ``start`` forces a process start method
    (default: :func:`start_method`; tests run ``spawn``, what Windows and macOS use).
    """
    from photosafe_desktop.core.imaging import register_plugins
    from photosafe_desktop.core.safe_files import remove_stale_temp_files

    register_plugins()  # the parent verifies every output with Pillow: same plugins, limits
    options = options or SanitiseOptions()
    paths = [Path(s) for s in sources]
    out = Path(out_dir)
    remove_stale_temp_files(out)  # left by a run that was killed while writing
    total = len(paths)
    # names decided here, in input order: the same album gives the same names whichever
    # photo finishes first (two photos called p.jpg in different folders: p, p-2)
    names: list[str | None] = list(neutral_stems(total) if rename else unique_stems(paths))
    if transforms is not None and len(transforms) != total:
        raise ValueError("transforms needs exactly one entry per source")
    per_item: list[Transform | None] = (
        list(transforms) if transforms is not None else [transform] * total
    )
    if workers is None:
        workers = os.cpu_count() or 1
    workers = max(1, min(workers, total or 1))
    done: dict[int, BatchItem] = {}
    cancelled = False
    budget = pixel_budget()

    def finished(item: BatchItem) -> None:
        done[item.index] = item
        if progress is not None:
            progress(len(done), total)

    if workers == 1:
        for index, path in enumerate(paths):
            if cancel is not None and cancel():
                cancelled = True
                break
            if stored_pixels(path) > budget:
                finished(_over_budget(index, path, budget))
                continue
            clean = _encode_in_worker(index, path, options, per_item[index])
            finished(_save(index, path, clean, out, options, names[index]))
    else:
        cancelled = _run_pool(
            paths, out, options, names, per_item, workers, finished, cancel, start
        )

    if cancelled and not keep_finished_on_cancel:
        for item in done.values():
            if item.result is not None:
                with contextlib.suppress(OSError):
                    item.result.output.unlink()
    items = tuple(done[i] for i in sorted(done))
    return BatchResult(items, total, cancelled)


def _run_pool(
    paths: list[Path],
    out: Path,
    options: SanitiseOptions,
    names: list[str | None],
    transforms: list[Transform | None],
    workers: int,
    finished: Callable[[BatchItem], None],
    cancel: Cancel | None,
    start: str | None = None,
) -> bool:
    """Run the album on a process pool. When a worker process dies (killed for memory, a
    crash in a codec) every photo in flight is suspect: those are tried again one at a
    time, so only the photo that really kills its worker is reported, then the album
    continues at full speed on a new pool."""
    pending: deque[int] = deque(range(len(paths)))
    suspects: deque[int] = deque()
    for _attempt in range(2 * len(paths) + 3):  # a new pool after each crash
        isolate = bool(suspects)
        queue = suspects if isolate else pending
        cancelled, _broken = _one_pool(
            start, workers, 1 if isolate else workers * 2, queue, suspects, isolate, paths,
            out, options, names, transforms, finished, cancel,
        )  # fmt: skip
        if cancelled:
            return True
        if not pending and not suspects:
            return False
    for index in (*suspects, *pending):  # pools keep breaking: report instead of looping
        finished(BatchItem(index, paths[index], error_code="crashed", error=_unexpected()))
    return False


def _one_pool(
    start: str | None,
    workers: int,
    max_in_flight: int,
    queue: deque[int],
    suspects: deque[int],
    isolate: bool,
    paths: list[Path],
    out: Path,
    options: SanitiseOptions,
    names: list[str | None],
    transforms: list[Transform | None],
    finished: Callable[[BatchItem], None],
    cancel: Cancel | None,
) -> tuple[bool, bool]:
    """Run photos from ``queue`` on one pool until done, cancelled or the pool breaks.
    ``max_in_flight`` bounds memory whatever the album size. Returns (cancelled, broken)."""
    in_flight: dict[cf.Future[CleanImage | BatchItem], int] = {}
    cancelled = broken = False
    budget = pixel_budget()  # pixels in flight across all workers
    cost: dict[int, int] = {}

    def settle(future: cf.Future[CleanImage | BatchItem], index: int) -> None:
        nonlocal broken
        try:
            clean = future.result()
            if cancelled:
                return  # finished after the user cancelled: not written at all
            item = _save(index, paths[index], clean, out, options, names[index])
        except cf.process.BrokenProcessPool:
            broken = True
            if not isolate:
                suspects.append(index)
                return
            item = BatchItem(index, paths[index], error_code="crashed", error=_unexpected())
        finished(item)

    # the cores are shared out: each worker's model runs use its part of them
    threads = max(1, (os.cpu_count() or 1) // workers)
    initializer = functools.partial(_init_worker, 0, threads)
    with process_pool(workers, initializer=initializer, preload=_PRELOAD, method=start) as pool:
        try:
            while not broken:
                if cancel is not None and cancel():
                    cancelled = True
                    break
                while len(in_flight) < max_in_flight and queue:
                    index = queue[0]
                    if index not in cost:
                        cost[index] = stored_pixels(paths[index])
                    if cost[index] > budget:  # alone too large: refused, never decoded
                        queue.popleft()
                        finished(_over_budget(index, paths[index], budget))
                        continue
                    held = sum(cost.get(i, 0) for i in in_flight.values())
                    if in_flight and held + cost[index] > budget:
                        break  # wait until photos in flight free their memory
                    queue.popleft()
                    try:
                        future = pool.submit(
                            _encode_in_worker, index, paths[index], options, transforms[index]
                        )
                    except cf.process.BrokenProcessPool:
                        queue.appendleft(index)
                        broken = True
                        break
                    in_flight[future] = index
                if not in_flight:
                    break
                completed, _ = cf.wait(in_flight, timeout=0.2, return_when=cf.FIRST_COMPLETED)
                for future in completed:
                    settle(future, in_flight.pop(future))
                if isolate and broken:
                    break
        finally:
            for future, index in in_flight.items():
                if future.cancel() and not cancelled:
                    queue.appendleft(index)  # never started: run it on the next pool
            for future in cf.as_completed([f for f in in_flight if not f.cancelled()]):
                settle(future, in_flight[future])
    return cancelled, broken


#: imported once by the fork server (core/pool.py), so later batches start fast
_PRELOAD = ("photosafe_desktop.core.metadata.sanitise",)


#: pixels all photos in flight in one batch may hold together, across all workers. A
#: photo costs ~8-16 bytes per pixel while it is decoded, cleaned and encoded, so this keeps
#: a batch under ~3-5 GB whatever the number of workers; a 200-megapixel phone photo fits,
#: a 576-megapixel "decompression bomb" (a 70 KB PNG) is refused before it is decoded.
BATCH_PIXEL_BUDGET = 300_000_000


def pixel_budget() -> int:
    """:data:`BATCH_PIXEL_BUDGET`, less on a computer with little memory (a third of it at
    ~8 bytes per pixel), never below a 50-megapixel photo."""
    try:
        memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):
        return BATCH_PIXEL_BUDGET
    return max(50_000_000, min(BATCH_PIXEL_BUDGET, memory // 3 // 8))


def stored_pixels(path: Path) -> int:
    """Width x height from the file's header (nothing decoded); 0 when unknown (the worker
    then reports what is wrong with the file)."""
    from PIL import Image

    from photosafe_desktop.core.imaging import register_plugins
    from photosafe_desktop.core.safe_files import open_photo_file

    register_plugins()
    try:
        with open_photo_file(path) as handle, Image.open(handle) as img:
            width, height = img.size
    except Exception:  # noqa: BLE001 - any problem is the worker's to report
        return 0
    return max(0, width) * max(0, height)


def _over_budget(index: int, source: Path, budget: int) -> BatchItem:
    return BatchItem(
        index,
        source,
        error_code="too_large_for_memory",
        error=Message(
            "Errors",
            QT_TRANSLATE_NOOP(
                "Errors",
                "This image is too large for this computer's memory ({limit} megapixels at "
                "most); it was not opened, to protect your computer.",
            ),
            {"limit": budget // 1_000_000},
        ),
    )


#: freed 16 MB pixel blocks a worker keeps for the next photo instead of returning them to
#: the system (fewer page faults; ~100 MB per worker at most)
WORKER_CACHED_BLOCKS = 6


#: threads each model run may use in a worker (see ``faces/models.py``)
MODEL_THREADS_VARIABLE = "PHOTOSAFE_MODEL_THREADS"


def _init_worker(main_pid: int = 0, threads: int | None = None) -> None:
    from PIL import _imaging

    from photosafe_desktop.core.offline import enforce_offline

    enforce_offline()  # inherited already; a worker must never depend on that
    from photosafe_desktop.core.lifeline import watch_main_process

    # a killed PhotoSafe leaves no worker behind (not PR_SET_PDEATHSIG: it fires when the
    # *thread* that started us ends, and the app starts pools from short-lived threads)
    watch_main_process(main_pid)
    from photosafe_desktop.core.imaging import register_plugins

    register_plugins()  # HEIC/AVIF and our pixel limit, whatever the start method

    if "PILLOW_BLOCKS_MAX" not in os.environ:
        _imaging.set_blocks_max(WORKER_CACHED_BLOCKS)
    if threads is not None:  # read when a model loads (the face engine is not imported here)
        os.environ[MODEL_THREADS_VARIABLE] = str(threads)


__all__ = [
    "PHOTO_SUFFIXES",
    "BatchItem",
    "BATCH_PIXEL_BUDGET",
    "BatchResult",
    "collect_photos",
    "pixel_budget",
    "neutral_stems",
    "sanitise_batch",
    "start_method",
    "unique_stems",
]
