"""Definitions read out of build.spec (the spec needs PyInstaller to run as a whole)."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def spec_definitions(*names: str) -> dict[str, Any]:
    """The top-level functions and assignments of build.spec called ``names``, run alone."""
    tree = ast.parse((ROOT / "build.spec").read_text(encoding="utf-8"))
    wanted = set(names)
    nodes = [
        node
        for node in tree.body
        if (isinstance(node, ast.FunctionDef) and node.name in wanted)
        or (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id in wanted for t in node.targets)
        )
    ]
    namespace: dict[str, Any] = {}
    exec(compile(ast.Module(body=nodes, type_ignores=[]), "build.spec", "exec"), namespace)  # noqa: S102
    return namespace
