"""The package's shape: no import circles, and the areas that must not know each other don't.

Every import counts, also one inside a function or under ``if TYPE_CHECKING:``: a circle
that only works because an import is delayed is still a circle to whoever changes the code.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "photosafe_desktop"


def modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def import_graph() -> dict[str, set[str]]:
    """module -> the package modules it imports (anywhere in the file)."""
    mods = modules()
    graph: dict[str, set[str]] = {}
    for name, path in mods.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        deps: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                    source = ".".join(base + ([node.module] if node.module else []))
                else:
                    source = node.module or ""
                for alias in node.names:
                    full = f"{source}.{alias.name}"
                    if full in mods:
                        deps.add(full)
                    elif source in mods:
                        deps.add(source)
            elif isinstance(node, ast.Import):
                deps.update(alias.name for alias in node.names if alias.name in mods)
        graph[name] = deps - {name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_the_walker_sees_a_circle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_walker_sees_function_level_imports() -> None:
    graph = import_graph()
    # app.py imports the main window inside a function only
    assert "photosafe_desktop.ui.main_window" in graph["photosafe_desktop.app"]


def test_no_import_circles() -> None:
    assert cycles(import_graph()) == []


def test_my_cases_and_the_wizard_do_not_import_each_other() -> None:
    graph = import_graph()
    for one, other in (("ui.cases", "ui.wizard"), ("ui.wizard", "ui.cases")):
        crossing = sorted(
            f"{module} -> {dep}"
            for module, deps in graph.items()
            if module.startswith(f"photosafe_desktop.{one}")
            for dep in deps
            if dep.startswith(f"photosafe_desktop.{other}")
        )
        assert crossing == []


def test_the_core_imports_nothing_from_the_ui_or_the_cli() -> None:
    graph = import_graph()
    crossing = sorted(
        f"{module} -> {dep}"
        for module, deps in graph.items()
        if module.startswith("photosafe_desktop.core")
        for dep in deps
        if dep.startswith(("photosafe_desktop.ui", "photosafe_desktop.cli"))
    )
    assert crossing == []


def test_the_cli_imports_its_subcommands_plainly() -> None:
    source = (PACKAGE / "cli" / "__init__.py").read_text(encoding="utf-8")
    assert "importlib" not in source and "import_module" not in source
    graph = import_graph()
    assert {
        "photosafe_desktop.cli.metadata",
        "photosafe_desktop.cli.faces",
        "photosafe_desktop.cli.requests",
    } <= graph["photosafe_desktop.cli"]
