"""Worker processes die with their parent.

A killed PhotoSafe (the window closed by the system, ``kill -9``, a crash) must not leave
its workers decoding photos for minutes. A forkserver's workers are the forkserver's
children, and the forkserver only ends once they have (they hold its "alive" pipe), so a
worker watches the main process itself (:func:`watch_main_process`, a pidfd on Linux) and
ends at once when it is gone; the forkserver and the resource tracker then see their pipes
close and end. (:func:`die_with_parent`, ``PR_SET_PDEATHSIG``, fires when the *thread* that
started the process ends: only for processes started from a long-lived thread.)
"""

from __future__ import annotations

import ctypes
import os
import select
import signal
import sys
import threading
import time

_PR_SET_PDEATHSIG = 1


def die_with_parent() -> bool:
    """Ask to be killed when the parent process ends; True where the system supports it."""
    if not sys.platform.startswith("linux"):
        return False
    parent = os.getppid()
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) != 0:
            return False
    except (OSError, AttributeError):
        return False
    if os.getppid() != parent:  # the parent went before we asked: go now
        os._exit(1)
    return True


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def _watch(pid: int) -> None:
    pidfd = None
    if hasattr(os, "pidfd_open"):
        try:
            pidfd = os.pidfd_open(pid)
        except OSError:
            pidfd = None
    while True:
        if pidfd is not None:
            readable, _, _ = select.select([pidfd], [], [], 5.0)
            if readable:
                os._exit(1)
        else:
            time.sleep(0.5)
        if _gone(pid):
            os._exit(1)  # the main process is gone: nothing will collect our work


def watch_main_process(pid: int) -> None:
    """End this process as soon as process ``pid`` (PhotoSafe's main process) ends."""
    if pid <= 0 or pid == os.getpid():
        return
    if _gone(pid):
        os._exit(1)
    threading.Thread(target=_watch, args=(pid,), name="photosafe-lifeline", daemon=True).start()


__all__ = ["die_with_parent", "watch_main_process"]
