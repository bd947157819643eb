"""The one task runner for background work: run a function on a QThreadPool, get the
result on the GUI thread.

Workers return plain data (or a QImage); QPixmap, scene items and undo pushes stay on the GUI
thread. Usage::

    handle = tasks.run(load_thumbnail, path, on_done=self._show, on_error=self._fail)
    handle.cancel()

Errors: a known :class:`~photosafe_desktop.core.errors.PhotoSafeError` goes to ``on_error``
(the user can do something about it). Anything else is a bug: its traceback is always
logged, then ``on_bug`` (if given) lets the widget recover. Cancel and progress are
explicit: with ``cancellable=True`` the function gets ``cancelled=`` (a callable, True once
:meth:`TaskHandle.cancel` or :meth:`TaskRunner.cancel` was called); with ``on_progress`` it
gets ``progress=`` (``progress(done, total)``, delivered on the GUI thread).
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from photosafe_desktop.core.errors import PhotoSafeError

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


class TaskRunner(QObject):
    """Owns a thread pool; :meth:`wait` on quit so no worker outlives the app."""

    def __init__(self, parent: QObject | None = None, max_threads: int | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        if max_threads is not None:
            self._pool.setMaxThreadCount(max_threads)
        self._live: dict[_Signals, TaskHandle] = {}

    def run(
        self,
        func: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[PhotoSafeError], None] | None = None,
        on_bug: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        cancellable: bool = False,
        **kwargs: Any,
    ) -> TaskHandle:
        handle = TaskHandle()
        signals = _Signals()  # lives on the GUI thread: its slots run there
        self._live[signals] = handle
        if cancellable:
            kwargs["cancelled"] = handle.cancelled
        if on_progress is not None:
            kwargs["progress"] = lambda done, total: signals.progress.emit(int(done), int(total))
            signals.progress.connect(on_progress)

        def finish(result: Any, ok: bool) -> None:
            self._live.pop(signals, None)
            if ok:
                if on_done is not None:
                    on_done(result)
            elif isinstance(result, PhotoSafeError) and on_error is not None:
                on_error(result)
            else:
                log.error(
                    "background task %s failed:\n%s",
                    getattr(func, "__qualname__", type(func).__name__),
                    getattr(result, "__photosafe_traceback__", repr(result)),
                )
                if on_bug is not None:
                    on_bug(result)

        signals.done.connect(lambda result: finish(result, True))
        signals.failed.connect(lambda exc: finish(exc, False))
        self._pool.start(_Runnable(func, args, kwargs, signals, handle))
        return handle

    def cancel(self) -> None:
        """Drop the tasks not started yet and ask the running ones to stop."""
        self._pool.clear()
        for handle in list(self._live.values()):
            handle.cancel()

    def wait(self, msecs: int = 30000) -> bool:
        return self._pool.waitForDone(msecs)
