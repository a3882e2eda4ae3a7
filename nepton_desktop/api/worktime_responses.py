"""Response parsers of the Worktime API: SOAP answer bytes into domain records.

The event list can hold 100,000 activities, so ``activities`` walks the children of each
activity once with a tag -> (field, converter) table instead of one ``find`` per field; the
schema's elements are unqualified, so tags are plain names and need no namespace handling.
"""

from __future__ import annotations

import contextlib
import gc
import re
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from lxml import etree

from nepton_desktop.api.envelope import (
    DEFAULT_MAX_RESPONSE_BYTES,
    WORKTIME_NS,
    expect_root,
    parse_envelope,
)
from nepton_desktop.api.errors import BadResponse, NeptonError
from nepton_desktop.domain.records import (
    AbsenceType,
    ActivityDetails,
    AdditionalInfo,
    Category,
    Compensation,
    Event,
    EventType,
    ItemResult,
    MedicalCertificate,
    Project,
    ProjectManager,
)


@dataclass(slots=True)
class WorktimeAnswer:
    """The code and text every Worktime answer carries, and the root element to read on."""

    code: int
    message: str
    root: etree._Element


def _text(t: str | None) -> str:
    return t if t is not None else ""


def _int(t: str | None) -> int:
    return int(t)  # type: ignore[arg-type]  # None raises TypeError, reported as BadResponse


def _bool(t: str | None) -> bool:
    if t in ("true", "1"):
        return True
    if t in ("false", "0"):
        return False
    raise ValueError(f"not a boolean: {t!r}")


def _datetime(t: str | None) -> datetime:
    return datetime.fromisoformat(t)  # type: ignore[arg-type]


def _date(t: str | None) -> date:
    return date.fromisoformat(t)  # type: ignore[arg-type]


def _decimal(t: str | None) -> Decimal:
    try:
        return Decimal(t)  # type: ignore[arg-type]
    except InvalidOperation:
        raise ValueError(f"not a decimal: {t!r}") from None


def open_answer(data: bytes, operation: str) -> WorktimeAnswer:
    payload = parse_envelope(data, operation)
    expect_root(payload, WORKTIME_NS, f"ReturnValueFor{operation}", operation)
    code: int | None = None
    message = ""
    for child in payload:
        tag = child.tag
        if tag == "ResponseCode":
            try:
                code = int(child.text or "")
            except ValueError:
                raise BadResponse("ResponseCode is not a number", operation=operation) from None
        elif tag == "ResponseString":
            message = child.text or ""
            break
        else:
            break
    if code is None:
        raise BadResponse("the answer has no ResponseCode", operation=operation)
    return WorktimeAnswer(code, message, payload)


def _child(root: etree._Element, tag: str) -> etree._Element | None:
    for child in root:
        if child.tag == tag:
            return child
    return None


def _bad(operation: str, where: str, exc: Exception) -> BadResponse:
    return BadResponse(f"{where}: unreadable value ({type(exc).__name__})", operation=operation)


# ---------------------------------------------------------------- GetActivitiesV5

_Converter = Callable[[str | None], Any]


def _details(el: etree._Element) -> ActivityDetails:
    d = ActivityDetails()
    for c in el:
        tag = c.tag
        t = c.text
        if tag == "AbsenceTypeCode":
            d.absence_type_code = _text(t)
        elif tag == "AdditionalInfo":
            d.additional_info = AdditionalInfo(_text(t))
        elif tag == "MedicalCertificate":
            d.medical_certificate = MedicalCertificate(_text(t))
        elif tag == "ReasonCode":
            d.reason_code = _text(t)
        elif tag == "Compensation":
            d.compensation = Compensation(_text(t))
        elif tag == "EarnsVacationDays":
            d.earns_vacation_days = _bool(t)
    return d


def _external_ids(el: etree._Element) -> tuple[str, ...]:
    return tuple([c.text or "" for c in el])


def activities(
    data: bytes, operation: str = "GetActivitiesV5"
) -> tuple[WorktimeAnswer, list[Event]]:
    """Events of a GetActivitiesV5 answer.

    (Tried and dropped: cutting a big answer into pieces parsed by a worker thread while
    this thread builds records. Walking trees parsed on another thread cost this thread
    more CPU than parsing and walking all on one, measured on two cores.)
    """
    fast = _fast_activities(data, operation)
    if fast is not None:
        return fast
    answer = open_answer(data, operation)
    events: list[Event] = []
    container = _child(answer.root, "Activities")
    if container is not None:
        _read_activities(container, events, operation)
    return answer, events


_fromiso = datetime.fromisoformat


def _read_activities(container: etree._Element, out: list[Event], operation: str) -> None:
    """Append one Event per Activity child of ``container``.

    The hot loop of a 100,000-event read: one dict per activity built in a comprehension
    (the cheapest way lxml offers to touch every child once; reaching a child again by
    index or tag filter costs more than the whole walk), and the Event built positionally.
    """
    append = out.append
    true = _TRUE
    nested = _NESTED
    with _gc_paused(len(container) > 1000):
        for act in container:
            # tag -> text, or the element itself for the two nested ones. An empty element
            # reads as None, like an absent one: both mean "no value".
            d: dict[Any, Any] = {(t := c.tag): c if t in nested else c.text for c in act}
            try:
                g = d.get
                end = g("EndTime")
                project = g("ProjectId")
                approver = g("ApproverUserId")
                reset = g("ResetValue")
                change = g("ChangeValue")
                modified = g("ModifiedDateTime")
                el = g("ExternalIdentifiers")
                ext = () if el is None else tuple([c.text or "" for c in el])
                el = g("ActivityDetails")
                details = None if el is None else _details(el)
                append(
                    Event(
                        int(d["Id"]),
                        int(d["UserId"]),
                        int(d["ActivityTypeId"]),
                        _fromiso(d["StartTime"]),
                        _fromiso(end) if end else None,
                        g("UserName"),
                        g("PersonnelNumber"),
                        g("ActivityTypeCode"),
                        g("ActivityTypeInternalName"),
                        g("Description"),
                        int(project) if project else None,
                        g("ProjectCode"),
                        g("IsApproved") in true,
                        g("IsLocked") in true,
                        int(approver) if approver else None,
                        details,
                        ext,
                        _decimal(reset) if reset else None,
                        _decimal(change) if change else None,
                        _fromiso(modified) if modified else None,
                    )
                )
            except (KeyError, ValueError, TypeError) as exc:
                raise _bad(operation, f"activity {len(out) + 1}", exc) from None


_TRUE = frozenset({"true", "1"})
_NESTED = frozenset({"ExternalIdentifiers", "ActivityDetails"})


@contextlib.contextmanager
def _gc_paused(pause: bool) -> Iterator[None]:
    """Pause the cyclic garbage collector while building many records.

    The records hold no reference cycles, yet with the collector on, its repeated passes
    over the growing heap took about a quarter of a 100,000-event parse (measured).
    """
    if not pause or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _check_event_field_order() -> None:
    # Event is built positionally above; fail at import if records.py reorders its fields.
    from dataclasses import fields

    expected = [
        "id",
        "user_id",
        "event_type_id",
        "start",
        "end",
        "username",
        "personnel_number",
        "event_type_code",
        "event_type_internal_name",
        "description",
        "project_id",
        "project_code",
        "is_approved",
        "is_locked",
        "approver_user_id",
        "details",
        "external_identifiers",
        "reset_value",
        "change_value",
        "modified",
    ]
    if [f.name for f in fields(Event)][: len(expected)] != expected:
        raise ImportError("Event's fields changed order; update _read_activities")


_check_event_field_order()


# ---------------------------------------------------------------- GetActivitiesV5 fast path
#
# A 100,000-event answer spends most of its time in lxml proxies and Python conversion, not
# in the C parse. When the Activities block has exactly the shape the schema describes
# (unqualified, attribute-less <Tag>text</Tag> or <Tag/> elements in schema order, white
# space between elements), the records are read from the block's text with one compiled
# regex; anything else (CDATA, comments, PIs, attributes, prefixes, other order or tags, an
# activity of over _MAX_PIECE characters, a non-UTF-8 encoding) makes the whole answer go
# the tree-walk way.
#
# Well-formedness and safety: the size limit is checked first. The part of the answer
# outside the block is parsed as before, by the envelope parser (no DTD loading, no entity
# resolution, no network, no huge_tree), with a marker in place of the block, to read the
# code, message and any fault; a DOCTYPE or a comment, CDATA section or PI that could hide
# an "<Activities>" sends the answer the tree-walk way. The block itself is well-formed
# when the regex takes all of it (its elements are balanced by construction, its text has
# no "<"), its bytes decode as strict UTF-8, it holds no character XML forbids nor "]]>"
# (_legal_characters, one C pass), and its references are replaced strictly (the five
# predefined entities and character references to legal characters). Any doubt sends the
# answer the tree-walk way, which also produces the precise error. (Before, libxml2 checked
# the whole answer with a target that builds no tree: three times the cost of those checks.)
# ``tests/api/test_activities_fast_path.py`` checks that both ways give identical records.


class _Decline(Exception):
    """The fast path does not handle this answer; use the tree walk."""


# A piece longer than this is declined, so that no text the fast path reads can reach
# libxml2's 10 MB text node limit (huge_tree=False), where the tree walk raises.
_MAX_PIECE = 1_000_000  # chars
_W = "[ \t\n]*"  # XML white space between elements (CR is normalised away before)
# Content: strings are unescaped when they hold "&"; in numbers, dates and booleans a "&"
# makes the conversion fail (booleans are checked) and the answer go the tree-walk way.
# A plain [^<] runs a tighter loop in re than a set such as [^<&] (a tenth of the time).
_S = "([^<]*)"
_R = "([^<]+)"  # required: never empty


def _req(tag: str, t: str) -> str:
    return f"<{tag}>{t}</{tag}>{_W}"


def _opt(tag: str, t: str) -> str:
    return f"(?:<{tag}(?:>{t}</{tag}>|/>){_W})?"


def _plain(tag: str) -> str:
    return f"(?:<{tag}>[^<]*</{tag}>{_W})?"


_DETAIL_TAGS = (
    "AbsenceTypeCode",
    "AdditionalInfo",
    "MedicalCertificate",
    "ReasonCode",
    "Compensation",
    "EarnsVacationDays",
)
_ACTIVITY = re.compile(
    _W  # a piece may start with the white space after an "</Activity>"
    + "<Activity>"
    + _W
    + _req("Id", _R)
    + _req("UserId", _R)
    + _opt("UserName", _S)
    + _opt("PersonnelNumber", _S)
    + _req("ActivityTypeId", _R)
    + _opt("ActivityTypeCode", _S)
    + _opt("ActivityTypeInternalName", _S)
    + _req("StartTime", _R)
    + _opt("EndTime", _S)
    + _opt("Description", _S)
    + _opt("ProjectId", _S)
    + _opt("ProjectCode", _S)
    + _opt("IsApproved", _S)
    + _opt("IsLocked", _S)
    + _opt("ApproverUserId", _S)
    # The whole element, read by _DETAILS; "" when absent.
    + "(?:(<ActivityDetails(?:/>|>"
    + _W
    + "".join(_plain(t) for t in _DETAIL_TAGS)
    + f"</ActivityDetails>)){_W})?"
    # The children; "" when absent or empty.
    + "(?:<ExternalIdentifiers(?:/>|>"
    + _W
    + f"((?:<ExternalIdentifier(?:>[^<]*</ExternalIdentifier>|/>){_W})*)"
    + f"</ExternalIdentifiers>){_W})?"
    + _opt("ResetValue", _S)
    + _opt("ChangeValue", _S)
    + _opt("ModifiedDateTime", _S)
    + f"</Activity>{_W}"
    # Anything else takes the rest of the block: a non-empty last group means "decline".
    + "|([\\s\\S]+)"
)
# Most servers write no white space between elements; that regex is about a tenth faster.
_ACTIVITY_COMPACT = re.compile(_ACTIVITY.pattern.replace(_W, ""))
_DETAILS = re.compile(
    "<ActivityDetails(?:/>|>"
    + _W
    + "".join(f"(?:<{t}>([^<]*)</{t}>{_W})?" for t in _DETAIL_TAGS)
    + "</ActivityDetails>)"
)
_EXT_ITEM = re.compile("<ExternalIdentifier(?:>([^<]*)</ExternalIdentifier>|/>)")
_EXT_OPEN_LEN = len("<ExternalIdentifier>")
_EXT_CLOSE = "</ExternalIdentifier>"
_OPEN = b"<Activities>"
_CLOSE = b"</Activities>"
_DECL = b"<?xml "
_REF = re.compile("(?:(amp|lt|gt|quot|apos)|#([0-9]{1,7})|#x([0-9a-fA-F]{1,6}));")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}


def _xml_char(code: int) -> str:
    if (
        code in (0x9, 0xA, 0xD)
        or 0x20 <= code <= 0xD7FF
        or 0xE000 <= code <= 0xFFFD
        or 0x10000 <= code <= 0x10FFFF
    ):
        return chr(code)
    raise _Decline


def _unescape(s: str) -> str:
    """XML's references in ``s`` (which holds "&") replaced; _Decline if one is malformed."""
    if "&#" not in s:
        r = s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
        r = r.replace("&apos;", "'")
        if r.count("&") == r.count("&amp;"):
            return r.replace("&amp;", "&")
        raise _Decline
    first, *rest = s.split("&")
    out = [first]
    for piece in rest:
        m = _REF.match(piece)
        if m is None:
            raise _Decline
        name, dec, hexa = m.groups()
        out.append(_NAMED[name] if name else _xml_char(int(dec) if dec else int(hexa, 16)))
        out.append(piece[m.end() :])
    return "".join(out)


class _Strings(dict[str, str | None]):
    """raw text -> value: "" reads as None (no value), references are replaced."""

    def __missing__(self, raw: str) -> str | None:
        value = self[raw] = _unescape(raw) if "&" in raw else raw
        return value


class _Cache(dict[str, Any]):
    """raw text -> converted value, for texts that repeat (ids of users, dates, codes)."""

    __slots__ = ("convert",)

    def __init__(self, convert: Callable[[str], Any], empty: Any = _Decline) -> None:
        super().__init__()
        self.convert = convert
        if empty is not _Decline:
            self[""] = empty

    def __missing__(self, raw: str) -> Any:
        value = self[raw] = self.convert(raw)
        return value


def _details_values(element: str) -> tuple[Any, ...]:
    m = _DETAILS.fullmatch(element)
    if m is None:
        raise _Decline
    code, info, cert, reason, comp, earns = (
        None if t is None else _unescape(t) if "&" in t else t for t in m.groups()
    )
    return (
        code,
        None if info is None else AdditionalInfo(info),
        None if cert is None else MedicalCertificate(cert),
        reason,
        None if comp is None else Compensation(comp),
        None if earns is None else _bool(earns),
    )


def _ext_ids(inner: str) -> tuple[str, ...]:
    if inner.count("<") == 2 and inner.endswith(_EXT_CLOSE):  # the usual single one
        one = inner[_EXT_OPEN_LEN : -len(_EXT_CLOSE)]
        return (_unescape(one) if "&" in one else one,)
    items = _EXT_ITEM.findall(inner)
    if "&" in inner:
        return tuple([_unescape(t) if "&" in t else t for t in items])
    return tuple(items)


# Bytes that XML 1.0 never allows in a document (C0 controls but tab, LF and CR), and those
# that start the checks of two rarer illegal sequences: "]" of "]]>" (not allowed in text)
# and 0xEF of U+FFFE and U+FFFF (not characters).
_ILLEGAL_BYTES = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])
_SUSPECT_BYTES = bytes([*_ILLEGAL_BYTES, ord("]"), 0xEF])
_OTHER_BYTES = bytes(b for b in range(256) if b not in _SUSPECT_BYTES)


def _legal_characters(data: bytes, start: int, end: int) -> bool:
    """Whether ``data[start:end]`` is free of what XML forbids in text and the regex lets by.

    The regex checks the block's structure; libxml2 would further refuse these characters
    and "]]>". One ``translate`` that keeps only suspect bytes is a single C pass (a tenth of
    the time libxml2 needs to check the whole answer); the precise searches run only when a
    suspect byte is there.
    """
    if not data.translate(None, _OTHER_BYTES):
        return True  # the usual answer: no suspect byte anywhere
    block = data[start:end]
    suspects = block.translate(None, _OTHER_BYTES)
    return not (
        suspects.translate(None, b"]\xef")
        or (b"]" in suspects and b"]]>" in block)
        or (b"\xef" in suspects and (b"\xef\xbf\xbe" in block or b"\xef\xbf\xbf" in block))
    )


def _fast_activities(data: bytes, operation: str) -> tuple[WorktimeAnswer, list[Event]] | None:
    """The events read from the text of the Activities block, or None to use the tree."""
    if len(data) > DEFAULT_MAX_RESPONSE_BYTES:
        return None  # the tree walk raises ResponseTooLarge
    start = data.find(_OPEN)
    end = data.rfind(_CLOSE)
    if start < 0 or end < start:
        return None
    head = data[:start]
    # Every "<" before the block must be markup, so that the first "<Activities>" is a
    # start tag and not the text of a comment, CDATA section or processing instruction.
    decl = 3 if head.startswith(b"\xef\xbb\xbf") else 0
    if b"<!" in head or head.find(b"<?", decl + 1) >= 0:
        return None
    if head.startswith(b"<?", decl) and not head.startswith(_DECL, decl):
        return None
    if not _legal_characters(data, start + len(_OPEN), end):
        return None
    # The answer without the block, with a marker that proves the block's element is the
    # Activities child the tree walk would read.
    marker = "fast-" + secrets.token_hex(8)
    try:
        answer = open_answer(head + _OPEN + marker.encode() + data[end:], operation)
    except NeptonError:
        return None  # the tree walk raises the error with the whole answer's detail
    docinfo = answer.root.getroottree().docinfo
    if (docinfo.encoding or "").upper() != "UTF-8" or docinfo.xml_version != "1.0":
        return None
    container = _child(answer.root, "Activities")
    if container is None or container.text != marker or len(container):
        return None
    container.text = None
    try:
        block = str(memoryview(data)[start + len(_OPEN) : end], "utf-8")
    except UnicodeDecodeError:
        return None
    if "\r" in block:
        block = block.replace("\r\n", "\n").replace("\r", "\n")
    block = block.strip(" \t\n")
    regex = _ACTIVITY_COMPACT
    events: list[Event] = []
    caches = _Caches()
    try:
        with _gc_paused(len(block) > 1_000_000):
            # In pieces of about _CHUNK characters ending at an "</Activity>": all rows of a big
            # answer at once would hold ~2 million strings, whose fresh memory cost more than
            # the regex (measured). In a block the regex accepts, "</Activity>" can only be an
            # end tag (text holds no "<"); in any other, some piece fails the regex.
            pos, size = 0, len(block)
            while pos < size:
                cut = block.find(_ACTIVITY_END, pos + _CHUNK)
                stop = size if cut < 0 else cut + len(_ACTIVITY_END)
                if stop - pos > _MAX_PIECE:
                    return None
                rows = regex.findall(block, pos, stop)
                if rows[-1][-1]:
                    if regex is _ACTIVITY:
                        return None
                    regex = _ACTIVITY  # white space after all: this piece again, spaced
                    continue
                _events(rows, events, caches)
                pos = stop
    except (_Decline, KeyError, ValueError, TypeError):
        return None
    return answer, events


_CHUNK = 256 * 1024
_ACTIVITY_END = "</Activity>"


class _Caches:
    """raw text -> value caches of one answer, one per kind, shared by required and
    optional fields (the regex never gives a required field as "")."""

    __slots__ = ("decimals", "details", "ints", "strings", "times")

    def __init__(self) -> None:
        self.strings = _Strings({"": None})
        self.ints = _Cache(int, None)
        self.times = _Cache(_fromiso, None)
        self.decimals = _Cache(_decimal, None)
        self.details = _Cache(_details_values, None)


def _events(rows: list[tuple[str, ...]], out: list[Event], caches: _Caches) -> None:
    """Append one Event per regex row, converting column by column.

    Each column goes through one ``map`` over a cache's lookup (or ``int``, or the set of true
    words), so that the per-event Python work is the Event's own ``__init__``: the same
    conversions in a per-event loop cost about twice as much (measured).
    """
    (
        ids,
        users,
        usernames,
        personnels,
        type_ids,
        type_codes,
        type_names,
        begins,
        finishes,
        descriptions,
        projects,
        project_codes,
        approved,
        locked,
        approvers,
        details,
        exts,
        resets,
        changes,
        modifieds,
        _,
    ) = zip(*rows, strict=True)
    ints = caches.ints.__getitem__
    strings = caches.strings.__getitem__
    times = caches.times.__getitem__
    decimals = caches.decimals.__getitem__
    true = _TRUE.__contains__
    if "&" in "".join(approved) or "&" in "".join(locked):
        raise _Decline  # a reference in a boolean; the tree walk reads it
    out.extend(
        map(
            Event,
            map(int, ids),
            map(ints, users),
            map(ints, type_ids),
            map(_fromiso, begins),
            _times(finishes, times),
            map(strings, usernames),
            map(strings, personnels),
            map(strings, type_codes),
            map(strings, type_names),
            _texts(descriptions),
            map(ints, projects),
            map(strings, project_codes),
            map(true, approved),
            map(true, locked),
            map(ints, approvers),
            _details_column(details, caches.details),
            _ext_column(exts),
            map(decimals, resets),
            map(decimals, changes),
            _times(modifieds, times),
        )
    )


def _times(column: tuple[str, ...], cached: Callable[[str], datetime | None]) -> Iterator[Any]:
    # Times are mostly distinct: a cache's misses cost more than converting each directly.
    return map(cached if "" in column else _fromiso, column)


_NONE_IF_EMPTY = {"": None}.get  # map(_NONE_IF_EMPTY, c, c): "" -> None, anything else kept
_SEPARATOR = "\x00"  # never in the block's text: _legal_characters refused it, &#0; declines


def _texts(column: tuple[str, ...]) -> Iterator[str | None]:
    """Free texts that are mostly distinct (descriptions): references replaced in one pass
    over the column joined, not one call per text."""
    joined = _SEPARATOR.join(column)
    if "&" in joined:
        column = tuple(_unescape(joined).split(_SEPARATOR))
    return map(_NONE_IF_EMPTY, column, column)


def _details_column(column: tuple[str, ...], values: _Cache) -> list[ActivityDetails | None]:
    # A new ActivityDetails each time: records are mutable and must not share one.
    return [ActivityDetails(*values[d]) if d else None for d in column]


_EXT_OPEN = "<ExternalIdentifier>"


def _ext_column(column: tuple[str, ...]) -> Iterator[tuple[str, ...]] | list[tuple[str, ...]]:
    """External identifiers of each row; the usual column, exactly one non-empty-tagged
    identifier per row and no white space, in a few passes over the column joined."""
    n = len(column)
    joined = _SEPARATOR.join(column)
    # With no row empty, n end tags and 2n "<" leave room for no "<ExternalIdentifier/>" and
    # for exactly one identifier per row.
    if (
        "" not in column
        and joined.count(_EXT_CLOSE) == n
        and joined.count("<") == 2 * n
        and joined.count(_EXT_CLOSE + _SEPARATOR) == n - 1
        and joined.endswith(_EXT_CLOSE)
    ):
        inner = joined.replace(_EXT_OPEN, "").replace(_EXT_CLOSE, "")
        if "&" in inner:
            inner = _unescape(inner)
        return zip(inner.split(_SEPARATOR))
    return [_ext_ids(e) if e else () for e in column]


_Fields = dict[str, tuple[str, _Converter]]
_Nested = dict[str, tuple[str, Callable[[etree._Element], Any]]]


def _record(el: etree._Element, fields: _Fields, nested: _Nested | None = None) -> dict[str, Any]:
    """Keyword arguments for a record from an element's children, by tag (unknown tags skipped:
    a server may declare more than the contract)."""
    kw: dict[str, Any] = {}
    for c in el:
        spec = fields.get(c.tag)
        if spec is not None:
            kw[spec[0]] = spec[1](c.text)
        elif nested is not None and c.tag in nested:
            name, read = nested[c.tag]
            kw[name] = read(c)
    return kw


def _records(
    answer: WorktimeAnswer,
    operation: str,
    container_tag: str,
    what: str,
    build: Callable[[etree._Element], Any],
) -> list[Any]:
    result: list[Any] = []
    container = _child(answer.root, container_tag)
    if container is None:
        return result
    for el in container:
        try:
            result.append(build(el))
        except (ValueError, TypeError) as exc:
            raise _bad(operation, f"{what} {len(result) + 1}", exc) from None
    return result


# ---------------------------------------------------------------- GetActivityTypes

_ABSENCE_TYPE_FIELDS: _Fields = {
    "Code": ("code", _text),
    "Name": ("name", _text),
    "Compensation": ("compensation", lambda t: Compensation(_text(t))),
    "EarnsVacationDays": ("earns_vacation_days", _bool),
}
_ACTIVITY_TYPE_FIELDS: _Fields = {
    "Id": ("id", _int),
    "InternalName": ("internal_name", _text),
    "Code": ("code", _text),
    "Name": ("name", _text),
    "Category": ("category", lambda t: Category(_text(t))),
    "InUse": ("in_use", _bool),
}
_ACTIVITY_TYPE_NESTED: _Nested = {
    "AbsenceTypes": (
        "absence_types",
        lambda c: tuple(AbsenceType(**_record(a, _ABSENCE_TYPE_FIELDS)) for a in c),
    ),
}


def activity_types(data: bytes) -> tuple[WorktimeAnswer, list[EventType]]:
    op = "GetActivityTypes"
    answer = open_answer(data, op)
    return answer, _records(
        answer,
        op,
        "ActivityTypes",
        "event type",
        lambda el: EventType(**_record(el, _ACTIVITY_TYPE_FIELDS, _ACTIVITY_TYPE_NESTED)),
    )


# ---------------------------------------------------------------- GetProjectsV2

_PROJECT_FIELDS: _Fields = {
    "Id": ("id", _int),
    "Code": ("code", _text),
    "Name": ("name", _text),
    "Description": ("description", _text),
    "ParentId": ("parent_id", _int),
    "ProjectTypeInternalName": ("type_internal_name", _text),
    "StartDate": ("start_date", _date),
    "EndDate": ("end_date", _date),
    "VisibleInTerminal": ("visible_in_terminal", _bool),
    "IsCompleted": ("is_completed", _bool),
    "ModifiedDateTime": ("modified", _datetime),
}
_MANAGER_FIELDS: _Fields = {
    "UserId": ("user_id", _int),
    "Username": ("username", _text),
    "PersonnelNumber": ("personnel_number", _text),
}
_PROJECT_NESTED: _Nested = {
    "ExternalIdentifiers": ("external_identifiers", lambda c: _external_ids(c)),
    "ProjectManagers": (
        "managers",
        lambda c: tuple(ProjectManager(**_record(m, _MANAGER_FIELDS)) for m in c),
    ),
}


def projects(data: bytes, operation: str = "GetProjectsV2") -> tuple[WorktimeAnswer, list[Project]]:
    answer = open_answer(data, operation)
    return answer, _records(
        answer,
        operation,
        "Projects",
        "project",
        lambda el: Project(**_record(el, _PROJECT_FIELDS, _PROJECT_NESTED)),
    )


# ---------------------------------------------------------------- batch writes

_RESULT_FIELDS: _Fields = {
    "Index": ("index", _int),
    "ResponseCode": ("code", _int),
    "ResponseString": ("message", _text),
    "Id": ("id", _int),
    "Created": ("created", _bool),
}
_RESULT_NESTED: _Nested = {
    "ExternalIdentifiers": ("external_identifiers", lambda c: _external_ids(c)),
}


def item_results(data: bytes, operation: str) -> tuple[WorktimeAnswer, list[ItemResult]]:
    """Per-item results of the batch writes (insert, update, delete events; ensure projects)."""
    answer = open_answer(data, operation)
    return answer, _records(
        answer,
        operation,
        "Results",
        "result",
        lambda el: ItemResult(**_record(el, _RESULT_FIELDS, _RESULT_NESTED)),
    )
