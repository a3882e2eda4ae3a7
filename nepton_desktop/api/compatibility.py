"""Compatibility check: what the client uses that a live server's WSDL does not declare.

The client's used set is derived from the contract (resources/wsdl) by walking, for each
operation the codec builds and parses (``contract.WORKTIME_OPERATIONS``/``HR_OPERATIONS``),
the request and response elements down to every leaf. The live WSDL is walked the same
way; each used operation or element path it lacks is reported. Because the contract marks
inferred elements, the report is the short list of guesses a real server contradicts.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree

from nepton_desktop.api.contract import HR_OPERATIONS, HR_WSDL, WORKTIME_OPERATIONS, WORKTIME_WSDL
from nepton_desktop.api.errors import BadResponse

if TYPE_CHECKING:
    from nepton_desktop.api.service import NeptonService

XS = "http://www.w3.org/2001/XMLSchema"
WSDL = "http://schemas.xmlsoap.org/wsdl/"


@dataclass(frozen=True, slots=True)
class Missing:
    api: str
    kind: str  # "operation" | "element"
    name: str  # operation name, or element path "Root/Child/Leaf"

    def __str__(self) -> str:
        return f"{self.api}: {self.kind} {self.name} is not declared by the server"


@dataclass(frozen=True, slots=True)
class Declared:
    operations: frozenset[str]
    paths: frozenset[str]


def _local(name: str) -> str:
    return name.rpartition(":")[2]


class _Schemas:
    """Global elements, complex types and groups of every xs:schema in a WSDL."""

    def __init__(self, wsdl: etree._Element) -> None:
        self.elements: dict[str, etree._Element] = {}
        self.types: dict[str, etree._Element] = {}
        self.groups: dict[str, etree._Element] = {}
        for schema in wsdl.iter(f"{{{XS}}}schema"):
            for child in schema:
                name = child.get("name")
                if not name:
                    continue
                if child.tag == f"{{{XS}}}element":
                    self.elements[name] = child
                elif child.tag == f"{{{XS}}}complexType":
                    self.types[name] = child
                elif child.tag == f"{{{XS}}}group":
                    self.groups[name] = child

    def paths_of(self, root: str) -> Iterator[str]:
        decl = self.elements.get(root)
        if decl is None:
            return
        yield root
        yield from self._element_content(decl, root, frozenset())

    def _element_content(
        self, decl: etree._Element, path: str, seen: frozenset[str]
    ) -> Iterator[str]:
        type_name = decl.get("type")
        if type_name is not None:
            ct = self.types.get(_local(type_name))
            if ct is not None and type_name not in seen:
                yield from self._particles(ct, path, seen | {type_name})
            return
        for inline in decl.iterchildren(f"{{{XS}}}complexType"):
            yield from self._particles(inline, path, seen)

    def _particles(self, node: etree._Element, path: str, seen: frozenset[str]) -> Iterator[str]:
        for child in node.iterchildren(tag=etree.Element):
            tag = etree.QName(child).localname
            if tag == "element":
                ref = child.get("ref")
                decl = self.elements.get(_local(ref)) if ref else child
                name = _local(ref) if ref else child.get("name")
                if decl is None or not name:
                    continue
                sub = f"{path}/{name}"
                yield sub
                yield from self._element_content(decl, sub, seen)
            elif tag == "group":
                group = self.groups.get(_local(child.get("ref") or ""))
                if group is not None:
                    yield from self._particles(group, path, seen)
            elif tag in ("sequence", "choice", "all", "complexContent", "extension"):
                base = child.get("base")
                if tag == "extension" and base and base not in seen:
                    ct = self.types.get(_local(base))
                    if ct is not None:
                        yield from self._particles(ct, path, seen | {base})
                yield from self._particles(child, path, seen)


def _parse_wsdl(data: bytes) -> etree._Element:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise BadResponse(
            f"the WSDL is not well-formed XML ({exc.msg})", operation="WSDL"
        ) from None
    if root.getroottree().docinfo.doctype:  # type: ignore[union-attr]
        raise BadResponse("the WSDL declares a DOCTYPE, which is refused", operation="WSDL")
    return root


def declared(wsdl_bytes: bytes, roots: dict[str, tuple[str, str]]) -> Declared:
    """Operations and element paths a WSDL declares, walked from the given operations' roots."""
    wsdl = _parse_wsdl(wsdl_bytes)
    operations = frozenset(
        op.get("name") or "" for op in wsdl.iter(f"{{{WSDL}}}operation") if op.get("name")
    )
    schemas = _Schemas(wsdl)
    paths: set[str] = set()
    for request_root, response_root in roots.values():
        paths.update(schemas.paths_of(request_root))
        paths.update(schemas.paths_of(response_root))
    return Declared(operations, frozenset(paths))


def _contract(api: str) -> tuple[Path, dict[str, tuple[str, str]]]:
    if api == "worktime":
        return WORKTIME_WSDL, WORKTIME_OPERATIONS
    return HR_WSDL, HR_OPERATIONS


def used(api: str) -> Declared:
    """What the client uses of one API: its operations and every element path under them."""
    path, operations = _contract(api)
    full = declared(path.read_bytes(), operations)
    return Declared(frozenset(operations), full.paths)


def compare(api: str, live_wsdl: bytes) -> list[Missing]:
    """Each used operation and element path that the live WSDL does not declare."""
    _, operations = _contract(api)
    ours = used(api)
    theirs = declared(live_wsdl, operations)
    missing = [Missing(api, "operation", op) for op in sorted(ours.operations - theirs.operations)]
    missing += [Missing(api, "element", p) for p in sorted(ours.paths - theirs.paths)]
    return missing


async def check_live(service: NeptonService) -> dict[str, list[Missing]]:
    """Fetch both live WSDLs (``<url>?WSDL``) through the service's transport and compare."""
    report: dict[str, list[Missing]] = {}
    for api, url in (("worktime", service.profile.worktime_url), ("hr", service.profile.hr_url)):
        document = await service.transport.get_document(f"{url}?WSDL")
        report[api] = compare(api, document)
    return report
