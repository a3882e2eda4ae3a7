"""HR API: GetUnits, GetPersons and ImportUsersFromCSV semantics."""

from __future__ import annotations

from lxml import etree

from nepton_desktop.domain.identity import make_fi_iban, make_hetu
from nepton_desktop.sandbox import SandboxServer
from tests.sandbox.conftest import HR_NS, Client, hr_auth, hr_text

Q = f"{{{HR_NS}}}"


def units(client: Client, include_deleted: str = "", auth: str | None = None) -> etree._Element:
    extra = (
        f"<IncludeDeletedUnits>{include_deleted}</IncludeDeletedUnits>" if include_deleted else ""
    )
    return client.hr("GetUnits", f"<Request>{auth or hr_auth()}{extra}</Request>")


def test_get_units(demo_client: Client) -> None:
    active = units(demo_client).findall(f".//{Q}ReturnUnit")
    assert len(active) == 12
    assert all(hr_text(u, "IsDeleted") == "false" for u in active)
    assert len(units(demo_client, "true").findall(f".//{Q}ReturnUnit")) == 13


def test_get_units_auth_failures_in_error_message(demo_client: Client) -> None:
    for auth in (
        hr_auth(ws_password="wrong"),
        hr_auth(deployment="1"),
        hr_auth(username="disabled.user"),
    ):
        payload = units(demo_client, auth=auth)
        assert hr_text(payload, "GetUnitsResult/ErrorMessage")
        assert payload.find(f".//{Q}ReturnUnit") is None
    demo_client.server.reset_lockouts()


def persons(client: Client, extra: str = "") -> dict[str, etree._Element]:
    payload = client.hr("GetPersons", f"<Request>{hr_auth()}{extra}</Request>")
    assert hr_text(payload, "GetPersonsResult/ErrorMessage") is None
    return {hr_text(p, "Username") or "": p for p in payload.iter(f"{Q}Person")}


def test_get_persons(demo_client: Client) -> None:
    found = persons(demo_client)
    assert 250 <= len(found) <= 300
    assert "disabled.user" not in found
    assert "disabled.user" in persons(
        demo_client, "<IncludeDisabledAccounts>true</IncludeDisabledAccounts>"
    )
    someone = next(p for p in found.values() if hr_text(p, "EmployeeNumber") == "10005")
    assert hr_text(someone, "PrimarySupervisor")
    assert hr_text(someone, "Units")
    assert hr_text(
        someone,
        "IBAN",
    ).startswith("FI")  # type: ignore[union-attr]
    only = persons(
        demo_client,
        "<FilterByEmployeeNumbers><string>10005</string><string>10006</string>"
        "</FilterByEmployeeNumbers>",
    )
    assert sorted(hr_text(p, "EmployeeNumber") or "" for p in only.values()) == ["10005", "10006"]


def import_csv(
    client: Client,
    csv_text: str,
    *,
    ignore_empty: str = "1",
    import_type: str = "0",
    auth: str | None = None,
) -> tuple[str, str, list[str]]:
    payload = client.hr(
        "ImportUsersFromCSV",
        f"{auth or hr_auth()}<IgnoreEmptyValues>{ignore_empty}</IgnoreEmptyValues>"
        f"<ImportType>{import_type}</ImportType><importData>{_escape(csv_text)}</importData>",
    )
    result = payload.find(f"{Q}ImportUsersFromCSVResult")
    assert result is not None
    breakdown = [s.text or "" for s in result.iter(f"{Q}string")]
    return hr_text(result, "ResultCode") or "", hr_text(result, "ResultMessage") or "", breakdown


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;")


HEADER = "Employee number;First name;Last name;Username;Email;Unit;Primary supervisor"


def test_insert_and_update_with_english_headers(client: Client, server: SandboxServer) -> None:
    hetu = make_hetu(__import__("datetime").date(1990, 4, 5), 123)
    iban = make_fi_iban("12345600000785")
    csv_text = (
        "Employee number;First name;Last name;Username;Email;Phone number;Street address;Postcode;"
        "City;Personal identity code;IBAN;BIC;Unit;Primary supervisor;Secondary supervisors;"
        "Employment start date;Employment end date;Reason for ending employment;Job title;"
        "Work area;Role;Language;Hourly wage;Default project;External identifier 1\n"
        f"90001;Testi;Henkilö;testi.henkilo;testi@example.fi;+358401234567;Katu 1;00100;Helsinki;"
        f"{hetu};{iban};NDEAFIHH;IT|HR;10000;10001|10002;1.2.2024;2026-12-31;Määräaikaisuus;"
        "Kehittäjä;IT;Työntekijä;Finnish;25,50;C01-P1;EXT-90001\n"
    )
    result, message, breakdown = import_csv(client, csv_text)
    assert (result, breakdown) == ("1000", []), message
    person = server.store.person(employee_number="90001")
    assert person is not None
    assert person["username"] == "testi.henkilo"
    assert person["personal_identity_code"] == hetu and person["iban"] == iban
    assert person["employment_start"] == "2024-02-01" and person["employment_end"] == "2026-12-31"
    assert person["hourly_wage"] == "25.50"
    assert server.store.person_units(int(person["id"])) == ["IT", "HR"]  # type: ignore[arg-type]
    assert server.store.secondary_supervisors(int(person["id"])) == ["10001", "10002"]  # type: ignore[arg-type]
    supervisor = server.store.person(employee_number="10000")
    assert supervisor is not None and person["primary_supervisor_id"] == supervisor["id"]


def test_finnish_titles_are_aliases(client: Client, server: SandboxServer) -> None:
    result, _, breakdown = import_csv(
        client,
        "Henkilönumero;Etunimi;Sukunimi;Käyttäjätunnus;Yksikkö;Ensisijainen esimies\n"
        "90002;Maija;Meikäläinen;maija.m;Talous;10000\n",
    )
    assert (result, breakdown) == ("1000", [])
    person = server.store.person(username="maija.m")
    assert person is not None and person["first_name"] == "Maija"
    assert server.store.person_units(int(person["id"])) == ["FIN"]  # type: ignore[arg-type]


def test_unknown_header_is_code_8(client: Client) -> None:
    result, _, breakdown = import_csv(client, "Employee number;Shoe size\n90003;44\n")
    assert result == "8"
    assert breakdown == ["ERROR: Import field 'Shoe size' not recognised"]


def test_ignore_empty_values_and_reset(client: Client, server: SandboxServer) -> None:
    import_csv(
        client,
        "Employee number;First name;Last name;Email;Job title;City\n"
        "90004;Eka;Vaihe;eka@example.fi;Asentaja;Oulu\n",
    )
    # Safe mode: an empty cell keeps the value; RESET empties it.
    result, _, _ = import_csv(client, "Employee number;Email;Job title;City\n90004;;RESET;Turku\n")
    assert result == "1000"
    person = server.store.person(employee_number="90004")
    assert person is not None
    assert (person["email"], person["job_title"], person["city"]) == (
        "eka@example.fi",
        None,
        "Turku",
    )
    # Strict mode: an empty cell empties the field; NOLLA is RESET in Finnish.
    result, _, _ = import_csv(
        client, "Employee number;Email;City\n90004;;NOLLA\n", ignore_empty="0"
    )
    person = server.store.person(employee_number="90004")
    assert person is not None and person["email"] is None and person["city"] is None


def test_supervisor_rules(client: Client, server: SandboxServer) -> None:
    header = "Employee number;First name;Last name;Primary supervisor;Secondary supervisors\n"
    import_csv(client, header + "90005;Esi;Mies;10000|10001;10002\n")
    person = server.store.person(employee_number="90005")
    assert person is not None
    pid = int(person["id"])  # type: ignore[arg-type]
    # Extra primary values are ignored; secondaries are appended unless RESET| replaces them.
    assert person["primary_supervisor_id"] == server.store.person(employee_number="10000")["id"]  # type: ignore[index]
    import_csv(client, "Employee number;Secondary supervisors\n90005;10003\n")
    assert server.store.secondary_supervisors(pid) == ["10002", "10003"]
    import_csv(client, "Employee number;Secondary supervisors\n90005;RESET|10004\n")
    assert server.store.secondary_supervisors(pid) == ["10004"]
    # Safe mode keeps secondaries on empty; but an empty primary removes it regardless.
    import_csv(client, "Employee number;Primary supervisor;Secondary supervisors\n90005;;\n")
    person = server.store.person(employee_number="90005")
    assert person is not None and person["primary_supervisor_id"] is None
    assert server.store.secondary_supervisors(pid) == ["10004"]
    result, _, breakdown = import_csv(client, "Employee number;Primary supervisor\n90005;77777\n")
    assert result != "1000" and breakdown == [
        "Row 2: Supervisor with employee number '77777' does not exist"
    ]


def test_supervisor_created_later_in_the_same_file(client: Client, server: SandboxServer) -> None:
    result, _, breakdown = import_csv(
        client,
        "Employee number;First name;Last name;Primary supervisor\n"
        "90006;Ala;Inen;90007\n90007;Yli;Nen;\n",
    )
    assert (result, breakdown) == ("1000", [])
    boss = server.store.person(employee_number="90007")
    worker = server.store.person(employee_number="90006")
    assert boss is not None and worker is not None
    assert worker["primary_supervisor_id"] == boss["id"]


def test_username_is_immutable(client: Client, server: SandboxServer) -> None:
    existing = server.store.person(employee_number="10010")
    assert existing is not None
    result, _, breakdown = import_csv(
        client, f"Nepton Id;Username;Job title\n{existing['id']};someone.else;Pomo\n"
    )
    assert result != "1000"
    assert len(breakdown) == 1 and breakdown[0].startswith(
        "Row 2: WARNING: username cannot be changed"
    )
    after = server.store.person(employee_number="10010")
    assert after is not None
    assert after["username"] == existing["username"] and after["job_title"] == existing["job_title"]


def test_upsert_by_username_may_change_employee_number(
    client: Client, server: SandboxServer
) -> None:
    existing = server.store.person(employee_number="10011")
    assert existing is not None
    result, _, _ = import_csv(client, f"Username;Employee number\n{existing['username']};80011\n")
    assert result == "1000"
    assert server.store.person(employee_number="80011")["id"] == existing["id"]  # type: ignore[index]


def test_row_problems_name_the_row_and_other_rows_still_import(
    client: Client, server: SandboxServer
) -> None:
    csv_text = (
        "Employee number;First name;Last name;Unit;Personal identity code;IBAN;"
        "Employment start date\n"
        "90010;Ok;Rivi;IT;;;\n"
        "90011;Huono;Yksikkö;Kuu;;;\n"
        "90012;Huono;Hetu;;010203-9999;;\n"
        "90013;Huono;Iban;;;FI00123;\n"
        "90014;;;;;;\n"
        "90015;Huono;Pvm;;;;31.2.2024\n"
    )
    result, message, breakdown = import_csv(client, csv_text)
    assert result == "1019" and "breakdown" in message
    assert breakdown == [
        "Row 3: Unit 'Kuu' does not exist",
        "Row 4: Personal identity code is not valid",
        "Row 5: IBAN is not valid",
        "Row 6: A new person needs First name and Last name",
        "Row 7: Employment start date '31.2.2024' is not a date (d.m.yyyy or yyyy-mm-dd)",
    ]
    assert "010203-9999" not in " ".join(breakdown)  # never echo identity codes
    assert server.store.person(employee_number="90010") is not None
    assert server.store.person(employee_number="90011") is None


def test_units_reset_and_by_name_or_code(client: Client, server: SandboxServer) -> None:
    import_csv(client, "Employee number;First name;Last name;Unit\n90020;Yks;Ikkö;Myynti|CS\n")
    pid = int(server.store.person(employee_number="90020")["id"])  # type: ignore[index,arg-type]
    assert server.store.person_units(pid) == ["SALES", "CS"]
    import_csv(client, "Employee number;Unit\n90020;\n")  # Safe: kept
    assert server.store.person_units(pid) == ["SALES", "CS"]
    import_csv(client, "Employee number;Unit\n90020;RESET\n")
    assert server.store.person_units(pid) == []


def test_employment_dates_written_as_given(client: Client, server: SandboxServer) -> None:
    import_csv(
        client,
        "Employee number;First name;Last name;Employment start date;Employment end date\n"
        "90021;Työ;Suhde;2020-01-01;2025-12-31\n",
    )
    import_csv(
        client,
        "Employee number;Employment start date;Employment end date\n90021;2022-06-01;2023-06-30\n",
    )
    person = server.store.person(employee_number="90021")
    assert person is not None
    assert (person["employment_start"], person["employment_end"]) == ("2022-06-01", "2023-06-30")


def test_other_import_types_not_supported(client: Client) -> None:
    result, message, _ = import_csv(client, HEADER + "\n", import_type="2")
    assert result == "1017" and "not supported" in message


def test_import_permissions_and_auth(client: Client) -> None:
    assert import_csv(client, HEADER + "\n", auth=hr_auth(username="no.rights"))[0] == "1015"
    assert import_csv(client, HEADER + "\n", auth=hr_auth(password="nope"))[0] == "1001"
    assert import_csv(client, HEADER + "\n", auth=hr_auth(username="disabled.user"))[0] == "1020"


def test_import_column_names_instead_of_a_header_row(client: Client, server: SandboxServer) -> None:
    payload = client.hr(
        "ImportUsersFromCSV",
        f"{hr_auth()}<IgnoreEmptyValues>true</IgnoreEmptyValues><ImportType>0</ImportType>"
        "<ImportColumnNames>Employee number|First name|Last name</ImportColumnNames>"
        '<importData>90030;Ilman;Otsikkoa\n90031;"Lainaus; jossa";Puolipiste\n</importData>',
    )
    assert hr_text(payload, "ImportUsersFromCSVResult/ResultCode") == "1000"
    assert server.store.person(employee_number="90031")["first_name"] == "Lainaus; jossa"  # type: ignore[index]


def test_demo_seed_is_deterministic(tmp_path) -> None:
    import sqlite3

    from nepton_desktop.sandbox import seed

    def digest(path) -> list[tuple[object, ...]]:
        seed._build(path, demo=True)
        conn = sqlite3.connect(path)
        try:
            return (
                conn.execute(
                    "SELECT id, employee_number, username, personal_identity_code, iban,"
                    " primary_supervisor_id FROM persons ORDER BY id"
                ).fetchall()
                + conn.execute(
                    "SELECT COUNT(*), SUM(person_id), MIN(start), MAX(start) FROM events"
                ).fetchall()
            )
        finally:
            conn.close()

    assert digest(tmp_path / "a.sqlite3") == digest(tmp_path / "b.sqlite3")
