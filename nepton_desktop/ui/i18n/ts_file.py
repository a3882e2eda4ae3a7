"""Read, check and fill Qt Linguist ``.ts`` files (no Qt needed).

The checks here are what ``tests/i18n`` and ``scripts/build-translations --check`` enforce:
every text has a finished, non-empty translation, and each translation keeps the source's
placeholders (``%1``, ``%L2``, ``%n``, ``{name}``).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET  # writing only; reading goes through defusedxml
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from defusedxml import ElementTree as SafeET

from nepton_desktop.domain.translatable import placeholder_names

# %1..%99 and %n of tr() (with L: the locale's digits), %v %m %p of QProgressBar formats.
_QT_PLACEHOLDER = re.compile(r"%L?(\d+|n)|%([vmp])(?![A-Za-z])")


@dataclass(frozen=True, slots=True)
class TsKey:
    """What identifies a text: its context, source text and disambiguation comment."""

    context: str
    source: str
    comment: str = ""

    def __str__(self) -> str:
        extra = f" ({self.comment})" if self.comment else ""
        return f"{self.context}: {self.source!r}{extra}"


@dataclass(slots=True)
class TsMessage:
    key: TsKey
    numerus: bool
    forms: list[str]  # one translation, or one per plural form
    kind: str  # "" (finished), "unfinished", "vanished" or "obsolete"
    element: ET.Element

    @property
    def finished(self) -> bool:
        return self.kind == "" and bool(self.forms) and all(f.strip() for f in self.forms)


class TsCatalog:
    """One ``.ts`` file: its language and messages, editable and writable."""

    def __init__(self, path: Path) -> None:
        self.path = path
        root = SafeET.parse(path).getroot()
        if root is None or root.tag != "TS":
            raise ValueError(f"{path} is not a Qt Linguist .ts file")
        self.root: ET.Element = root
        self.language = root.get("language", "")
        self.messages: list[TsMessage] = list(_messages(root))

    def by_key(self) -> dict[TsKey, TsMessage]:
        return {m.key: m for m in self.messages}

    def set_translation(self, message: TsMessage, forms: Sequence[str]) -> None:
        """Give ``message`` its translation (``forms``: one, or one per plural form)."""
        translation = message.element.find("translation")
        if translation is None:
            translation = ET.SubElement(message.element, "translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        if message.numerus:
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            if len(forms) != 1:
                raise ValueError(f"{message.key} takes one translation, got {len(forms)}")
            translation.text = forms[0]
        message.forms = list(forms)
        message.kind = ""

    def write(self, path: Path | None = None) -> None:
        ET.indent(self.root, space="    ")
        body = ET.tostring(self.root, encoding="unicode")
        text = f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n'
        (path or self.path).write_text(text, encoding="utf-8")


def _messages(root: ET.Element) -> Iterator[TsMessage]:
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            key = TsKey(name, element.findtext("source") or "", element.findtext("comment") or "")
            translation = element.find("translation")
            numerus = element.get("numerus") == "yes"
            if translation is None:
                yield TsMessage(key, numerus, [], "unfinished", element)
                continue
            if numerus:
                forms = [form.text or "" for form in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            yield TsMessage(key, numerus, forms, translation.get("type", ""), element)


def placeholders(text: str) -> Counter[str]:
    """Qt's ``%1``/``%L1``/``%n`` (counted as ``%1``/``%n``), a progress bar's ``%v``/``%m``/
    ``%p``, and ``{name}`` placeholders."""
    found: Counter[str] = Counter(
        "%" + (m.group(1) or m.group(2)) for m in _QT_PLACEHOLDER.finditer(text)
    )
    found.update("{" + name + "}" for name in placeholder_names(text))
    return found


def placeholder_problems(message: TsMessage) -> list[str]:
    """How each translation of ``message`` differs from the source in its placeholders."""
    want = placeholders(message.key.source)
    problems = []
    for index, form in enumerate(message.forms):
        have = placeholders(form)
        if set(have) != set(want):
            label = f" form {index + 1}" if message.numerus else ""
            missing = sorted(set(want) - set(have))
            extra = sorted(set(have) - set(want))
            detail = ", ".join(
                part
                for part in (
                    f"missing {' '.join(missing)}" if missing else "",
                    f"unknown {' '.join(extra)}" if extra else "",
                )
                if part
            )
            problems.append(f"{message.key}{label}: {detail} in {form!r}")
    return problems


def catalog_problems(catalog: TsCatalog, expected: Mapping[TsKey, bool] | None = None) -> list[str]:
    """Everything wrong with ``catalog``: unfinished or empty translations, broken
    placeholders, and (given the ``expected`` keys that ``lupdate`` finds in the code, with
    their numerus flag) texts the catalog lacks."""
    problems: list[str] = []
    have = catalog.by_key()
    if expected is not None:
        problems.extend(
            f"{catalog.path.name}: not in the catalog (run scripts/build-translations "
            f"--update): {key}"
            for key in expected
            if key not in have
        )
    for message in catalog.messages:
        if message.kind in ("vanished", "obsolete"):
            problems.append(f"{catalog.path.name}: marked {message.kind}: {message.key}")
        elif not message.finished:
            problems.append(f"{catalog.path.name}: no translation: {message.key}")
        else:
            problems.extend(
                f"{catalog.path.name}: {problem}" for problem in placeholder_problems(message)
            )
    return problems


_PLURAL_S = re.compile(r"\(s\)")
_SINGULAR_VERBS = ((" are ", " is "), (" were ", " was "), (" have ", " has "))


def english_plural_forms(source: str) -> list[str]:
    """The singular and plural of an English ``%n`` text written with ``(s)``:
    ``"%n row(s) were sent"`` -> ``["%n row was sent", "%n rows were sent"]``."""
    if not _PLURAL_S.search(source):
        return [source, source]
    singular = _PLURAL_S.sub("", source)
    for plural_verb, singular_verb in _SINGULAR_VERBS:
        singular = singular.replace(plural_verb, singular_verb)
    return [singular, _PLURAL_S.sub("s", source)]


def fill_with_source(catalog: TsCatalog) -> int:
    """Finish every unfinished message with the source text (the English catalog); a plural
    text gets its singular and plural form (``row(s)`` -> ``row``, ``rows``)."""
    filled = 0
    for message in catalog.messages:
        if message.kind in ("vanished", "obsolete") or message.finished:
            continue
        if message.numerus:
            forms = english_plural_forms(message.key.source)
        else:
            forms = [message.key.source]
        catalog.set_translation(message, forms)
        filled += 1
    return filled
