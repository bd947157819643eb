"""One SQLite file behind one connection and one lock: what the case log and the origin
register share (closing, ``with``, and transactions that roll back on any error and turn a
database error into a friendly one)."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TypeVar

from photosafe_desktop.core.errors import PhotoSafeError

_Self = TypeVar("_Self", bound="SqliteFile")

#: one step of a schema migration: SQL statements (``;``-separated) or a function
Migration = str | Callable[[sqlite3.Connection], None]


class SqliteFile:
    """Subclasses open ``_conn`` and set ``_lock``, and say what a database error means."""

    _conn: sqlite3.Connection
    _lock: threading.RLock

    @staticmethod
    def _friendly(exc: sqlite3.DatabaseError) -> PhotoSafeError:
        raise NotImplementedError

    @property
    def schema_version(self) -> int:
        with self._lock:
            return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def _migrate_schema(
        self, migrations: Sequence[Sequence[Migration]], newer: Callable[[], PhotoSafeError]
    ) -> None:
        """Bring the file up to ``len(migrations)``: ``migrations[n]`` takes it from
        ``user_version`` n to n + 1, each version in its own transaction; ``newer()`` is
        raised for a file written by a newer PhotoSafe."""
        version = self.schema_version
        if version > len(migrations):
            raise newer()
        for index in range(version, len(migrations)):
            with self._transaction() as conn:
                for step in migrations[index]:
                    if isinstance(step, str):
                        for statement in step.split(";"):
                            if statement.strip():
                                conn.execute(statement)
                    else:
                        step(conn)
                conn.execute(f"PRAGMA user_version = {index + 1}")

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self: _Self) -> _Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                try:
                    yield self._conn
                except BaseException:
                    self._conn.execute("ROLLBACK")
                    raise
                self._conn.execute("COMMIT")
            except sqlite3.DatabaseError as exc:
                raise self._friendly(exc) from exc


__all__ = ["Migration", "SqliteFile"]
