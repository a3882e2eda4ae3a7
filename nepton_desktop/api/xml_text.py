"""Writing values into request XML: escaping, the XML 1.0 character check, scalar formats.

Requests are built as strings rather than element trees because a string join is several
times faster for the large batches the app sends, and every value goes through ``text()``
here, so nothing reaches the wire unescaped.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

from nepton_desktop.api.errors import InvalidValue
from nepton_desktop.domain.translatable import QT_TRANSLATE_NOOP

# XML 1.0 allows tab, newline, carriage return, and everything from U+0020 except surrogates
# and U+FFFE/U+FFFF. Python str never holds a lone surrogate from decoding, but it can from
# "\ud800" literals or surrogateescape, so they are checked too.
_NOT_XML_CHAR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def check_xml_chars(value: str, field: str) -> None:
    match = _NOT_XML_CHAR.search(value)
    if match is not None:
        code = ord(match.group(0))
        raise InvalidValue(
            field,
            f"contains the character U+{code:04X} at position {match.start() + 1}, which XML "
            "cannot carry; remove it (it is often a stray control character from a copy-paste)",
            f"sisältää merkin U+{code:04X} kohdassa {match.start() + 1}, jota XML ei voi "
            "välittää; poista se (usein kopioinnissa mukaan tullut ohjausmerkki)",
        )


def text(value: str, field: str) -> str:
    """Escape a value for element content, or raise InvalidValue naming the field."""
    check_xml_chars(value, field)
    if "&" in value:
        value = value.replace("&", "&amp;")
    if "<" in value:
        value = value.replace("<", "&lt;")
    if ">" in value:
        # Needed for "]]>", which may not appear literally in content.
        value = value.replace(">", "&gt;")
    if "\r" in value:
        # A literal CR would be normalised to LF by every XML parser; the reference keeps it.
        value = value.replace("\r", "&#13;")
    return value


def password(value: str, field: str) -> str:
    """Escape a password; refuse one that ends with '&' as Nepton documents."""
    if value.endswith("&"):
        raise InvalidValue(
            field,
            QT_TRANSLATE_NOOP(
                "InvalidValue",
                "ends with '&'. Nepton documents that a password ending with '&' breaks its XML "
                "message and the login fails. Change the password in Nepton so that it does not "
                "end with '&'",
            ),
            "päättyy merkkiin '&'. Neptonin ohjeen mukaan '&'-merkkiin päättyvä salasana "
            "rikkoo XML-sanoman ja kirjautuminen epäonnistuu. Vaihda Neptonissa salasana, "
            "joka ei pääty merkkiin '&'",
        )
    if not value:
        raise InvalidValue(field, QT_TRANSLATE_NOOP("InvalidValue", "is empty"), "on tyhjä")
    return text(value, field)


def integer(value: int, field: str) -> str:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidValue(
            field,
            QT_TRANSLATE_NOOP("InvalidValue", "must be a whole number"),
            "on oltava kokonaisluku",
        )
    if not -(2**31) <= value < 2**31:
        raise InvalidValue(
            field,
            QT_TRANSLATE_NOOP("InvalidValue", "is out of range"),
            "on sallitun alueen ulkopuolella",
        )
    return str(value)


def boolean(value: bool) -> str:
    return "true" if value else "false"


def iso_date(value: date) -> str:
    if isinstance(value, datetime):
        value = value.date()
    return value.isoformat()


def local_datetime(value: datetime, field: str) -> str:
    """Nepton stores local wall time; an aware datetime would be ambiguous to send."""
    if value.tzinfo is not None:
        raise InvalidValue(
            field,
            QT_TRANSLATE_NOOP(
                "InvalidValue",
                "has a time zone; give the local wall time of the person's Nepton time zone",
            ),
            "sisältää aikavyöhykkeen; anna henkilön Nepton-aikavyöhykkeen paikallinen aika",
        )
    return value.isoformat(timespec="seconds")


def decimal(value: Decimal, field: str) -> str:
    if not value.is_finite():
        raise InvalidValue(
            field,
            QT_TRANSLATE_NOOP("InvalidValue", "is not a finite number"),
            "ei ole äärellinen luku",
        )
    return format(value, "f")


class XmlWriter:
    """Collects request XML as string pieces; every value goes through the escapers above."""

    __slots__ = ("parts",)

    def __init__(self) -> None:
        self.parts: list[str] = []

    def raw(self, markup: str) -> None:
        self.parts.append(markup)

    def open(self, tag: str) -> None:
        self.parts.append(f"<{tag}>")

    def close(self, tag: str) -> None:
        self.parts.append(f"</{tag}>")

    def empty(self, tag: str) -> None:
        self.parts.append(f"<{tag}/>")

    def text(self, tag: str, value: str, field: str | None = None) -> None:
        self.parts.append(f"<{tag}>{text(value, field or tag)}</{tag}>")

    def opt_text(self, tag: str, value: str | None, field: str | None = None) -> None:
        if value is not None:
            self.text(tag, value, field)

    def integer(self, tag: str, value: int, field: str | None = None) -> None:
        self.parts.append(f"<{tag}>{integer(value, field or tag)}</{tag}>")

    def opt_int(self, tag: str, value: int | None, field: str | None = None) -> None:
        if value is not None:
            self.integer(tag, value, field)

    def opt_bool(self, tag: str, value: bool | None) -> None:
        if value is not None:
            self.parts.append(f"<{tag}>{boolean(value)}</{tag}>")

    def opt_date(self, tag: str, value: date | None) -> None:
        if value is not None:
            self.parts.append(f"<{tag}>{iso_date(value)}</{tag}>")

    def opt_datetime(self, tag: str, value: datetime | None, field: str | None = None) -> None:
        if value is not None:
            self.parts.append(f"<{tag}>{local_datetime(value, field or tag)}</{tag}>")

    def getvalue(self) -> str:
        return "".join(self.parts)
