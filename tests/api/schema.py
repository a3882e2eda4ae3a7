"""The contract's XML Schemas, for validating what the client builds (test helper)."""

from __future__ import annotations

import functools

from lxml import etree

from nepton_desktop.api.contract import HR_WSDL, WORKTIME_WSDL

XS = "http://www.w3.org/2001/XMLSchema"
SOAP_ENV = "http://schemas.xmlsoap.org/soap/envelope/"


@functools.cache
def schema(api: str) -> etree.XMLSchema:
    wsdl = etree.parse(str(WORKTIME_WSDL if api == "worktime" else HR_WSDL))
    schema_el = wsdl.find(f".//{{{XS}}}schema")
    assert schema_el is not None
    return etree.XMLSchema(etree.fromstring(etree.tostring(schema_el)))


def body_child(envelope: bytes) -> etree._Element:
    root = etree.fromstring(envelope)
    assert root.tag == f"{{{SOAP_ENV}}}Envelope"
    body = root.find(f"{{{SOAP_ENV}}}Body")
    assert body is not None and len(body) == 1
    return body[0]


def assert_valid(api: str, envelope: bytes) -> etree._Element:
    """Validate the Body's child against the contract; return it."""
    child = body_child(envelope)
    s = schema(api)
    doc = etree.fromstring(etree.tostring(child))
    if not s.validate(doc):
        raise AssertionError(f"not valid against the {api} contract: {s.error_log}")
    return child
