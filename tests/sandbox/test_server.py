# ruff: noqa: E501 - the published example envelopes are kept exactly as written
"""The HTTP side: WSDLs, the published example envelopes, hostile input, restarts."""

from __future__ import annotations

import socket
import sys
import time
from pathlib import Path

import httpx
import pytest
from lxml import etree

from nepton_desktop.sandbox import SandboxServer
from nepton_desktop.sandbox.server import resources_dir
from tests.sandbox.conftest import (
    HR_NS,
    SOAP_ENV,
    WT_NS,
    Client,
    assert_valid,
    auth_xml,
    code,
    hr_text,
    payload_of,
    wt_envelope,
)


@pytest.mark.parametrize(
    ("path", "ns"),
    [
        ("/WebService.php", WT_NS),
        ("/API/SOAPWebService.asmx", HR_NS),
    ],
)
@pytest.mark.parametrize("query", ["WSDL", "wsdl"])
def test_wsdl_served_with_own_address(
    demo_server: SandboxServer, path: str, ns: str, query: str
) -> None:
    base = demo_server.info.worktime_url.removesuffix("/WebService.php")
    response = httpx.get(f"{base}{path}?{query}")
    assert response.status_code == 200
    wsdl = etree.fromstring(response.content)
    assert wsdl.get("targetNamespace") == ns
    locations = [
        a.get("location") for a in wsdl.iter("{http://schemas.xmlsoap.org/wsdl/soap/}address")
    ]
    assert locations == [base + path]


def test_resources_found_inside_a_pyinstaller_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "resources"
    monkeypatch.delattr(sys, "_MEIPASS")
    assert (resources_dir() / "wsdl" / "worktime.wsdl").is_file()


# GetActivityTypes request of Nepton's article 6899092915101, as nepton-api.md 2.5.6
# reconstructs it, with the demo credentials.
PUBLISHED_GET_ACTIVITY_TYPES = """\
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:tyo="http://tyoaika.tyoteho.fi">
   <soapenv:Header/>
   <soapenv:Body>
      <tyo:ParametersForGetActivityTypes>
         <CallerAuthentication>
            <CustomerId>1234</CustomerId>
            <Username>api.integration</Username>
            <Password>Demo-Api-Password-1</Password>
         </CallerAuthentication>
         <FilterByIds>
            <Id>1</Id>
         </FilterByIds>
         <FilterByInternalNames>
            <InternalName>work</InternalName>
         </FilterByInternalNames>
      </tyo:ParametersForGetActivityTypes>
   </soapenv:Body>
</soapenv:Envelope>"""

# GetUnits request of the HR authentication article 4406441875089 (nepton-api.md 3.2 and
# 3.4.1): xsi/xsd/soap prefixes, default namespace on the operation, a Request wrapper and
# "True" as Nepton writes it.
PUBLISHED_GET_UNITS = """\
<?xml version="1.0" encoding="utf-8"?>
<soap:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
  <soap:Body>
    <GetUnits xmlns="http://tempuri.org/">
      <Request>
        <Username>api.integration</Username>
        <UserPassword>Demo-Api-Password-1</UserPassword>
        <DeploymentId>123456</DeploymentId>
        <WebServicePassword>Demo-WS-Password-1</WebServicePassword>
        <IncludeDeletedUnits>True</IncludeDeletedUnits>
      </Request>
    </GetUnits>
  </soap:Body>
</soap:Envelope>"""


def test_published_get_activity_types_example(demo_client: Client) -> None:
    response = demo_client.post("worktime", PUBLISHED_GET_ACTIVITY_TYPES)
    assert response.status_code == 200
    payload = payload_of(response)
    assert payload.tag == f"{{{WT_NS}}}ReturnValueForGetActivityTypes"
    assert_valid("worktime", payload)
    assert code(payload) == 1000
    types = payload.findall("ActivityTypes/ActivityType")
    assert [(t.findtext("Id"), t.findtext("InternalName")) for t in types] == [("1", "work")]


def test_published_get_units_example(demo_client: Client) -> None:
    response = demo_client.post("hr", PUBLISHED_GET_UNITS)
    assert response.status_code == 200
    payload = payload_of(response)
    assert_valid("hr", payload)
    assert hr_text(payload, "GetUnitsResult/ErrorMessage") is None
    units = payload.findall(f".//{{{HR_NS}}}ReturnUnit")
    assert len(units) == 13  # 12 units and one deleted, because IncludeDeletedUnits is True
    assert any(hr_text(u, "IsDeleted") == "true" for u in units)


def _is_fault(response: httpx.Response) -> bool:
    root = etree.fromstring(response.content)
    return root.find(f"{{{SOAP_ENV}}}Body/{{{SOAP_ENV}}}Fault") is not None


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:tyo="http://tyoaika.tyoteho.fi">
<soapenv:Body><tyo:ParametersForGetActivityTypes>
<CallerAuthentication><CustomerId>1234</CustomerId><Username>&lol9;</Username>
<Password>x</Password></CallerAuthentication>
</tyo:ParametersForGetActivityTypes></soapenv:Body></soapenv:Envelope>"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:tyo="http://tyoaika.tyoteho.fi">
<soapenv:Body><tyo:ParametersForGetActivityTypes>
<CallerAuthentication><CustomerId>1234</CustomerId><Username>&xxe;</Username>
<Password>x</Password></CallerAuthentication>
</tyo:ParametersForGetActivityTypes></soapenv:Body></soapenv:Envelope>"""

# The same trick in UTF-16, which a byte scan for "<!DOCTYPE" cannot see.
EXTERNAL_ENTITY_UTF16 = EXTERNAL_ENTITY.replace(
    '<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>'
)


@pytest.mark.parametrize(
    ("name", "body"),
    [
        (
            "malformed",
            "<soapenv:Envelope xmlns:soapenv='http://schemas.xmlsoap.org/soap/envelope/'><oops",
        ),
        ("not xml", "hello"),
        ("empty", ""),
        ("not an envelope", "<a/>"),
        ("no body", f"<e:Envelope xmlns:e='{SOAP_ENV}'/>"),
        (
            "wrong namespace",
            wt_envelope("GetActivityTypes", "").replace(WT_NS, "http://example.com/"),
        ),
        ("unknown root", wt_envelope("DoSomethingElse", "")),
        ("billion laughs", BILLION_LAUGHS),
        ("external entity", EXTERNAL_ENTITY),
    ],
)
def test_hostile_input_gets_a_soap_fault_quickly(demo_client: Client, name: str, body: str) -> None:
    started = time.perf_counter()
    response = demo_client.post("worktime", body)
    assert time.perf_counter() - started < 1.0
    assert response.status_code == 500
    assert _is_fault(response), name
    assert b"root:" not in response.content  # nothing of /etc/passwd


def test_external_entity_in_utf16_refused(demo_client: Client) -> None:
    response = demo_client.post("worktime", EXTERNAL_ENTITY_UTF16.encode("utf-16"))
    assert response.status_code == 500 and _is_fault(response)


def test_hr_wrong_namespace_is_a_fault(demo_client: Client) -> None:
    body = (
        f'<soap:Envelope xmlns:soap="{SOAP_ENV}"><soap:Body>'
        f'<GetUnits xmlns="http://example.com/"/></soap:Body></soap:Envelope>'
    )
    response = demo_client.post("hr", body)
    assert response.status_code == 500 and _is_fault(response)


def test_missing_caller_authentication_is_1001(demo_client: Client) -> None:
    payload = demo_client.wt("GetActivityTypes", "", auth="")
    assert code(payload) == 1001


def test_50_mb_body_refused_within_a_second(demo_client: Client) -> None:
    # The server answers from the headers alone, before a byte of the body has arrived.
    host, port = demo_client.server.info.worktime_url.split("//")[1].split("/")[0].split(":")
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        started = time.perf_counter()
        sock.sendall(
            b"POST /WebService.php HTTP/1.1\r\nHost: x\r\nContent-Type: text/xml\r\n"
            b"Content-Length: 52428800\r\n\r\n<x>"
        )
        answer = b""
        while b"</soap:Envelope>" not in answer:
            part = sock.recv(65536)
            if not part:
                break
            answer += part
        assert time.perf_counter() - started < 1.0
    assert answer.startswith(b"HTTP/1.1 413") and b"Fault" in answer


def test_50_mb_body_posted_whole_gets_the_fault(demo_client: Client) -> None:
    body = b"<x>" + b"a" * (50 * 1024 * 1024) + b"</x>"
    started = time.perf_counter()
    response = demo_client.post("worktime", body)
    # The client has to finish uploading before it reads; the bound allows for a busy machine.
    assert time.perf_counter() - started < 5.0
    assert response.status_code == 413
    assert _is_fault(response)


def test_50_mb_chunked_body_refused(demo_client: Client) -> None:
    def chunks():  # no Content-Length: the server must stop reading on its own
        yield b"<x>"
        for _ in range(50):
            yield b"a" * (1024 * 1024)

    started = time.perf_counter()
    response = demo_client.http.post(demo_client.server.info.worktime_url, content=chunks())
    assert time.perf_counter() - started < 5.0  # reads stop at 20 MB; see above for the bound
    assert response.status_code == 413 and _is_fault(response)


def test_client_that_stalls_does_not_block_others(demo_client: Client) -> None:
    host, port = demo_client.server.info.worktime_url.split("//")[1].split("/")[0].split(":")
    with socket.create_connection((host, int(port))) as stalled:
        stalled.sendall(
            b"POST /WebService.php HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n<a"
        )
        payload = demo_client.wt("GetActivityTypes")
        assert code(payload) == 1000


def test_unknown_path_is_404(demo_client: Client) -> None:
    url = demo_client.server.info.worktime_url.replace("WebService.php", "nothing")
    assert httpx.post(url, content=b"<a/>").status_code == 404


def test_store_survives_restart(tmp_path: Path) -> None:
    first = SandboxServer(data_dir=tmp_path, seed="empty")
    first.start()
    client = Client(first)
    payload = client.wt(
        "InsertActivitiesV3",
        """<ActivityList><Activity>
        <UserName>api.integration</UserName><ActivityTypeId>1</ActivityTypeId>
        <StartTime>2026-01-05T08:00:00</StartTime><EndTime>2026-01-05T16:00:00</EndTime>
        <ExternalIdentifiers><ExternalIdentifier>restart-1</ExternalIdentifier></ExternalIdentifiers>
        </Activity></ActivityList>""",
    )
    assert code(payload) == 1000
    client.close()
    first.stop()

    second = SandboxServer(data_dir=tmp_path, seed="demo")  # the existing store wins
    second.start()
    try:
        assert second.store.count_events_with_external_id("restart-1") == 1
        assert second.store.count("persons") == 3  # not reseeded
    finally:
        second.stop()


def test_stop_closes_cleanly_with_a_kept_alive_connection() -> None:
    server = SandboxServer(seed="empty")
    server.start()
    client = Client(server)
    assert code(client.wt("GetActivityTypes")) == 1000
    started = time.perf_counter()
    server.stop()
    assert time.perf_counter() - started < 2.0
    client.close()


def test_fresh_demo_sandbox_starts_fast() -> None:
    warm = SandboxServer(seed="demo")
    warm.start()
    warm.stop()
    started = time.perf_counter()
    server = SandboxServer(seed="demo")
    server.start()
    elapsed = time.perf_counter() - started
    server.stop()
    assert elapsed < 3.0


def test_wrong_credentials_never_echo_the_password(demo_client: Client) -> None:
    payload = demo_client.wt("GetActivityTypes", auth=auth_xml(password="Secret-Guess-1"))
    assert code(payload) == 1001
    assert b"Secret-Guess-1" not in etree.tostring(payload)


def test_deeply_nested_xml_is_a_fault(demo_client: Client) -> None:
    body = wt_envelope("GetActivityTypes", "<a>" * 100_000 + "</a>" * 100_000)
    started = time.perf_counter()
    response = demo_client.post("worktime", body)
    assert time.perf_counter() - started < 1.0
    assert response.status_code == 500 and _is_fault(response)


def test_bad_content_length_is_400(demo_client: Client) -> None:
    host, port = demo_client.server.info.worktime_url.split("//")[1].split("/")[0].split(":")
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        sock.sendall(b"POST /WebService.php HTTP/1.1\r\nHost: x\r\nContent-Length: lots\r\n\r\n")
        assert sock.recv(1000).startswith(b"HTTP/1.1 400")


def test_concurrent_writers_all_commit(server: SandboxServer) -> None:
    import threading

    errors: list[BaseException] = []

    def writer(n: int) -> None:
        client = Client(server)
        try:
            for i in range(5):
                payload = client.wt(
                    "InsertActivitiesV3",
                    "<ActivityList><Activity><UserId>101</UserId><ActivityTypeId>1</ActivityTypeId>"
                    f"<StartTime>2027-05-0{i + 1}T08:00:00</StartTime><ExternalIdentifiers>"
                    f"<ExternalIdentifier>conc-{n}-{i}</ExternalIdentifier></ExternalIdentifiers>"
                    "</Activity></ActivityList>",
                )
                assert code(payload) == 1000
        except BaseException as exc:  # collected for the main thread
            errors.append(exc)
        finally:
            client.close()

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert errors == []
    assert server.store.count("event_external_ids", "external_id LIKE 'conc-%'") == 30


def test_logs_hold_no_passwords_or_identity_codes(
    client: Client, server: SandboxServer, caplog: pytest.LogCaptureFixture
) -> None:
    import logging

    caplog.set_level(logging.DEBUG)
    person = server.store.person(person_id=101)
    assert person is not None
    client.wt("GetActivityTypes", auth=auth_xml(password="Wrong-Secret-9"))
    client.wt(
        "InsertActivitiesV3",
        "<ActivityList><Activity><SocialSecurityNumber>"
        f"{person['personal_identity_code']}</SocialSecurityNumber><ActivityTypeId>1"
        "</ActivityTypeId><StartTime>2027-05-01T08:00:00</StartTime></Activity></ActivityList>",
    )
    text = caplog.text
    assert caplog.records  # the sandbox does log its requests
    for secret in (
        "Wrong-Secret-9",
        "Demo-Api-Password-1",
        str(person["personal_identity_code"]),
        str(person["iban"]),
    ):
        assert secret not in text


def test_listens_on_ipv6_loopback() -> None:
    if not socket.has_ipv6:
        pytest.skip("no IPv6 on this machine")
    server = SandboxServer(seed="empty", host="::1")
    try:
        server.start()
    except OSError:
        pytest.skip("IPv6 loopback unavailable")
    try:
        assert server.info.worktime_url.startswith("http://[::1]:")
        assert httpx.get(server.info.worktime_url + "?WSDL").status_code == 200
    finally:
        server.stop()
