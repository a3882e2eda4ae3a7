"""Matching spreadsheet headers to fields, saving and re-applying mappings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nepton_desktop.domain.columns import Entity
from nepton_desktop.importing.mapping import (
    MappingError,
    MappingStore,
    guess_mapping,
    known_header_names,
    load_mapping_file,
)


def test_finnish_swedish_and_english_headers_match() -> None:
    headers = ["Henkilönumero", "FÖRNAMN", "last_name", "  E-mail ", "Työsuhteen alkupäivä", "X"]
    mapping = guess_mapping(Entity.PERSONNEL, headers)
    assert mapping.by_key == {
        "employee_number": 0,
        "first_name": 1,
        "last_name": 2,
        "email": 3,
        "employment_start": 4,
    }
    assert [m.header for m in mapping.unmapped] == ["X"]
    assert mapping.missing_required() == []


def test_small_typos_match_and_are_marked_similar() -> None:
    mapping = guess_mapping(Entity.PERSONNEL, ["Henkilönumro", "Etunimii", "Sukunimi"])
    assert mapping.by_key["employee_number"] == 0
    assert mapping.matches[0].how == "similar"
    assert mapping.matches[1].key == "first_name"
    assert mapping.matches[2].how == "exact"


def test_alias_of_swedish_employee_number_and_unrelated_headers() -> None:
    mapping = guess_mapping("events", ["Anställningsnummer", "Tyyppi", "Alkaa", "Kommentti", "Foo"])
    assert mapping.by_key == {"person": 0, "event_type": 1, "start": 2, "description": 3}
    assert mapping.unmapped[0].header == "Foo"


def test_one_field_takes_one_column() -> None:
    mapping = guess_mapping("personnel", ["Etunimi", "First name", "Sukunimi"])
    assert mapping.by_key["first_name"] == 0
    assert mapping.matches[1].key is None
    assert "already fills" in str(mapping.notes[0])


def test_missing_required_listed() -> None:
    mapping = guess_mapping("events", ["Henkilönumero", "Alkaa"])
    assert [c.key for c in mapping.missing_required()] == ["event_type"]


def test_user_choice_frees_the_previous_column() -> None:
    mapping = guess_mapping("personnel", ["Etunimi", "Kutsumanimi", "Sukunimi"])
    chosen = mapping.with_choice(1, "first_name")
    assert chosen.by_key["first_name"] == 1
    assert chosen.matches[0].key is None
    with pytest.raises(MappingError):
        mapping.with_choice(1, "shoe_size")


def test_store_reapplies_only_when_the_headers_match(tmp_path: Path) -> None:
    store = MappingStore(tmp_path / "mappings")
    headers = ["Etunimi", "Kutsumanimi", "Sukunimi"]
    store.save(guess_mapping("personnel", headers).with_choice(1, "first_name"))
    again = store.mapping_for("personnel", ["etunimi", "KUTSUMANIMI", "Sukunimi"])
    assert again.by_key["first_name"] == 1
    assert again.matches[1].how == "saved"
    other = store.mapping_for("personnel", ["Etunimi", "Kutsumanimi", "Sukunimi", "Email"])
    assert other.by_key["first_name"] == 0
    assert store.load("projects", headers) is None


def test_mapping_file_from_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    path.write_text(json.dumps({"entity": "events", "columns": {"Who": "person"}}), "utf-8")
    mapping = load_mapping_file("events", ["Who", "Alkaa"], path)
    assert mapping.by_key == {"person": 0, "start": 1}
    with pytest.raises(MappingError, match="for events, not personnel"):
        load_mapping_file("personnel", ["Who"], path)
    path.write_text(json.dumps({"columns": {"Who": "nonsense"}}), "utf-8")
    with pytest.raises(MappingError, match="nonsense"):
        load_mapping_file("events", ["Who"], path)


def test_known_header_names_are_normalised() -> None:
    names = known_header_names("personnel")
    assert "henkilönumero" in names and "firstname" in names
