"""My cases: the list of cases and requests, follow-up letters, the start-up notice."""

from __future__ import annotations

from typing import Any

from photosafe_desktop.core.cases.store import CaseStore


def shared_store(owner: Any) -> CaseStore:
    """One case log per main window (opened on first use)."""
    store = getattr(owner, "_photosafe_case_store", None)
    if store is None:
        store = CaseStore()
        owner._photosafe_case_store = store
    return store
