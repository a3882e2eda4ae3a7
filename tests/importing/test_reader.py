"""Reading real files of every format: kinds of cell kept, rows numbered as the sheet does."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, time
from pathlib import Path

import openpyxl
import pytest

from nepton_desktop.importing.reader import (
    ReadError,
    column_letter,
    list_sheets,
    normalise_header,
    read_file,
)
from tests.importing.files import write_ods, write_xls, write_xlsx, write_xlsx_xml

ROWS = [
    ["Henkilönumero", "Alkaa", "Tunnit", "Kuvaus"],
    [1001, datetime(2026, 3, 2, 8, 0), 7.5, "a"],
    [1002, date(2026, 3, 3), 8, "b"],
    ["1003", "4.3.2026 8.00", "7,5", None],
]


@pytest.mark.parametrize("writer", [write_xlsx, write_xls, write_ods], ids=["xlsx", "xls", "ods"])
def test_every_format_keeps_the_kind_of_cell(tmp_path: Path, writer) -> None:
    suffix = {write_xlsx: ".xlsx", write_xls: ".xls", write_ods: ".ods"}[writer]
    path = writer(tmp_path / f"events{suffix}", ROWS, "Tapahtumat")
    sheet = read_file(path)
    assert sheet.sheet_name == "Tapahtumat"
    assert sheet.headers == ["Henkilönumero", "Alkaa", "Tunnit", "Kuvaus"]
    assert sheet.header_row == 1
    assert sheet.row_numbers == [2, 3, 4]
    first, second, third = sheet.rows
    assert first[0] == 1001 and type(first[0]) is int  # whole float from calamine -> int
    assert first[1] == datetime(2026, 3, 2, 8, 0)
    assert first[2] == 7.5
    assert isinstance(second[1], date)
    assert second[1] == date(2026, 3, 3) or second[1] == datetime(2026, 3, 3)
    assert second[2] == 8
    assert third == ["1003", "4.3.2026 8.00", "7,5", None]  # text stays text
    assert sheet.typed_cells


def test_header_row_guessed_below_a_title_and_trailing_empties_trimmed(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "t.xlsx",
        [
            ["Tuntiraportti maaliskuu"],
            [],
            ["Employee number", "Start", None, None],
            [1, datetime(2026, 1, 1, 8)],
            [],
            [2, datetime(2026, 1, 2, 8)],
            [],
            [],
        ],
    )
    sheet = read_file(path)
    assert sheet.header_row == 3
    assert sheet.headers == ["Employee number", "Start"]
    assert sheet.row_numbers == [4, 6]
    assert sheet.where(6, 1) == "t.xlsx, sheet 'Sheet1', row 6, column B (Start)"


def test_known_headers_choose_the_sheet(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    first = workbook.active
    assert first is not None
    first.title = "Ohje"
    first.append(["Täytä alla oleva taulukko", "ja tallenna"])
    data = workbook.create_sheet("Data")
    data.append(["Etunimi", "Sukunimi"])
    data.append(["Aino", "Virtanen"])
    workbook.save(tmp_path / "p.xlsx")
    known = {normalise_header("Etunimi"), normalise_header("Sukunimi")}
    sheet = read_file(tmp_path / "p.xlsx", known_headers=known)
    assert sheet.sheet_name == "Data"
    assert sheet.rows == [["Aino", "Virtanen"]]
    assert list_sheets(tmp_path / "p.xlsx") == ["Ohje", "Data"]
    assert read_file(tmp_path / "p.xlsx", sheet="Ohje").sheet_name == "Ohje"
    with pytest.raises(ReadError, match="no sheet named 'Nope'"):
        read_file(tmp_path / "p.xlsx", sheet="Nope")


def test_merged_cells_fill_their_range_and_hidden_rows_are_reported(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    ws = workbook.active
    assert ws is not None
    ws.append(["Yksikkö", "Nimi"])
    ws.append(["Myynti", "Aino"])
    ws.append([None, "Bertil"])
    ws.append([None, "Cecilia"])
    ws.merge_cells("A2:A4")
    ws.row_dimensions[3].hidden = True
    workbook.save(tmp_path / "m.xlsx")
    sheet = read_file(tmp_path / "m.xlsx")
    assert [r[0] for r in sheet.rows] == ["Myynti"] * 3
    assert sheet.hidden_rows == frozenset({3})
    messages = " ".join(str(n.message) for n in sheet.notices)
    assert "merged cells A2:A4" in messages
    assert "hidden row(s)" in messages and ": 3" in messages


def test_formula_cells_read_their_cached_values(tmp_path: Path) -> None:
    path = write_xlsx_xml(
        tmp_path / "f.xlsx",
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Tunnit</t></is></c>'
        '<c r="B1" t="inlineStr"><is><t>Nimi</t></is></c></row>'
        '<row r="2"><c r="A2"><f>3+4.5</f><v>7.5</v></c>'
        '<c r="B2" t="str"><f>CONCAT("A","ino")</f><v>Aino</v></c></row>'
        '<row r="3" hidden="1"><c r="A3"><f>A2*2</f><v>15</v></c></row>',
    )
    sheet = read_file(path)
    assert sheet.rows == [[7.5, "Aino"], [15, None]]
    assert sheet.hidden_rows == frozenset({3})


def test_openpyxl_formulas_without_cached_values_read_empty(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "f.xlsx", [["A", "B"], [1, "=A2*2"]])
    assert read_file(path).rows == [[1, None]]


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("utf-8", ";"), ("utf-8-sig", ","), ("cp1252", "\t"), ("utf-8-sig", ";")],
)
def test_csv_encoding_and_delimiter_detected(tmp_path: Path, encoding: str, delimiter: str) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerows([["Henkilönumero", "Etunimi", "Palkka"], ["1001", "Åsa", "12,50"]])
    writer.writerows([["1002", "Jörö", ""], []])
    text = buffer.getvalue()
    path = tmp_path / "p.csv"
    path.write_bytes(text.encode(encoding))
    sheet = read_file(path)
    assert sheet.delimiter == delimiter
    assert sheet.encoding == encoding
    assert sheet.headers == ["Henkilönumero", "Etunimi", "Palkka"]
    assert sheet.rows == [["1001", "Åsa", "12,50"], ["1002", "Jörö", None]]
    assert not sheet.typed_cells


def test_unknown_and_missing_files_say_which_file(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match=r"x\.pdf: unknown file type"):
        read_file(tmp_path / "x.pdf")
    with pytest.raises(ReadError, match=r"nothere\.xlsx"):
        read_file(tmp_path / "nothere.xlsx")
    (tmp_path / "bad.xlsx").write_bytes(b"not a zip")
    with pytest.raises(ReadError, match=r"bad\.xlsx: cannot be opened"):
        read_file(tmp_path / "bad.xlsx")


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 25, 26, 27, 701, 702)] == [
        "A",
        "Z",
        "AA",
        "AB",
        "ZZ",
        "AAA",
    ]


def test_time_cells(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "t.xlsx", [["Alkuaika", "Loppuaika"], [time(8, 0), time(16, 30)]])
    assert read_file(path).rows == [[time(8, 0), time(16, 30)]]


def test_a_row_of_zeros_is_data_and_short_csv_rows_are_padded(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "z.xlsx", [["A", "B"], [0, 0], [None, None], [1, None]])
    sheet = read_file(path)
    assert sheet.rows == [[0, 0], [1, None]] and sheet.row_numbers == [2, 4]
    csv_path = tmp_path / "short.csv"
    csv_path.write_text("A;B;C\n1\n2;x;y\n", encoding="utf-8")
    assert read_file(csv_path).rows == [["1", None, None], ["2", "x", "y"]]


@pytest.mark.parametrize("writer", [write_xlsx, write_xls, write_ods], ids=["xlsx", "xls", "ods"])
def test_rows_read_row_by_row_match_calamines_full_grid(tmp_path: Path, writer) -> None:
    from python_calamine import CalamineWorkbook

    from nepton_desktop.importing.reader import _sheet_rows

    suffix = {write_xlsx: ".xlsx", write_xls: ".xls", write_ods: ".ods"}[writer]
    grid = [
        [],
        [],
        [None, None, "Nimi", "Alkaa"],
        [None, None, "x", date(2026, 1, 2)],
        [],
        [None, None, None, 5],
    ]
    path = writer(tmp_path / f"offset{suffix}", grid)

    def trimmed(rows: list[list[object]]) -> list[list[object]]:
        out = []
        for r in rows:
            r = list(r)
            while r and r[-1] == "":
                r.pop()
            out.append(r)
        while out and not out[-1]:
            out.pop()
        return out

    with CalamineWorkbook.from_path(str(path)) as book:
        sheet = book.get_sheet_by_index(0)
        assert trimmed(_sheet_rows(sheet)) == trimmed(sheet.to_python(skip_empty_area=False))
    data = read_file(path)
    assert data.header_row == 3 and data.headers[2:] == ["Nimi", "Alkaa"]
    assert data.where(4, 2).endswith("row 4, column C (Nimi)")
    assert data.row_numbers == [4, 6]


def test_empty_leading_columns_are_not_reported_unmapped(tmp_path: Path) -> None:
    from nepton_desktop.importing.pipeline import dry_run
    from tests.importing.live_fixture import community

    path = write_xlsx(
        tmp_path / "e.xlsx",
        [
            [None, "Henkilönumero", "Tyyppi", "Alkaa", None, "Huom"],
            [None, "1003", "TYO", datetime(2026, 4, 1, 8), "stray", None],
        ],
    )
    plan = dry_run(path, "events", community()).plan
    assert sorted((w.letter, w.column) for w in plan.warnings) == [("E", "E"), ("F", "Huom")]
