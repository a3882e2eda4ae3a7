"""Pseudo-localisation: every text 40 % longer, accented and in brackets.

Finnish and Swedish texts run longer than English ("Personnel" / "Henkilöstö", "Submit" /
"Lähetä muutokset"), and a label sized for English gets cut. Running the app with
``NEPTON_DESKTOP_LANGUAGE=pseudo`` shows every translatable text as, for example,
``[Ƥéŕšöññéļ~~~~]``: a text without brackets was never passed through ``tr()``, a text whose
closing bracket is missing was cut, and accents show whether the font and the height fit.
Placeholders (``%1``, ``%n``, ``{name}``), mnemonics (``&File``), HTML tags and entities stay
intact so the app behaves as in a real language.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QObject, QTranslator

STRETCH = 1.4
PAD = "~"
WORD = 7  # padding is split into words of this length in texts of several words

_ACCENTED = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    "ÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖƤǪŔŠŢÛṼŴẊÝŽåƀçđéƒĝĥîĵķļṁñöƥǫŕšţûṽŵẋýž",
)
# Pieces that must reach the UI unchanged: Qt's %1/%L1/%n placeholders, {name} placeholders
# (and literal {{ }}), the mnemonic marker with its letter, HTML tags and entities.
_KEEP = re.compile(r"%L?\d+|%L?n|\{\{|\}\}|\{[^\W\d]\w*\}|&&|&[A-Za-z]+;|&#\d+;|&.|<[^<>]*>")
# Texts Qt reads as settings, not as words.
_NOT_TEXT = frozenset({"QT_LAYOUT_DIRECTION"})
_UNTOUCHED_CONTEXTS = frozenset({"QShortcut", "QKeySequence"})


def pseudo_text(source: str) -> str:
    """``source`` accented, padded to at least 140 % of its length, in brackets."""
    if not source.strip():
        return source
    parts: list[str] = []
    position = 0
    for match in _KEEP.finditer(source):
        parts.append(source[position : match.start()].translate(_ACCENTED))
        parts.append(match.group(0))
        position = match.end()
    parts.append(source[position:].translate(_ACCENTED))
    body = "".join(parts)
    target = math.ceil(len(source) * STRETCH)
    padding = max(0, target - len(body) - 2)
    # Long texts get their padding as words (a Finnish text is longer, not one endless word),
    # so that word-wrapped labels wrap as they would in a real language.
    if " " in source.strip() and padding > WORD:
        unit = " " + PAD * WORD
        pad = (unit * (padding // len(unit) + 1))[:padding].rstrip()
        return f"[{body}{pad}{PAD * (padding - len(pad))}]"
    return f"[{body}{PAD * padding}]"


class PseudoTranslator(QTranslator):
    """A translator that answers every text with :func:`pseudo_text`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def translate(
        self,
        context: str,
        sourceText: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        # None is a null QString: "no translation here", Qt uses the source text. An empty str
        # would be taken as the translation (and "F%1".arg(5) of the F5 key would break).
        if sourceText in _NOT_TEXT or context in _UNTOUCHED_CONTEXTS:
            return None
        return pseudo_text(sourceText)

    def isEmpty(self) -> bool:
        return False
