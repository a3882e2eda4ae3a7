"""Answers in the contract's shape, written with lxml's element API (test helper).

Independent of the client's codec, which writes strings: a symmetric escaping bug cannot
hide between the two.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from lxml import etree

SOAP_ENV = "http://schemas.xmlsoap.org/soap/envelope/"
WT = "http://tyoaika.tyoteho.fi"
HR = "http://tempuri.org/"

Tree = Sequence[tuple[str, Any]]  # (tag, text | Tree)


def _fill(parent: etree._Element, children: Tree, ns: str | None) -> None:
    for tag, value in children:
        el = etree.SubElement(parent, f"{{{ns}}}{tag}" if ns else tag)
        if isinstance(value, list | tuple):
            _fill(el, value, ns)
        elif value is not None:
            el.text = str(value)


def envelope(root_el: etree._Element) -> bytes:
    env = etree.Element(f"{{{SOAP_ENV}}}Envelope", nsmap={"soapenv": SOAP_ENV})
    body = etree.SubElement(env, f"{{{SOAP_ENV}}}Body")
    body.append(root_el)
    return etree.tostring(env, xml_declaration=True, encoding="utf-8")


def worktime(operation: str, code: int, children: Tree = (), message: str | None = None) -> bytes:
    root = etree.Element(f"{{{WT}}}ReturnValueFor{operation}", nsmap={"tyo": WT})
    items: list[tuple[str, Any]] = [("ResponseCode", code)]
    if message is not None:
        items.append(("ResponseString", message))
    _fill(root, [*items, *children], None)
    return envelope(root)


def hr(operation: str, result: Tree) -> bytes:
    root = etree.Element(f"{{{HR}}}{operation}Response", nsmap={None: HR})
    _fill(root, [(f"{operation}Result", list(result))], HR)
    return envelope(root)


def fault(code: str, text: str) -> bytes:
    f = etree.Element(f"{{{SOAP_ENV}}}Fault")
    _fill(f, [("faultcode", code), ("faultstring", text)], None)
    return envelope(f)


def results(items: Iterable[Mapping[str, Any]]) -> list[tuple[str, Any]]:
    out = []
    for item in items:
        fields = [(k, v) for k, v in item.items() if v is not None]
        out.append(("Result", fields))
    return [("Results", out)]


def root_of(data: bytes) -> etree._Element:
    return etree.fromstring(data)[0][0]
