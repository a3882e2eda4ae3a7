"""The sandbox's own SOAP 1.1 reading and writing.

Deliberately independent of ``nepton_desktop.api``: client and sandbox meet only at the wire
contract, so a codec bug cannot hide by being symmetric on both sides.

Requests are parsed leniently in what Nepton is lenient about (element names matched by local
name and without regard to case, since Nepton's own articles spell ``UserName``/``Username`` and
``DeploymentID``/``DeploymentId`` both ways) and strictly in what is dangerous: no DTDs, no
entities, no network, no huge trees.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo
from decimal import Decimal, InvalidOperation
from typing import Any, Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from lxml import etree

SOAP_ENV_NS: Final = "http://schemas.xmlsoap.org/soap/envelope/"
WORKTIME_NS: Final = "http://tyoaika.tyoteho.fi"
HR_NS: Final = "http://tempuri.org/"

Element = etree._Element


class SoapFault(Exception):
    """The request cannot be answered with an operation's own result: answer a SOAP Fault."""

    def __init__(self, message: str, *, client: bool = True, http_status: int = 500) -> None:
        super().__init__(message)
        self.message = message
        self.faultcode = "soap:Client" if client else "soap:Server"
        self.http_status = http_status


class InvalidParameter(Exception):
    """A request element has a value of the wrong form (Worktime 1012)."""


def _parser() -> etree.XMLParser:
    # resolve_entities=False and load_dtd=False stop entity expansion ("billion laughs") and
    # external entities; no_network stops fetching anything; huge_tree=False keeps libxml2's
    # depth and text-size limits on.
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
        dtd_validation=False,
        remove_comments=True,
        remove_pis=True,
    )


def parse_request(body: bytes) -> Element:
    """Return the payload element (first child of soap:Body) or raise ``SoapFault``."""
    if not body.strip():
        raise SoapFault("Empty request body")
    # SOAP 1.1 section 3: a message must not contain a Document Type Declaration. Refusing it
    # before parsing also refuses every entity trick without depending on parser settings.
    if b"<!DOCTYPE" in body or b"<!ENTITY" in body:
        raise SoapFault("A SOAP message must not contain a document type declaration")
    try:
        root = etree.fromstring(body, parser=_parser())
    except etree.XMLSyntaxError as exc:
        raise SoapFault(f"Malformed XML: {exc.msg}") from None
    docinfo: Any = root.getroottree().docinfo  # lxml-stubs lack DocInfo.doctype
    if docinfo.doctype or docinfo.internalDTD is not None:
        # Catches a declaration hidden by an encoding the byte scan above cannot see.
        raise SoapFault("A SOAP message must not contain a document type declaration")
    if root.tag != f"{{{SOAP_ENV_NS}}}Envelope":
        raise SoapFault("The root element is not a SOAP 1.1 Envelope")
    body_el = root.find(f"{{{SOAP_ENV_NS}}}Body")
    if body_el is None:
        raise SoapFault("The SOAP Envelope has no Body")
    payload = [child for child in body_el if isinstance(child.tag, str)]
    if len(payload) != 1:
        raise SoapFault("The SOAP Body must hold exactly one operation element")
    return payload[0]


def qname(el: Element) -> tuple[str, str]:
    """(namespace, local name) of an element."""
    q = etree.QName(el)
    return (q.namespace or "", q.localname)


def local_name(el: Element) -> str:
    # String slicing rather than etree.QName: this runs for every child of every item.
    tag = el.tag
    if not isinstance(tag, str):
        return ""
    return tag[tag.index("}") + 1 :] if tag[:1] == "{" else tag


class Fields:
    """The children of one element indexed by lower-cased local name (first one wins).

    Batch items are looked up a dozen times each; indexing once is far cheaper than scanning
    the children for every lookup.
    """

    __slots__ = ("_index", "element")

    def __init__(self, element: Element) -> None:
        self.element = element
        self._index: dict[str, Element] = {}
        for el in element:
            self._index.setdefault(local_name(el).lower(), el)

    def get(self, *names: str) -> Element | None:
        for name in names:
            found = self._index.get(name.lower())
            if found is not None:
                return found
        return None


Node = Element | Fields


def child(parent: Node, *names: str) -> Element | None:
    """First child whose local name matches one of ``names``, ignoring case."""
    if isinstance(parent, Fields):
        return parent.get(*names)
    wanted = [n.lower() for n in names]
    for el in parent:
        if local_name(el).lower() in wanted:
            return el
    return None


def children(parent: Element, *names: str) -> list[Element]:
    wanted = [n.lower() for n in names]
    return [el for el in parent if local_name(el).lower() in wanted]


def text(parent: Node, *names: str) -> str | None:
    """Text of a child element, stripped; ``None`` when absent or nil."""
    value = exact_text(parent, *names)
    return None if value is None else value.strip()


def exact_text(parent: Node, *names: str) -> str | None:
    """Text of a child element exactly as sent (passwords: a space is part of them)."""
    el = child(parent, *names)
    if el is None:
        return None
    if el.get("{http://www.w3.org/2001/XMLSchema-instance}nil") in ("true", "1"):
        return None
    return el.text or ""


def nonempty_text(parent: Node, *names: str) -> str | None:
    value = text(parent, *names)
    return value if value else None


def list_texts(parent: Element | None, *names: str) -> list[str]:
    if parent is None:
        return []
    return [(el.text or "").strip() for el in children(parent, *names)]


def parse_int(value: str, what: str) -> int:
    try:
        return int(value.strip())
    except ValueError:
        raise InvalidParameter(f"{what} must be an integer") from None


def int_value(parent: Node, *names: str) -> int | None:
    value = nonempty_text(parent, *names)
    return None if value is None else parse_int(value, names[0])


def parse_bool(value: str, what: str) -> bool:
    # xs:boolean is true/false/1/0; Nepton's own GetUnits example writes "True".
    lowered = value.strip().lower()
    if lowered in ("true", "1"):
        return True
    if lowered in ("false", "0"):
        return False
    raise InvalidParameter(f"{what} must be true or false")


def bool_value(parent: Node, *names: str) -> bool | None:
    value = nonempty_text(parent, *names)
    return None if value is None else parse_bool(value, names[0])


def parse_date(value: str, what: str) -> date:
    # xs:date may carry a zone suffix ("2026-01-05Z"); the calendar day is what counts.
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise InvalidParameter(f"{what} must be a date YYYY-MM-DD") from None


def date_value(parent: Node, *names: str) -> date | None:
    value = nonempty_text(parent, *names)
    return None if value is None else parse_date(value, names[0])


class _EuropeHelsinki(tzinfo):
    """Finnish time by the EU rules (UTC+2, summer UTC+3 from the last Sunday of March to the
    last Sunday of October, switching at 01:00 UTC), for systems without a time-zone database
    (Windows without the tzdata package)."""

    def utcoffset(self, dt: datetime | None) -> timedelta:
        return timedelta(hours=2) + self.dst(dt)

    def dst(self, dt: datetime | None) -> timedelta:
        if dt is None:
            return timedelta(0)
        start = _last_sunday(dt.year, 3).replace(hour=3)  # 01:00 UTC in local standard time
        end = _last_sunday(dt.year, 10).replace(hour=4)  # 01:00 UTC in local summer time
        naive = dt.replace(tzinfo=None)
        return timedelta(hours=1) if start <= naive < end else timedelta(0)

    def tzname(self, dt: datetime | None) -> str:
        return "EEST" if self.dst(dt) else "EET"

    def fromutc(self, dt: datetime) -> datetime:
        utc = dt.replace(tzinfo=None)
        summer = (
            _last_sunday(utc.year, 3).replace(hour=1)
            <= utc
            < _last_sunday(utc.year, 10).replace(hour=1)
        )
        return (utc + timedelta(hours=3 if summer else 2)).replace(tzinfo=self)


def _last_sunday(year: int, month: int) -> datetime:
    day = datetime(year, month, 31 if month in (3, 10) else 30)
    return day - timedelta(days=(day.weekday() + 1) % 7)


def _helsinki() -> tzinfo:
    try:
        return ZoneInfo("Europe/Helsinki")
    except ZoneInfoNotFoundError:
        return _EuropeHelsinki()


HELSINKI: Final = _helsinki()


def parse_datetime(value: str, what: str) -> datetime:
    """An xs:dateTime (or Nepton's ``YYYY-MM-DD HH:MM:SS``) as naive Helsinki wall time.

    A time with an offset or ``Z`` is converted to the person's time zone (Europe/Helsinki
    in the sandbox); a time without one is already local wall time.
    """
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        raise InvalidParameter(f"{what} must be a date-time YYYY-MM-DDTHH:MM:SS") from None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(HELSINKI).replace(tzinfo=None)
    return parsed.replace(microsecond=0)


def datetime_value(parent: Node, *names: str) -> datetime | None:
    value = nonempty_text(parent, *names)
    return None if value is None else parse_datetime(value, names[0])


def decimal_value(parent: Node, *names: str) -> Decimal | None:
    value = nonempty_text(parent, *names)
    if value is None:
        return None
    try:
        return Decimal(value)
    except InvalidOperation:
        raise InvalidParameter(f"{names[0]} must be a decimal number") from None


# ---------------------------------------------------------------- writing


def sub(parent: Element, tag: str, value: object = None) -> Element:
    """Append a child; ``value`` is written in its xs form (booleans as true/false)."""
    el = etree.SubElement(parent, tag)
    if value is not None:
        el.text = xs_text(value)
    return el


def opt(parent: Element, tag: str, value: object) -> None:
    """Append a child only when there is a value (minOccurs=0 elements)."""
    if value is not None and value != "":
        sub(parent, tag, value)


def xs_text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


Payload = Element | bytes
"""A response element, or one already serialised (the large GetActivitiesV5 answer)."""

_ENVELOPE_HEAD = (
    f"<?xml version='1.0' encoding='utf-8'?>\n<soap:Envelope xmlns:soap=\"{SOAP_ENV_NS}\">"
    "<soap:Body>"
).encode()
_ENVELOPE_TAIL = b"</soap:Body></soap:Envelope>"


def envelope(payload: Payload) -> bytes:
    if isinstance(payload, bytes):
        return _ENVELOPE_HEAD + payload + _ENVELOPE_TAIL
    env = etree.Element(f"{{{SOAP_ENV_NS}}}Envelope", nsmap={"soap": SOAP_ENV_NS})
    body = etree.SubElement(env, f"{{{SOAP_ENV_NS}}}Body")
    body.append(payload)
    return bytes(etree.tostring(env, xml_declaration=True, encoding="utf-8"))


def fault_envelope(faultcode: str, message: str) -> bytes:
    env = etree.Element(f"{{{SOAP_ENV_NS}}}Envelope", nsmap={"soap": SOAP_ENV_NS})
    body = etree.SubElement(env, f"{{{SOAP_ENV_NS}}}Body")
    fault = etree.SubElement(body, f"{{{SOAP_ENV_NS}}}Fault")
    # faultcode/faultstring are unqualified in SOAP 1.1.
    sub(fault, "faultcode", faultcode)
    sub(fault, "faultstring", message)
    return bytes(etree.tostring(env, xml_declaration=True, encoding="utf-8"))


def worktime_root(operation_root: str) -> Element:
    """A Worktime response root: qualified root, unqualified children (elementFormDefault)."""
    return etree.Element(f"{{{WORKTIME_NS}}}{operation_root}", nsmap={"tyo": WORKTIME_NS})


def hr_root(name: str) -> Element:
    """An HR response root; every HR element is qualified in the default namespace."""
    nsmap: Any = {None: HR_NS}  # a default namespace; lxml-stubs only allow str prefixes
    return etree.Element(f"{{{HR_NS}}}{name}", nsmap=nsmap)


def hr_sub(parent: Element, name: str, value: object = None) -> Element:
    return sub(parent, f"{{{HR_NS}}}{name}", value)


def hr_opt(parent: Element, name: str, value: object) -> None:
    if value is not None and value != "":
        hr_sub(parent, name, value)
