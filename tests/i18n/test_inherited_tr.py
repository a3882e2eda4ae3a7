"""A base class's counted texts (``%n``) reach the user of a subclass in their language."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from nepton_desktop.ui.i18n import loader
from nepton_desktop.ui.models.entity_models import EventsModel, PersonnelModel
from tests.ui.records import CONTEXT, events

pytestmark = pytest.mark.usefixtures("restore_translations")

UI = Path(__file__).parents[2] / "nepton_desktop" / "ui"


def test_a_subclass_shows_its_base_class_counted_texts_in_finnish(
    qapp: QApplication, compiled_catalogs: Path
) -> None:
    loader.install_translators(qapp, "fi", directory=compiled_catalogs)
    model = EventsModel()
    model.set_rows(model.build_rows(events(), CONTEXT), CONTEXT)
    model.duplicate_rows([0, 1, 2])
    assert model.undo_stack.undoText() == "Monista 3 riviä"
    model.delete_rows([0])
    assert model.undo_stack.undoText() == "Poista 1 rivi"
    # A plain text of the base class, and one the subclass's own context holds.
    assert PersonnelModel().tr("Add row") == "Lisää rivi"


def test_english_counted_texts_get_their_plural(
    qapp: QApplication, compiled_catalogs: Path
) -> None:
    loader.install_translators(qapp, "en", directory=compiled_catalogs)
    model = EventsModel()
    assert model.tr("Duplicate %n row(s)", "", 1) == "Duplicate 1 row"
    assert model.tr("Duplicate %n row(s)", "", 2) == "Duplicate 2 rows"
    assert model.tr("Not in any catalog %n", "", 2) == "Not in any catalog 2"


def _bases(node: ast.ClassDef) -> list[str]:
    return [b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases]


def test_every_subclassed_class_with_counted_texts_uses_the_inherited_context() -> None:
    """A class that others subclass and that calls ``self.tr(text, "", n)`` must mix in
    InheritedContextTr, or its counted texts show in English in the subclasses."""
    classes: dict[str, tuple[Path, ast.ClassDef]] = {}
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                classes[node.name] = (path, node)
    subclassed = {base for _, node in classes.values() for base in _bases(node)}

    def inherits_fix(name: str) -> bool:
        if name == "InheritedContextTr":
            return True
        entry = classes.get(name)
        return entry is not None and any(inherits_fix(b) for b in _bases(entry[1]))

    offenders = []
    for name, (path, node) in classes.items():
        counted = [
            call.lineno
            for call in ast.walk(node)
            if isinstance(call, ast.Call)
            and isinstance(call.func, ast.Attribute)
            and call.func.attr == "tr"
            and (len(call.args) >= 3 or any(k.arg == "n" for k in call.keywords))
        ]
        if counted and name in subclassed and not inherits_fix(name):
            offenders.append(f"{path.relative_to(UI)}:{counted[0]} {name}")
    assert not offenders, offenders
