"""The one helper for background work: run a function on a QThreadPool, get the result on
the GUI thread.

Workers return plain data (or a QImage); QPixmap, scene items and undo pushes stay on the GUI
thread. Usage::

    handle = tasks.run(load_thumbnail, path, on_done=self._show, on_error=self._fail)
    handle.cancel()          # the function sees it through a `cancelled()` callable if it asks

A function that accepts a keyword argument ``cancelled`` receives a callable that returns
True once :meth:`TaskHandle.cancel` was called; one that accepts ``progress`` receives a
callable ``progress(done, total)`` whose calls arrive on the GUI thread as ``on_progress``.
"""

from __future__ import annotations

import inspect
import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class TaskHandle:
    def __init__(self) -> None:
        self._cancel = threading.Event()
        self.finished = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Runnable(QRunnable):
    def __init__(
        self,
        func: Callable[..., Any],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        signals: _Signals,
        handle: TaskHandle,
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._func, self._args, self._kwargs = func, args, kwargs
        self._signals, self._handle = signals, handle

    @Slot()
    def run(self) -> None:
        try:
            result = self._func(*self._args, **self._kwargs)
        except BaseException as exc:  # noqa: BLE001 - delivered to on_error
            exc.__photosafe_traceback__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._handle.finished.set()
            self._signals.failed.emit(exc)
        else:
            self._handle.finished.set()
            self._signals.done.emit(result)


_SIGNATURES: dict[object, frozenset[str]] = {}


def _parameters(func: Callable[..., Any]) -> frozenset[str]:
    """The parameter names of ``func`` (cached: tasks are started by the hundred)."""
    key = getattr(func, "__func__", func)
    found = _SIGNATURES.get(key)
    if found is None:
        try:
            found = frozenset(inspect.signature(func).parameters)
        except (TypeError, ValueError):
            found = frozenset()
        if len(_SIGNATURES) < 512:
            _SIGNATURES[key] = found
    return found


class TaskRunner(QObject):
    """Owns thread pools; ``wait()`` on quit so no worker outlives the app."""

    def __init__(self, parent: QObject | None = None, max_threads: int | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        if max_threads is not None:
            self.pool.setMaxThreadCount(max_threads)
        self._live: set[_Signals] = set()

    def run(
        self,
        func: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        **kwargs: Any,
    ) -> TaskHandle:
        handle = TaskHandle()
        signals = _Signals()  # lives on the GUI thread: its slots run there
        self._live.add(signals)
        parameters = _parameters(func)
        if "cancelled" in parameters:
            kwargs["cancelled"] = handle.cancelled
        if "progress" in parameters:
            kwargs["progress"] = lambda done, total: signals.progress.emit(int(done), int(total))

        def finish(result: Any, ok: bool) -> None:
            self._live.discard(signals)
            if ok:
                if on_done is not None:
                    on_done(result)
            elif on_error is not None:
                on_error(result)
            else:
                log.error(
                    "background task failed: %s",
                    getattr(result, "__photosafe_traceback__", repr(result)),
                )

        signals.done.connect(lambda result: finish(result, True))
        signals.failed.connect(lambda exc: finish(exc, False))
        if on_progress is not None:
            signals.progress.connect(on_progress)
        self.pool.start(_Runnable(func, args, kwargs, signals, handle))
        return handle

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)
