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


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class _Scan(ast.NodeVisitor):
    """Every call of tr()/translate()/QT_TRANSLATE_NOOP with its context as Qt will use it."""

    def __init__(self, path: Path, tree: ast.Module) -> None:
        self.path = path
        self.wrappers = _translate_wrappers(tree)
        self.classes: list[str] = []
        self.problems: list[str] = []
        self.texts: list[tuple[str, TsKey]] = []  # (where, key lupdate must have found)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        self.generic_visit(node)
        name = _called_name(node)
        where = f"{self.path.relative_to(PACKAGE.parent)}:{node.lineno}"
        args = node.args
        if name in self.wrappers and args and _literal(args[0]) is not None:
            self.problems.append(f"{where}: {name}({args[0].value!r}) hides the text from lupdate")  # type: ignore[attr-defined]
            return
        if name not in _TR_NAMES:
            return
        index = _text_arg_index(name)
        text_node = args[index] if len(args) > index else None
        if (
            name in ("translate", "QT_TRANSLATE_NOOP")
            and _literal(args[0] if args else None) is None
        ):
            return  # str.translate(table), or a context that is not a literal
        if isinstance(text_node, ast.JoinedStr):
            self.problems.append(f"{where}: {name}() of an f-string never matches a translation")
            return
        text = _literal(text_node)
        if text is None:
            return  # a variable: its text is marked where it is written
        comment = _literal(args[index + 1]) if len(args) > index + 1 else None
        if name in ("tr", "QT_TR_NOOP"):
            if name == "tr" and not self.classes:
                return
            context = self.classes[-1] if self.classes else ""
        else:
            context = _literal(args[0]) or ""
        self.texts.append((where, TsKey(context, text, comment or "")))


def unextractable_texts(path: Path, found: dict[TsKey, bool] | None = None) -> list[str]:
    """Calls whose text lupdate misses (not in ``found``) or that can never match."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    scan = _Scan(path, tree)
    scan.visit(tree)
    problems = list(scan.problems)
    if found is not None:
        problems.extend(
            f"{where}: lupdate does not see {key} (a call inside an f-string, a count that "
            "is an expression in translate(), or keyword arguments: lupdate skips these)"
            for where, key in scan.texts
            if key not in found
        )
    return problems


def test_every_translatable_text_is_visible_to_lupdate(expected: dict[TsKey, bool]) -> None:
    problems = [
        problem for path in source_files() for problem in unextractable_texts(path, expected)
    ]
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
        "E = QCoreApplication.translate('Ctx', 'Fine')\n"
        "F = QCoreApplication.translate('Ctx', '%n rows', '', len(rows))\n"
        "class Tab:\n"
        "    def f(self):\n"
        "        self.tr('Fine too')\n",
        encoding="utf-8",
    )
    found = extract_keys([module])
    assert TsKey("Tab", "Fine too") in found and TsKey("Ctx", "Fine") in found
    problems = unextractable_texts(module, found)
    assert [p.split(":")[1] for p in problems] == ["3", "4", "5", "8"]


def test_the_finnish_of_api_errors_is_their_message_fi() -> None:
    from nepton_desktop.ui.i18n.build import api_error_finnish

    finnish = api_error_finnish()
    assert len(finnish) > 30
    catalog = TsCatalog(ts_path("fi")).by_key()
    drift = [
        f"{source!r}: catalog {catalog[TsKey('NeptonError', source)].forms!r}, code {text!r}"
        for source, text in finnish.items()
        if TsKey("NeptonError", source) in catalog
        and catalog[TsKey("NeptonError", source)].forms != [text]
    ]
    assert drift == [], "run scripts/build-translations --update:\n" + "\n".join(drift)
    assert all(TsKey("NeptonError", source) in catalog for source in finnish)
