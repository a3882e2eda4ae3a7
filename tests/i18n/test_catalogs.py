"""Every text of the code has a translation in fi, sv and en that keeps its placeholders."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from nepton_desktop.ui.i18n.build import PACKAGE, extract_keys, source_files, ts_path
from nepton_desktop.ui.i18n.languages import APP_LANGUAGES
from nepton_desktop.ui.i18n.ts_file import (
    TsCatalog,
    TsKey,
    catalog_problems,
    fill_with_source,
    placeholders,
)


@pytest.fixture(scope="module")
def expected() -> dict[TsKey, bool]:
    """What lupdate finds in nepton_desktop/ right now."""
    return extract_keys()


def test_lupdate_finds_the_texts_of_the_code(expected: dict[TsKey, bool]) -> None:
    assert TsKey("LanguageMenu", "Restart now") in expected
    assert len(expected) > 20


@pytest.mark.parametrize("language", APP_LANGUAGES)
def test_every_text_is_translated(language: str, expected: dict[TsKey, bool]) -> None:
    problems = catalog_problems(TsCatalog(ts_path(language)), expected)
    assert problems == [], "\n".join(problems)


SAMPLE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>Tab</name>
    <message>
        <source>Delete %1 rows of {unit}</source>
        <translation>Poista %1 riviä yksiköstä {yksikkö}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Valmis</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rivi</numerusform>
            <numerusform>monta riviä</numerusform>
        </translation>
    </message>
    <message>
        <source>Fine %1</source>
        <translation>Hyvä %L1</translation>
    </message>
</context>
</TS>
"""


def test_the_check_finds_each_kind_of_problem(tmp_path: Path) -> None:
    path = tmp_path / "nepton_desktop_fi.ts"
    path.write_text(SAMPLE, encoding="utf-8")
    expected = {
        TsKey("Tab", "Delete %1 rows of {unit}"): False,
        TsKey("Tab", "Fine %1"): False,
        TsKey("Tab", "New text"): False,
    }
    problems = "\n".join(catalog_problems(TsCatalog(path), expected))
    assert "not in the catalog" in problems and "New text" in problems
    assert "missing {unit}" in problems and "unknown {yksikkö}" in problems
    assert "no translation: Tab: 'Done'" in problems
    assert "no translation: Tab: 'Empty'" in problems
    assert "form 2: missing %n" in problems
    assert "Fine" not in problems  # %L1 is %1 with the locale's digits
    assert len(problems.splitlines()) == 5


def test_fill_with_source_finishes_an_english_catalog(tmp_path: Path) -> None:
    path = tmp_path / "nepton_desktop_en.ts"
    path.write_text(SAMPLE.replace('language="fi"', 'language="en"'), encoding="utf-8")
    catalog = TsCatalog(path)
    assert fill_with_source(catalog) == 2
    catalog.write()
    again = TsCatalog(path)
    by_key = again.by_key()
    assert by_key[TsKey("Tab", "Done")].forms == ["Done"]
    assert by_key[TsKey("Tab", "Empty")].finished


def test_placeholders_counts_qt_and_named_ones() -> None:
    assert placeholders("%1 of %L2, %n, {name} and {name}, %v/%m (%p%)") == {
        "%1": 1,
        "%2": 1,
        "%n": 1,
        "{name}": 1,
        "%v": 1,
        "%m": 1,
        "%p": 1,
    }


# ------------------------------------------------------------------ texts lupdate cannot see

_TR_NAMES = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def _called_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def _text_arg_index(name: str) -> int:
    return 0 if name in ("tr", "QT_TR_NOOP") else 1


def _translate_wrappers(tree: ast.Module) -> set[str]:
    """Module functions that pass a parameter as the text to translate()/tr()."""
    wrappers = set()
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        params = {a.arg for a in node.args.args}
        for call in ast.walk(node):
            if isinstance(call, ast.Call) and _called_name(call) in ("translate", "tr"):
                index = _text_arg_index(_called_name(call) or "")
                text = call.args[index] if len(call.args) > index else None
                if isinstance(text, ast.Name) and text.id in params:
                    wrappers.add(node.name)
    return wrappers


def unextractable_texts(path: Path) -> list[str]:
    """Calls whose text lupdate misses or that can never match a translation."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    wrappers = _translate_wrappers(tree)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _called_name(node)
        where = f"{path.relative_to(PACKAGE.parent)}:{node.lineno}"
        if name in wrappers and node.args and isinstance(node.args[0], ast.Constant):
            found.append(f"{where}: {name}({node.args[0].value!r}) hides the text from lupdate")
            continue
        if name not in _TR_NAMES:
            continue
        if name == "translate" and not (
            node.args and isinstance(node.args[0], ast.Constant | ast.JoinedStr)
        ):
            continue  # str.translate(table) and the like
        index = _text_arg_index(name)
        args = node.args
        if len(args) > index and isinstance(args[index], ast.JoinedStr):
            found.append(f"{where}: {name}() of an f-string never matches a translation")
        elif node.keywords and len(args) > index and isinstance(args[index], ast.Constant):
            found.append(f"{where}: {name}() with keyword arguments is skipped by lupdate")
    return found


def test_every_translatable_text_is_visible_to_lupdate() -> None:
    problems = [problem for path in source_files() for problem in unextractable_texts(path)]
    assert problems == [], "\n".join(problems)


def test_the_scan_sees_hidden_texts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("tests.i18n.test_catalogs.PACKAGE", tmp_path / "pkg")
    (tmp_path / "pkg").mkdir()
    module = tmp_path / "pkg" / "bad.py"
    module.write_text(
        "def _tr(text):\n"
        "    return QCoreApplication.translate('Ctx', text)\n"
        "A = _tr('Yes')\n"
        "B = QCoreApplication.translate('Ctx', f'Row {n}')\n"
        "C = QCoreApplication.translate('Ctx', 'Row', disambiguation=None)\n"
        "D = 'abc'.translate(TABLE)\n"
        "E = QCoreApplication.translate('Ctx', 'Fine')\n",
        encoding="utf-8",
    )
    problems = unextractable_texts(module)
    assert [p.split(":")[1] for p in problems] == ["3", "4", "5"]


def test_english_plural_forms() -> None:
    from nepton_desktop.ui.i18n.ts_file import english_plural_forms

    assert english_plural_forms("%n row(s) were sent; %n cell(s) are empty") == [
        "%n row was sent; %n cell is empty",
        "%n rows were sent; %n cells are empty",
    ]
    assert english_plural_forms("%n failed") == ["%n failed", "%n failed"]
