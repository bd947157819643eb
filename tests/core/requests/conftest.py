"""Fixtures for the removal-request engine tests."""

from __future__ import annotations

import pytest

from tests.core.case_fixtures import BASE_CASE, _loopback_only, case_data, make_case

__all__ = ["BASE_CASE", "_loopback_only", "case_data", "make_case"]


@pytest.fixture
def rdap_server():  # type: ignore[no-untyped-def]
    from rdap_server import RdapTestServer

    with RdapTestServer().standard() as server:
        yield server
