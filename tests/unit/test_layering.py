"""Only ui/ and the entry point may import Qt or qasync; the sandbox shares no code with api/."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "nepton_desktop"
QT_MODULES = ("PySide6", "qasync", "shiboken6")
QT_ALLOWED = {PACKAGE / "cli.py", PACKAGE / "__main__.py"}


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def test_only_ui_and_entry_point_import_qt() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE.parent)}:{line} imports {name}"
        for path in _modules()
        if path not in QT_ALLOWED and (PACKAGE / "ui") not in path.parents
        for line, name in _imports(path)
        if name.split(".")[0] in QT_MODULES
    ]
    assert offenders == []


def test_sandbox_and_client_share_no_code() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE.parent)}:{line} imports {name}"
        for path in _modules()
        for line, name in _imports(path)
        if ((PACKAGE / "sandbox") in path.parents and name.startswith("nepton_desktop.api"))
        or ((PACKAGE / "api") in path.parents and name.startswith("nepton_desktop.sandbox"))
    ]
    assert offenders == []


def test_the_checker_sees_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\nimport qasync\n", encoding="utf-8")
    assert [name for _, name in _imports(bad)] == ["PySide6.QtCore", "qasync"]
