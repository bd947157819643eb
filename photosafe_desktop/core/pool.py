"""The one way the core runs work in other processes.

:func:`process_pool` makes a ``ProcessPoolExecutor`` that is safe to start from a threaded
Qt program (``forkserver`` or ``spawn``, never a plain ``fork``) and whose workers die with
the app (:mod:`~photosafe_desktop.core.lifeline`: a killed app never leaves decoders
running). :class:`OneProcess`
keeps a single such process for a long-lived job (the workspace's photo analysis): it starts
it on first use, replaces it when it crashes and tries the call once more.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import functools
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from photosafe_desktop.core.lifeline import watch_main_process

T = TypeVar("T")


def lower_priority() -> None:
    """Leave the CPU to the window when it needs it."""
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(5)


def _start_worker(app_pid: int, initializer: Callable[[], None] | None) -> None:
    # a killed PhotoSafe leaves no worker behind (core/lifeline.py watches the app's process;
    # with forkserver the parent is the fork server, which may outlive a killed app)
    watch_main_process(app_pid)
    if initializer is not None:
        initializer()


def start_method(
    system: str | None = None, frozen: bool | None = None, available: Sequence[str] | None = None
) -> str:
    """How worker processes start: ``spawn`` on Windows and macOS (the only safe method
    there: ``fork`` of a program using Apple's frameworks crashes, Windows has nothing
    else) and in a bundled app (what PyInstaller supports, with ``freeze_support``);
    ``forkserver`` on Linux, whose server imports the engine once so later pools start
    fast. Never plain ``fork`` (unsafe from a threaded Qt program). Pure: the arguments
    default to this process, and tests ask for the other systems' choice."""
    system = system or sys.platform
    frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    available = multiprocessing.get_all_start_methods() if available is None else available
    if system in ("win32", "darwin") or frozen or "forkserver" not in available:
        return "spawn"
    return "forkserver"


def start_context(
    preload: Sequence[str] = (), method: str | None = None
) -> multiprocessing.context.BaseContext:
    """The context for ``method`` (default :func:`start_method`); a fork server imports
    ``preload`` once."""
    method = method or start_method()
    context = multiprocessing.get_context(method)
    if method == "forkserver" and preload:
        context.set_forkserver_preload(list(preload))
    return context


def process_pool(
    workers: int,
    *,
    initializer: Callable[[], None] | None = None,
    preload: Sequence[str] = (),
    method: str | None = None,
) -> cf.ProcessPoolExecutor:
    """A process pool whose workers die with this process; ``initializer`` (picklable) runs
    first in each worker."""
    return cf.ProcessPoolExecutor(
        max_workers=workers,
        mp_context=start_context(preload, method),
        initializer=functools.partial(_start_worker, os.getpid(), initializer),
    )


class OneProcess:
    """One worker process, started on first use and replaced when it crashes.

    :meth:`call` waits for the result (call it from a worker thread, never the GUI thread).
    A crashed process is replaced and the call tried once more; a second crash raises
    ``BrokenProcessPool``. After :meth:`shutdown` every call raises ``CancelledError``.
    """

    def __init__(self, initializer: Callable[[], None] | None = None) -> None:
        self._initializer = initializer
        self._executor: cf.ProcessPoolExecutor | None = None
        self._lock = threading.Lock()
        self._closed = False

    def call(self, func: Callable[..., T], *args: Any) -> T:
        for attempt in range(2):
            with self._lock:
                if self._closed:
                    raise cf.CancelledError()
                if self._executor is None:
                    self._executor = process_pool(1, initializer=self._initializer, method="spawn")
                executor = self._executor
            try:
                return executor.submit(func, *args).result()
            except cf.process.BrokenProcessPool:
                with self._lock:
                    if self._executor is executor:
                        self._executor = None
                if attempt:
                    raise
        raise AssertionError("unreachable")

    def shutdown(self) -> None:
        with self._lock:
            self._closed = True
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)


__all__ = [
    "OneProcess",
    "lower_priority",
    "process_pool",
    "start_context",
    "start_method",
]
