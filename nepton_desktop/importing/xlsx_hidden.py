"""Hidden rows of an .xlsx/.xlsm sheet, which calamine does not expose.

Loading the workbook with openpyxl only for this would cost 20 s on a 100,000-row sheet (it
builds every cell), so the sheet's XML is streamed out of the zip and scanned for
``<row ... hidden="1">`` with a regular expression. The scan is skipped entirely when the
cheap substring test finds no ``hidden=`` at all, which is the usual case. For .xls and .ods
hidden rows are not reported (documented in the reader).
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from pathlib import Path

from defusedxml import ElementTree

_MAIN_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_ROW_TAG = re.compile(rb"<(?:\w+:)?row\b[^>]*>")
_HIDDEN = re.compile(rb"""\bhidden\s*=\s*["'](?:1|true)["']""")
_ROW_NUMBER = re.compile(rb"""\br\s*=\s*["'](\d+)["']""")
_CHUNK = 1 << 22  # 4 MiB: fewer round trips through zipfile per sheet


def _sheet_part(archive: zipfile.ZipFile, sheet_name: str) -> str | None:
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    rel_id = None
    for sheet in workbook.iter(f"{_MAIN_NS}sheet"):
        if sheet.get("name") == sheet_name:
            rel_id = sheet.get(f"{_REL_NS}id")
    if rel_id is None:
        return None
    rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    for rel in rels.iter(f"{_PKG_REL_NS}Relationship"):
        if rel.get("Id") == rel_id:
            target = str(rel.get("Target", ""))
            if target.startswith("/"):
                return target.lstrip("/")
            return posixpath.normpath(posixpath.join("xl", target))
    return None


def hidden_rows(path: Path, sheet_name: str) -> frozenset[int]:
    """Sheet row numbers (1-based, as the spreadsheet shows them) of hidden rows."""
    try:
        with zipfile.ZipFile(path) as archive:
            part = _sheet_part(archive, sheet_name)
            if part is None or part not in archive.namelist():
                return frozenset()
            found: set[int] = set()
            carry = b""
            with archive.open(part) as stream:
                while chunk := stream.read(_CHUNK):
                    data = carry + chunk
                    # A row tag may straddle two chunks: keep the tail after the last "<".
                    cut = data.rfind(b"<")
                    data, carry = (data[:cut], data[cut:]) if cut >= 0 else (data, b"")
                    if b"hidden" not in data:
                        continue
                    for tag in _ROW_TAG.finditer(data):
                        if _HIDDEN.search(tag.group(0)):
                            number = _ROW_NUMBER.search(tag.group(0))
                            if number:
                                found.add(int(number.group(1)))
            return frozenset(found)
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, OSError):
        return frozenset()
