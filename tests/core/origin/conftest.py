from tests.core.case_fixtures import BASE_CASE, _loopback_only, case_data, make_case

__all__ = ["BASE_CASE", "_loopback_only", "case_data", "make_case"]
