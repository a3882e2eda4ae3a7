"""The GetActivitiesV5 fast path (regex over the Activities text) against the tree walk.

Whenever the fast path answers, its records must equal the tree walk's; on any shape it does
not handle it must decline (return None) so that the tree walk answers or raises.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nepton_desktop.api import worktime_responses as wr
from nepton_desktop.api.errors import NeptonError

HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"'
    ' xmlns:tyo="http://tyoaika.tyoteho.fi"><soapenv:Body>'
    "<tyo:ReturnValueForGetActivitiesV5><ResponseCode>1000</ResponseCode>"
    "<ResponseString>OK</ResponseString>"
)
TAIL = "</tyo:ReturnValueForGetActivitiesV5></soapenv:Body></soapenv:Envelope>"

FULL = (
    "<Activity><Id>10</Id><UserId>7</UserId><UserName>matti.m</UserName>"
    "<PersonnelNumber>1001</PersonnelNumber><ActivityTypeId>1</ActivityTypeId>"
    "<ActivityTypeCode>TYO</ActivityTypeCode><ActivityTypeInternalName>work"
    "</ActivityTypeInternalName><StartTime>2026-01-05T08:00:00</StartTime>"
    "<EndTime>2026-01-05T16:00:00</EndTime><Description>a &amp; b &lt;c&gt; &#x41;&#66;"
    "</Description><ProjectId>3</ProjectId><ProjectCode>P3</ProjectCode>"
    "<IsApproved>true</IsApproved><IsLocked>0</IsLocked><ApproverUserId>2</ApproverUserId>"
    "<ActivityDetails><AbsenceTypeCode>SL</AbsenceTypeCode><AdditionalInfo>Sick"
    "</AdditionalInfo><Compensation>Paid</Compensation><EarnsVacationDays>1"
    "</EarnsVacationDays></ActivityDetails><ExternalIdentifiers><ExternalIdentifier>nd-1"
    "</ExternalIdentifier><ExternalIdentifier/><ExternalIdentifier>x&amp;y"
    "</ExternalIdentifier></ExternalIdentifiers><ResetValue>1.50</ResetValue>"
    "<ChangeValue>-2</ChangeValue><ModifiedDateTime>2026-01-06T10:00:00</ModifiedDateTime>"
    "</Activity>"
)
MINIMAL = (
    "<Activity><Id>11</Id><UserId>7</UserId><ActivityTypeId>1</ActivityTypeId>"
    "<StartTime>2026-01-05T08:00:00</StartTime></Activity>"
)


@pytest.fixture(autouse=True, params=[None, 1, 700], ids=["chunk-default", "chunk-1", "chunk-700"])
def _chunk(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Also read the block in tiny pieces, so that every piece boundary is exercised."""
    if request.param is not None:
        monkeypatch.setattr(wr, "_CHUNK", request.param)


def answer(block: str, head: str = HEAD, tail: str = TAIL) -> bytes:
    return f"{head}<Activities>{block}</Activities>{tail}".encode()


def tree_walk(data: bytes) -> Any:
    """The tree walk's outcome: (code, message, events), or the error class it raises."""
    try:
        a = wr.open_answer(data, "GetActivitiesV5")
        events: list[Any] = []
        container = wr._child(a.root, "Activities")
        if container is not None:
            wr._read_activities(container, events, "GetActivitiesV5")
    except NeptonError as exc:
        return type(exc)
    return (a.code, a.message, events)


def check(data: bytes, *, fast: bool | None = None) -> Any:
    """Both ways agree; ``fast`` says whether the fast path must answer (None: either)."""
    expected = tree_walk(data)
    got = wr._fast_activities(data, "GetActivitiesV5")
    if fast is not None:
        assert (got is not None) == fast
    if got is not None:
        assert not isinstance(expected, type), "fast path accepted what the tree refuses"
        assert (got[0].code, got[0].message, got[1]) == expected
    # The public function gives the tree walk's answer either way.
    try:
        a, events = wr.activities(data)
        assert (a.code, a.message, events) == expected
    except NeptonError as exc:
        assert type(exc) is expected
    return expected


def test_full_and_minimal_take_the_fast_path() -> None:
    code, _, events = check(answer(FULL + MINIMAL), fast=True)
    assert code == 1000 and [e.id for e in events] == [10, 11]
    assert events[0].description == "a & b <c> AB"
    assert events[0].external_identifiers == ("nd-1", "", "x&y")


@pytest.mark.parametrize(
    "block",
    [
        "",
        "\n  ",
        MINIMAL.replace("</StartTime>", "</StartTime><IsApproved>maybe</IsApproved>"),
        "\n  " + FULL.replace("><", ">\n    <") + "\n",
        "\r\n" + FULL.replace("><", ">\r\n<") + "\r",
        MINIMAL.replace("</UserId>", "</UserId><UserName/>"),
        MINIMAL.replace("</StartTime>", "</StartTime><EndTime></EndTime><Description/>"),
        MINIMAL.replace("</StartTime>", "</StartTime><ActivityDetails/>"),
        MINIMAL.replace("</StartTime>", "</StartTime><ExternalIdentifiers/>"),
        MINIMAL.replace("</StartTime>", "</StartTime><Description>a&#13;b&#xD;</Description>"),
        MINIMAL.replace(
            "</StartTime>", "</StartTime><Description>x&amp;lt;&quot;&apos;y</Description>"
        ),
        # bytes that make the character check look closer, in text where they are legal
        MINIMAL.replace(
            "</StartTime>", "</StartTime><Description>[a]] ]>\uf000\ufffd</Description>"
        ),
        MINIMAL.replace("<UserId>7</UserId>", "<UserId>7</UserId><UserName>\u00e4]</UserName>"),
    ],
)
def test_regular_shapes_take_the_fast_path(block: str) -> None:
    check(answer(block), fast=True)


HOSTILE = [
    MINIMAL.replace("<Id>11</Id>", "<Id><![CDATA[11]]></Id>"),
    MINIMAL.replace("<Id>11</Id>", "<Id>1<!-- c -->1</Id>"),
    MINIMAL.replace("<Id>11</Id>", "<Id>1<?pi x?>1</Id>"),
    MINIMAL.replace("<Id>11</Id>", '<Id a="1">11</Id>'),
    MINIMAL.replace("<Id>11</Id>", "<Id>&#49;1</Id>"),
    MINIMAL.replace("<Activity>", '<Activity xmlns="urn:other">'),
    MINIMAL.replace("<Activity>", '<x:Activity xmlns:x="urn:x">').replace(
        "</Activity>", "</x:Activity>"
    ),
    MINIMAL.replace("<UserId>7</UserId>", "").replace(
        "</StartTime>", "</StartTime><UserId>7</UserId>"
    ),
    MINIMAL.replace("<Id>11</Id>", "<Id>11</Id><Id>12</Id>"),
    MINIMAL.replace("<Id>11</Id>", "<Id>x</Id>"),
    MINIMAL.replace("<Id>11</Id>", "<Id/>"),
    MINIMAL.replace("<Id>11</Id>", ""),
    MINIMAL.replace("</StartTime>", "</StartTime><Unknown>1</Unknown>"),
    MINIMAL.replace(
        "</StartTime>", "</StartTime><ActivityDetails><AdditionalInfo/></ActivityDetails>"
    ),
    MINIMAL.replace(
        "</StartTime>",
        "</StartTime><ActivityDetails><AdditionalInfo>Nope</AdditionalInfo></ActivityDetails>",
    ),
    MINIMAL.replace(
        "</StartTime>",
        "</StartTime><ActivityDetails><Compensation>Paid"
        "</Compensation><AbsenceTypeCode>SL</AbsenceTypeCode></ActivityDetails>",
    ),
    MINIMAL.replace(
        "</StartTime>", "</StartTime><ExternalIdentifiers><Other>1</Other></ExternalIdentifiers>"
    ),
    MINIMAL.replace("<Activity>", "<Other>").replace("</Activity>", "</Other>"),
    MINIMAL + "<!-- trailing -->",
    MINIMAL + "text between",
    MINIMAL + "<![CDATA[" + MINIMAL + "]]>",
    MINIMAL.replace("</StartTime>", "</StartTime><Description>a]]>b</Description>"),
    MINIMAL.replace("</StartTime>", "</StartTime><Description>a&bogus;b</Description>"),
    MINIMAL.replace("</StartTime>", "</StartTime><Description>a&#0;b</Description>"),
    MINIMAL.replace("</StartTime>", "</StartTime><Description>a&#xFFFE;b</Description>"),
    MINIMAL.replace("</StartTime>", "</StartTime><Description>a\x01b</Description>"),
    # characters XML forbids, raw, in each kind of field
    MINIMAL.replace("<UserId>7</UserId>", "<UserId>7</UserId><UserName>a\x0bb</UserName>"),
    MINIMAL.replace("</StartTime>", "</StartTime><Description>a\x1f</Description>"),
    MINIMAL.replace("</StartTime>", "</StartTime><Description>a\ufffe</Description>"),
    MINIMAL.replace("</StartTime>", "</StartTime><Description>\uffffb</Description>"),
    MINIMAL.replace("</StartTime>", "</StartTime><ProjectId>\x003</ProjectId>"),
    MINIMAL.replace(
        "</StartTime>",
        "</StartTime><ExternalIdentifiers><ExternalIdentifier>a\x1b</ExternalIdentifier>"
        "</ExternalIdentifiers>",
    ),
    MINIMAL.replace("<UserId>7</UserId>", "<UserId>7</UserId><UserName>a]]>b</UserName>"),
    # references where the fast path reads numbers, dates and booleans
    MINIMAL.replace("</StartTime>", "</StartTime><IsApproved>tru&#101;</IsApproved>"),
    MINIMAL.replace("</StartTime>", "</StartTime><IsLocked>&#49;</IsLocked>"),
    MINIMAL.replace("<UserId>7</UserId>", "<UserId>&#55;</UserId>"),
    MINIMAL.replace("</StartTime>", "</StartTime><EndTime>2026-01-05T0&#56;:00</EndTime>"),
    MINIMAL.replace("</StartTime>", "</StartTime><ResetValue>1&#46;5</ResetValue>"),
    MINIMAL.replace("</StartTime>", "</StartTime><Description>a & b</Description>"),
    MINIMAL.replace("</Id>", "</Id >"),
    MINIMAL.replace("</Activity>", ""),
    "<Activity>" + MINIMAL,
]


@pytest.mark.parametrize("block", HOSTILE)
def test_hostile_shapes_agree_with_the_tree_walk(block: str) -> None:
    check(answer(block), fast=False)


@pytest.mark.parametrize(
    "data",
    [
        # the first "<Activities>" is inside a comment, with a real empty one after it
        (HEAD + "<!-- <Activities>" + MINIMAL + "</Activities> --><Activities/>" + TAIL).encode(),
        # ... or inside a processing instruction at the start
        (
            "<?foo <Activities>" + MINIMAL + "</Activities>?>" + HEAD + "<Activities/>" + TAIL
        ).encode(),
        # a CDATA section in the head
        (HEAD + "<x><![CDATA[<Activities>" + MINIMAL + "</Activities>]]></x>" + TAIL).encode(),
        # an earlier empty Activities child wins in the tree walk
        (HEAD + "<Activities/><Activities>" + MINIMAL + "</Activities>" + TAIL).encode(),
        # Activities not a child of the answer element
        (HEAD + "<x><Activities>" + MINIMAL + "</Activities></x>" + TAIL).encode(),
        # a default namespace in scope qualifies the block
        answer(
            MINIMAL,
            head=HEAD.replace(
                "<tyo:ReturnValueForGetActivitiesV5>",
                '<tyo:ReturnValueForGetActivitiesV5 xmlns="urn:x">',
            ),
        ),
        # a DOCTYPE with an entity
        answer(MINIMAL, head='<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]>' + HEAD[38:]),
        # another encoding
        answer(MINIMAL, head=HEAD.replace("UTF-8", "ISO-8859-1")),
        # a fault
        answer(
            MINIMAL,
            head=HEAD.replace(
                "<tyo:ReturnValueForGetActivitiesV5>",
                "<soapenv:Fault><faultcode>c</faultcode><faultstring>s</faultstring><detail>",
            ),
        ).replace(b"</tyo:ReturnValueForGetActivitiesV5>", b"</detail></soapenv:Fault>"),
        # not well-formed after the block
        answer(MINIMAL, tail="</soapenv:Body></soapenv:Envelope>"),
        answer(MINIMAL)[:-5],
        # invalid UTF-8 inside the block
        answer(MINIMAL).replace(b"<StartTime>", b"<UserName>\xff</UserName><StartTime>"),
    ],
)
def test_hostile_envelopes_decline(data: bytes) -> None:
    check(data, fast=False)


def test_forbidden_bytes_outside_the_block_are_left_to_the_envelope_parser() -> None:
    # "]]>" closing a CDATA section and U+FFFD after the block are legal: the fast path stays.
    check(answer(FULL, tail="<x><![CDATA[a]]></x>\ufffd" + TAIL), fast=True)
    # A raw control character after the block is not; the envelope parser refuses it.
    check(answer(FULL, tail="<x>\x01</x>" + TAIL), fast=False)


def test_an_activity_longer_than_a_piece_may_be_goes_the_tree_walk_way(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(wr, "_MAX_PIECE", len(FULL) - 1)
    check(answer(MINIMAL + FULL), fast=False)
    monkeypatch.setattr(wr, "_MAX_PIECE", len(MINIMAL + FULL))
    check(answer(MINIMAL + FULL), fast=True)


def test_a_byte_order_mark_and_no_declaration_are_fine() -> None:
    check(b"\xef\xbb\xbf" + answer(FULL), fast=True)
    check(answer(FULL, head=HEAD[38:]), fast=True)


def test_white_space_after_compact_pieces_and_hostile_last_piece() -> None:
    compact = FULL * 5
    check(answer(compact + "\n" + FULL.replace("><", ">\n<") + " "), fast=True)
    check(answer(compact + MINIMAL.replace("<Id>11</Id>", "<Id>1<!---->1</Id>")), fast=False)
    check(answer(compact + "<Activity>" + compact), fast=False)


def test_bad_value_still_names_the_item() -> None:
    from nepton_desktop.api.errors import BadResponse

    with pytest.raises(BadResponse, match="activity 2"):
        wr.activities(answer(MINIMAL + MINIMAL.replace("<Id>11</Id>", "<Id>x</Id>")))


# Text as XML allows it in element content: any legal character, escaped as lxml would not
# necessarily do it (references of every kind, CDATA, comments, CR LF).
_CHARS = st.characters(
    blacklist_categories=("Cs",),
    blacklist_characters="\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f\x10\x11\x12"
    "\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f\ufffe\uffff",
)


def _piece(ch: str, how: int) -> str:
    if ch == "&" or ch == "<":
        how = max(how, 1)
    if how == 0:
        return ch
    if how == 1:
        return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;"}.get(
            ch, f"&#{ord(ch)};"
        )
    if how == 2:
        return f"&#x{ord(ch):X};"
    return f"<![CDATA[{ch}]]>" if ch != ">" else "&gt;"


_TEXT = st.lists(st.tuples(_CHARS, st.integers(0, 20)), max_size=12).map(
    lambda items: "".join(_piece(c, h if h < 4 else 0) for c, h in items)
)
_WS = st.sampled_from(["", "", " ", "\n", "\r\n", "\t"])


@st.composite
def _activity(draw: st.DrawFn) -> str:
    ws = draw(_WS)
    parts = [
        f"<Id>{draw(st.integers(1, 10**6))}</Id>",
        f"<UserId>{draw(st.integers(1, 9))}</UserId>",
    ]

    def opt(tag: str, value: st.SearchStrategy[str]) -> None:
        form = draw(st.integers(0, 3))
        if form == 1:
            parts.append(f"<{tag}/>")
        elif form >= 2:
            parts.append(f"<{tag}>{draw(value)}</{tag}>")

    opt("UserName", _TEXT)
    opt("PersonnelNumber", _TEXT)
    parts.append(f"<ActivityTypeId>{draw(st.sampled_from(['1', ' 5 ', '+2']))}</ActivityTypeId>")
    opt("ActivityTypeCode", _TEXT)
    opt("ActivityTypeInternalName", _TEXT)
    dates = st.sampled_from(["2026-01-05T08:00:00", "2026-01-05T08:00", "2026-01-05"])
    parts.append(f"<StartTime>{draw(dates)}</StartTime>")
    opt("EndTime", dates)
    opt("Description", _TEXT)
    opt("ProjectId", st.sampled_from(["3", "12"]))
    opt("ProjectCode", _TEXT)
    opt("IsApproved", st.sampled_from(["true", "false", "1", "0"]))
    opt("IsLocked", st.sampled_from(["true", "false", "1", "0"]))
    opt("ApproverUserId", st.sampled_from(["3", "12"]))
    if draw(st.booleans()):
        inner = ""
        for tag, value in [
            ("AbsenceTypeCode", _TEXT),
            ("AdditionalInfo", st.sampled_from(["Sick", "ChildSick"])),
            ("MedicalCertificate", st.sampled_from(["NotKnown", "NotReceived"])),
            ("ReasonCode", _TEXT),
            ("Compensation", st.sampled_from(["Paid", "Unpaid"])),
            ("EarnsVacationDays", st.sampled_from(["true", "0"])),
        ]:
            if draw(st.booleans()):
                inner += f"<{tag}>{draw(value)}</{tag}>" + ws
        parts.append(f"<ActivityDetails>{ws}{inner}</ActivityDetails>")
    if draw(st.booleans()):
        ids = draw(st.lists(_TEXT, max_size=3))
        inner = ws.join(f"<ExternalIdentifier>{t}</ExternalIdentifier>" for t in ids)
        parts.append(f"<ExternalIdentifiers>{inner}</ExternalIdentifiers>")
    opt("ResetValue", st.sampled_from(["1.50", "-2", "0"]))
    opt("ChangeValue", st.sampled_from(["1.50", "-2", "0"]))
    opt("ModifiedDateTime", dates)
    return "<Activity>" + ws + ws.join(parts) + ws + "</Activity>"


@settings(max_examples=300, deadline=None)
@given(st.lists(_activity(), max_size=4), _WS)
def test_random_answers_agree_with_the_tree_walk(acts: list[str], ws: str) -> None:
    check(answer(ws + ws.join(acts) + ws))
