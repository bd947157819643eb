"""PhotoSafe's folders and the case log are private to the user (issue 12): 0700 / 0600."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from photosafe_desktop.core import paths
from photosafe_desktop.core.cases.store import CaseStore

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_own_folders_are_private(photosafe_home: Path) -> None:
    old = os.umask(0o022)
    try:
        for folder in (paths.config_dir(), paths.data_dir(), paths.log_dir(), paths.cache_dir()):
            assert _mode(folder) == 0o700, folder
        # a folder an older version made world-readable is closed on the next start
        os.chmod(paths.data_dir(), 0o755)
        assert _mode(paths.data_dir()) == 0o700
    finally:
        os.umask(old)


def test_case_log_is_private(photosafe_home: Path) -> None:
    old = os.umask(0o022)
    try:
        store = CaseStore()
        try:
            files = [p for p in store.path.parent.iterdir() if p.name.startswith(store.path.name)]
            assert store.path in files
            for path in files:  # the database and its -wal / -shm companions
                assert _mode(path) == 0o600, path
        finally:
            store.close()
        os.chmod(store.path, 0o644)  # from an older version
        CaseStore().close()
        assert _mode(store.path) == 0o600
    finally:
        os.umask(old)
