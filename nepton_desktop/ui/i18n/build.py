"""The translation pipeline: ``lupdate`` the code into ``.ts``, ``lrelease`` them into ``.qm``.

    scripts/build-translations            compile resources/translations/*.ts into .qm
    scripts/build-translations --update   first extract the texts of nepton_desktop/ into the
                                          .ts files (translations kept, texts that left the
                                          code dropped), finish en.ts with the source texts
                                          and take the API errors' Finnish from message_fi
    scripts/build-translations --check    report texts without a translation, exit 1 if any

The ``.qm`` files are build output (ignored by git); ``scripts/bootstrap.sh`` compiles them, so
``scripts/demo`` and ``scripts/test`` run with current translations.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from nepton_desktop.ui.i18n.languages import APP_LANGUAGES
from nepton_desktop.ui.i18n.loader import APP_CATALOG
from nepton_desktop.ui.i18n.messages import ERROR_CONTEXT
from nepton_desktop.ui.i18n.ts_file import TsCatalog, TsKey, catalog_problems, fill_with_source

ROOT = Path(__file__).resolve().parents[3]
PACKAGE = ROOT / "nepton_desktop"
TS_DIR = ROOT / "resources" / "translations"
SOURCE_LANGUAGE = "en"


class ToolMissing(RuntimeError):
    pass


def tool(name: str) -> str:
    """``pyside6-<name>`` of the running Python's environment (else from PATH)."""
    here = str(Path(sys.executable).parent)
    search = os.pathsep.join([here, os.environ.get("PATH", "")])
    found = shutil.which(f"pyside6-{name}", path=search)
    if found is None:
        raise ToolMissing(f"pyside6-{name} not found; install PySide6 (pip install -e '.[dev]')")
    return found


def ts_path(language: str, directory: Path = TS_DIR) -> Path:
    return directory / f"{APP_CATALOG}_{language}.ts"


def source_files(package: Path = PACKAGE) -> list[Path]:
    return sorted(p for p in package.rglob("*.py") if "__pycache__" not in p.parts)


def lupdate(sources: Sequence[Path], ts_file: Path, language: str) -> str:
    """Extract the texts of ``sources`` into ``ts_file``, keeping its translations."""
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "sources.txt"
        listing.write_text("\n".join(str(p) for p in sources) + "\n", encoding="utf-8")
        result = subprocess.run(
            [
                tool("lupdate"),
                f"@{listing}",
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                SOURCE_LANGUAGE,
                "-target-language",
                language,
                "-ts",
                str(ts_file),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
    if result.returncode != 0:
        raise RuntimeError(f"lupdate failed for {ts_file.name}:\n{result.stdout}{result.stderr}")
    return result.stdout


def lrelease(ts_file: Path, qm_file: Path) -> str:
    """Compile ``ts_file``; unfinished translations are left out (the English text shows)."""
    qm_file.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [tool("lrelease"), "-nounfinished", str(ts_file), "-qm", str(qm_file)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0 or not qm_file.is_file():
        raise RuntimeError(f"lrelease failed for {ts_file.name}:\n{result.stdout}{result.stderr}")
    return result.stdout


def extract_keys(sources: Sequence[Path] | None = None) -> dict[TsKey, bool]:
    """Every text ``lupdate`` finds in ``sources`` (default: the package), with its numerus
    flag, read from a scratch ``.ts``: what the catalogs must translate."""
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp) / f"{APP_CATALOG}_fi.ts"
        lupdate(sources if sources is not None else source_files(), scratch, "fi")
        return {m.key: m.numerus for m in TsCatalog(scratch).messages}


def api_error_finnish() -> dict[str, str]:
    """``message_en`` -> ``message_fi`` of every API error: the API layer writes both, so its
    Finnish is the catalog's Finnish for the ``NeptonError`` context."""
    import inspect

    from nepton_desktop.api import errors

    texts: dict[str, str] = {}
    for cls in vars(errors).values():
        own = vars(cls) if inspect.isclass(cls) else {}
        if "message_en" in own and "message_fi" in own and issubclass(cls, errors.NeptonError):
            texts.setdefault(cls.message_en, cls.message_fi)
    return texts


def fill_api_errors(catalog: TsCatalog) -> int:
    """Set the Finnish of every ``NeptonError`` text to the error's own ``message_fi``."""
    finnish = api_error_finnish()
    filled = 0
    for message in catalog.messages:
        text = finnish.get(message.key.source) if message.key.context == ERROR_CONTEXT else None
        if text is not None and message.forms != [text]:
            catalog.set_translation(message, [text])
            filled += 1
    return filled


def update(languages: Sequence[str] = APP_LANGUAGES, directory: Path = TS_DIR) -> list[str]:
    sources = source_files()
    lines = []
    for language in languages:
        path = ts_path(language, directory)
        lupdate(sources, path, language)
        catalog = TsCatalog(path)
        filled = 0
        if language == SOURCE_LANGUAGE:
            filled = fill_with_source(catalog)
        elif language == "fi":
            filled = fill_api_errors(catalog)
        if filled:
            catalog.write()
            # Let lupdate write the file back in its own layout.
            lupdate(sources, path, language)
            catalog = TsCatalog(path)
        untranslated = sum(1 for m in catalog.messages if not m.finished)
        lines.append(
            f"{path.name}: {len(catalog.messages)} texts, {untranslated} without translation"
        )
    return lines


def compile_all(
    languages: Sequence[str] = APP_LANGUAGES,
    directory: Path = TS_DIR,
    out_dir: Path | None = None,
) -> list[Path]:
    built = []
    for language in languages:
        ts_file = ts_path(language, directory)
        if not ts_file.is_file():
            raise FileNotFoundError(
                f"{ts_file} is missing: run scripts/build-translations --update"
            )
        qm_file = (out_dir or directory) / f"{ts_file.stem}.qm"
        lrelease(ts_file, qm_file)
        built.append(qm_file)
    return built


def check(languages: Sequence[str] = APP_LANGUAGES, directory: Path = TS_DIR) -> list[str]:
    expected = extract_keys()
    problems = []
    for language in languages:
        problems.extend(catalog_problems(TsCatalog(ts_path(language, directory)), expected))
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="build-translations",
        description="Extract (--update), check (--check) and compile the app's translations.",
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--update", action="store_true", help="extract texts from the code into the .ts files"
    )
    mode.add_argument(
        "--check", action="store_true", help="list texts without a (valid) translation"
    )
    parser.add_argument("--quiet", action="store_true", help="print only problems")
    args = parser.parse_args(argv)
    try:
        if args.check:
            problems = check()
            for problem in problems:
                print(problem)
            if not args.quiet or problems:
                print(f"{len(problems)} problem(s)", file=sys.stderr)
            return 1 if problems else 0
        if args.update:
            for line in update():
                print(line)
        built = compile_all()
    except (ToolMissing, RuntimeError, FileNotFoundError) as exc:
        print(f"build-translations: {exc}", file=sys.stderr)
        return 1
    if not args.quiet:
        print("compiled: " + ", ".join(str(p.relative_to(ROOT)) for p in built))
    return 0


if __name__ == "__main__":
    sys.exit(main())
