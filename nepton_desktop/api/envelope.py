"""SOAP 1.1 envelopes: wrapping a request body, and safely opening a response.

Responses are parsed without entity expansion, DTD loading or network access, and a
document with a DOCTYPE is refused outright: Nepton has no reason to send one, and it is
how entity-expansion attacks arrive.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from lxml import etree

from nepton_desktop.api.errors import BadResponse, ResponseTooLarge, SoapFault

SOAP_ENV = "http://schemas.xmlsoap.org/soap/envelope/"
WORKTIME_NS = "http://tyoaika.tyoteho.fi"
HR_NS = "http://tempuri.org/"

_BODY = f"{{{SOAP_ENV}}}Body"
_FAULT = f"{{{SOAP_ENV}}}Fault"

# The default maximum response size; a GetActivitiesV5 answer of 100,000 events is about
# 60 MB, so this leaves room for big reads while stopping a runaway answer.
DEFAULT_MAX_RESPONSE_BYTES = 256 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class SoapRequest:
    """One request ready for the wire."""

    api: str  # "worktime" | "hr"
    operation: str
    soap_action: str
    body: bytes
    items: int = 0  # number of batch items or filter values, for the request log
    is_write: bool = False


def worktime_envelope(root: str, inner: str) -> bytes:
    # Children are unqualified (elementFormDefault="unqualified"), only the root is tyo:.
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<soapenv:Envelope xmlns:soapenv="{SOAP_ENV}" xmlns:tyo="{WORKTIME_NS}">'
        f"<soapenv:Header/><soapenv:Body><tyo:{root}>{inner}</tyo:{root}>"
        "</soapenv:Body></soapenv:Envelope>"
    ).encode()


def hr_envelope(root: str, inner: str) -> bytes:
    # ASMX: the default namespace on the operation element qualifies every child.
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<soap:Envelope xmlns:soap="{SOAP_ENV}">'
        f'<soap:Body><{root} xmlns="{HR_NS}">{inner}</{root}></soap:Body></soap:Envelope>'
    ).encode()


def _make_parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
        dtd_validation=False,
        remove_comments=True,
        remove_pis=True,
    )


# lxml parsers are not thread-safe and big answers are parsed in worker threads (so that
# the GUI loop never stalls), hence one parser per thread.
_local = threading.local()


def _parser() -> etree.XMLParser:
    parser: etree.XMLParser | None = getattr(_local, "parser", None)
    if parser is None:
        parser = _local.parser = _make_parser()
    return parser


def parse_envelope(
    data: bytes, operation: str, max_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
) -> etree._Element:
    """Return the first element inside soap:Body, raising SoapFault or BadResponse."""
    if len(data) > max_bytes:
        # The transport stops reading at its limit; this guards callers that parse bytes
        # from elsewhere (files, tests).
        raise ResponseTooLarge(f"{len(data):,} bytes", operation=operation, sent=True)
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        raise BadResponse(f"not well-formed XML ({exc.msg})", operation=operation) from None
    if root.getroottree().docinfo.doctype:  # type: ignore[union-attr]
        raise BadResponse("the answer declares a DOCTYPE, which is refused", operation=operation)
    if root.tag != f"{{{SOAP_ENV}}}Envelope":
        raise BadResponse("not a SOAP 1.1 envelope", operation=operation)
    body = None
    for child in root:
        if child.tag == _BODY:
            body = child
            break
    if body is None or len(body) == 0:
        raise BadResponse("the SOAP body is missing or empty", operation=operation)
    payload = body[0]
    if payload.tag == _FAULT:
        raise SoapFault(
            payload.findtext("faultcode") or "",
            payload.findtext("faultstring") or "",
            operation=operation,
        )
    return payload


def expect_root(payload: etree._Element, ns: str, name: str, operation: str) -> None:
    if payload.tag != f"{{{ns}}}{name}":
        raise BadResponse(
            f"expected {name} in the answer, got {etree.QName(payload).localname}",
            operation=operation,
        )
