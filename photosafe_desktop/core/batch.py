"""Sanitise many photos across CPU cores with bounded memory, progress and cancel.

The UI calls :func:`sanitise_batch` from a worker thread (never the GUI thread); the
``progress`` and ``cancel`` callbacks run on that same thread. Photos are decoded in
separate processes (started with ``spawn``, which is safe from a threaded Qt program), at
most ``2 x workers`` at a time, so memory stays flat whatever the album size. A failing
photo is reported and the others continue. A cancelled batch removes what it had written,
so it never leaves part of an album behind.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from photosafe_desktop.core.errors import PhotoSafeError
from photosafe_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from photosafe_desktop.core.metadata.sanitise import (
    SanitiseOptions,
    SanitiseResult,
    Transform,
    sanitise,
)

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


def collect_photos(paths: Iterable[Path | str], *, recursive: bool = True) -> list[Path]:
    """Files as given, plus the photos inside given folders (sorted, hidden files skipped)."""
    found: list[Path] = []
    for entry in paths:
        path = Path(entry)
        if path.is_dir():
            pattern = "**/*" if recursive else "*"
            inside = [
                p
                for p in path.glob(pattern)
                if p.is_file()
                and p.suffix.lower() in PHOTO_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            ]
            found.extend(sorted(inside))
        else:
            found.append(path)
    return found


def neutral_stems(count: int, prefix: str = "album") -> list[str]:
    width = max(3, len(str(count)))
    return [f"{prefix}-{i:0{width}d}" for i in range(1, count + 1)]


def _unexpected() -> Message:
    return Message(
        "Errors",
        QT_TRANSLATE_NOOP("Errors", "An unexpected problem stopped this photo. Please report it."),
    )


def _work(
    index: int,
    source: Path,
    out_dir: Path,
    options: SanitiseOptions,
    name: str | None,
    transform: Transform | None,
) -> BatchItem:
    try:
        result = sanitise(source, out_dir, options, name=name, transform=transform)
    except PhotoSafeError as exc:
        return BatchItem(index, source, error_code=exc.code, error=exc.message)
    except MemoryError:
        return BatchItem(
            index,
            source,
            error_code="out_of_memory",
            error=Message(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "There was not enough memory for this photo."),
            ),
        )
    except Exception as exc:  # noqa: BLE001 - one bad photo must not stop the album
        log.error("unexpected %s while sanitising a photo", type(exc).__name__)
        return BatchItem(index, source, error_code="internal", error=_unexpected())
    return BatchItem(index, source, result=result)


def sanitise_batch(
    sources: Sequence[Path | str],
    out_dir: Path | str,
    options: SanitiseOptions | None = None,
    *,
    rename: bool = False,
    transform: Transform | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    keep_finished_on_cancel: bool = False,
) -> BatchResult:
    """Sanitise ``sources`` into ``out_dir`` (which must exist).

    ``rename`` gives neutral names (``album-001.jpg`` ...) in input order. ``transform``
    must be picklable when ``workers`` > 1. ``progress(done, total)`` is called after each
    photo; ``cancel()`` is polled between photos and, when it returns True, photos not yet
    started are dropped, running ones finish, and everything this batch wrote is removed
    (unless ``keep_finished_on_cancel``).
    """
    options = options or SanitiseOptions()
    paths = [Path(s) for s in sources]
    out = Path(out_dir)
    total = len(paths)
    names: list[str | None] = list(neutral_stems(total)) if rename else [None] * total
    if workers is None:
        workers = os.cpu_count() or 1
    workers = max(1, min(workers, total or 1))
    done: dict[int, BatchItem] = {}
    cancelled = False

    def finished(item: BatchItem) -> None:
        done[item.index] = item
        if progress is not None:
            progress(len(done), total)

    if workers == 1:
        for index, path in enumerate(paths):
            if cancel is not None and cancel():
                cancelled = True
                break
            finished(_work(index, path, out, options, names[index], transform))
    else:
        cancelled = _run_pool(paths, out, options, names, transform, workers, finished, cancel)

    if cancelled and not keep_finished_on_cancel:
        for item in done.values():
            if item.result is not None:
                with contextlib.suppress(OSError):
                    item.result.output.unlink()
    items = tuple(done[i] for i in sorted(done))
    return BatchResult(items, total, cancelled)


#: how often a photo is tried again after its worker process died (killed for memory, a
#: crash in a codec); photos that were merely running beside it then get another chance
RETRIES_AFTER_CRASH = 1


def _run_pool(
    paths: list[Path],
    out: Path,
    options: SanitiseOptions,
    names: list[str | None],
    transform: Transform | None,
    workers: int,
    finished: Callable[[BatchItem], None],
    cancel: Cancel | None,
) -> bool:
    context = _context()
    max_in_flight = workers * 2  # bounded: memory does not grow with the album
    pending: deque[int] = deque(range(len(paths)))
    crashes: dict[int, int] = {}
    for _attempt in range(len(paths) + 3):  # each new pool follows a crash
        cancelled, broken = _one_pool(
            context, workers, max_in_flight, pending, crashes, paths, out, options, names,
            transform, finished, cancel,
        )  # fmt: skip
        if cancelled or not broken or not pending:
            return cancelled
    while pending:  # pools keep breaking: report what is left instead of looping forever
        index = pending.popleft()
        finished(BatchItem(index, paths[index], error_code="crashed", error=_unexpected()))
    return False


def _one_pool(
    context: multiprocessing.context.BaseContext,
    workers: int,
    max_in_flight: int,
    pending: deque[int],
    crashes: dict[int, int],
    paths: list[Path],
    out: Path,
    options: SanitiseOptions,
    names: list[str | None],
    transform: Transform | None,
    finished: Callable[[BatchItem], None],
    cancel: Cancel | None,
) -> tuple[bool, bool]:
    """Run photos from ``pending`` on one pool until done, cancelled or the pool breaks.
    Returns (cancelled, broken)."""
    in_flight: dict[cf.Future[BatchItem], int] = {}
    cancelled = broken = False

    def settle(future: cf.Future[BatchItem], index: int) -> None:
        nonlocal broken
        try:
            item = future.result()
        except cf.process.BrokenProcessPool:
            broken = True
            crashes[index] = crashes.get(index, 0) + 1
            if crashes[index] <= RETRIES_AFTER_CRASH:
                pending.append(index)
                return
            item = BatchItem(index, paths[index], error_code="crashed", error=_unexpected())
        finished(item)

    with cf.ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_init_worker
    ) as pool:
        try:
            while not broken:
                if cancel is not None and cancel():
                    cancelled = True
                    break
                while len(in_flight) < max_in_flight and pending:
                    index = pending.popleft()
                    try:
                        future = pool.submit(
                            _work, index, paths[index], out, options, names[index], transform
                        )
                    except cf.process.BrokenProcessPool:
                        pending.appendleft(index)
                        broken = True
                        break
                    in_flight[future] = index
                if not in_flight:
                    break
                completed, _ = cf.wait(in_flight, timeout=0.2, return_when=cf.FIRST_COMPLETED)
                for future in completed:
                    settle(future, in_flight.pop(future))
        finally:
            for future in in_flight:
                future.cancel()
            for future in cf.as_completed([f for f in in_flight if not f.cancelled()]):
                settle(future, in_flight[future])
            if cancelled:
                pending.clear()
    return cancelled, broken


def _context() -> multiprocessing.context.BaseContext:
    """Never plain ``fork`` (unsafe from a threaded Qt program). ``forkserver`` where the
    platform has it: its server imports the engine once, so later batches start fast."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["photosafe_desktop.core.metadata.sanitise"])
        return context
    return multiprocessing.get_context("spawn")


#: freed 16 MB pixel blocks a worker keeps for the next photo instead of returning them to
#: the system (fewer page faults; ~100 MB per worker at most)
WORKER_CACHED_BLOCKS = 6


def _init_worker() -> None:
    from PIL import _imaging

    if "PILLOW_BLOCKS_MAX" not in os.environ:
        _imaging.set_blocks_max(WORKER_CACHED_BLOCKS)


__all__ = [
    "PHOTO_SUFFIXES",
    "BatchItem",
    "BatchResult",
    "collect_photos",
    "neutral_stems",
    "sanitise_batch",
]
