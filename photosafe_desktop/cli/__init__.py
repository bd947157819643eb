"""The ``photosafe`` command line: a stable interface for scripts and independent checks.

Each subcommand module here exposes ``register(subparsers)``, which adds its parser and sets
``func(args) -> int``; :mod:`.output` is the one JSON and error printer. Exit codes: 0
success, 1 a file or request failed, 2 bad usage or malformed input.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from photosafe_desktop.core import offline  # noqa: F401 - first: no telemetry, ever

# isort: split
from photosafe_desktop import __version__
from photosafe_desktop.cli import faces, metadata, origin, requests

#: modules that add subcommands, in the order they appear in ``--help``
COMMAND_MODULES = (
    metadata,  # inspect, sanitize
    faces,  # detect
    requests,  # platforms, abuse-contact, draft
    origin,  # origin
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="photosafe",
        description=(
            "PhotoSafe on the command line: inspect and sanitise photos, find faces, "
            "draft removal requests. Nothing is sent over the network unless a command "
            "says so."
        ),
    )
    parser.add_argument("--version", action="version", version=f"photosafe {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(sys.argv[1:] if argv is None else list(argv))
    func = getattr(args, "func", None)
    if func is None:
        parser.print_help()
        return 2 if args.command is None and argv not in (None, []) else 0
    result: int = func(args)
    return result


__all__ = ["build_parser", "main"]
