"""Fixtures and helpers for the sandbox tests: real servers on loopback, raw SOAP over httpx."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from lxml import etree

from nepton_desktop.sandbox import SandboxServer

SOAP_ENV = "http://schemas.xmlsoap.org/soap/envelope/"
WT_NS = "http://tyoaika.tyoteho.fi"
HR_NS = "http://tempuri.org/"
WSDL_DIR = Path(__file__).resolve().parents[2] / "resources" / "wsdl"


def _schema(name: str) -> etree.XMLSchema:
    wsdl = etree.parse(str(WSDL_DIR / name))
    schema_el = wsdl.find(".//{http://www.w3.org/2001/XMLSchema}schema")
    assert schema_el is not None
    return etree.XMLSchema(etree.fromstring(etree.tostring(schema_el)))


SCHEMAS = {"worktime": _schema("worktime.wsdl"), "hr": _schema("hr.wsdl")}


def auth_xml(
    customer_id: str | None = "1234",
    username: str = "api.integration",
    password: str = "Demo-Api-Password-1",
) -> str:
    customer = f"<CustomerId>{customer_id}</CustomerId>" if customer_id is not None else ""
    return (
        f"<CallerAuthentication>{customer}<Username>{username}</Username>"
        f"<Password>{password}</Password></CallerAuthentication>"
    )


def wt_envelope(operation: str, inner: str, *, auth: str | None = None) -> str:
    return (
        f'<soapenv:Envelope xmlns:soapenv="{SOAP_ENV}" xmlns:tyo="{WT_NS}">'
        f"<soapenv:Header/><soapenv:Body><tyo:ParametersFor{operation}>"
        f"{auth_xml() if auth is None else auth}{inner}"
        f"</tyo:ParametersFor{operation}></soapenv:Body></soapenv:Envelope>"
    )


def hr_auth(
    username: str = "api.integration",
    password: str = "Demo-Api-Password-1",
    deployment: str = "123456",
    ws_password: str = "Demo-WS-Password-1",
) -> str:
    return (
        f"<Username>{username}</Username><UserPassword>{password}</UserPassword>"
        f"<DeploymentId>{deployment}</DeploymentId>"
        f"<WebServicePassword>{ws_password}</WebServicePassword>"
    )


def hr_envelope(operation: str, inner: str) -> str:
    return (
        f'<soap:Envelope xmlns:soap="{SOAP_ENV}"><soap:Body>'
        f'<{operation} xmlns="{HR_NS}">{inner}</{operation}></soap:Body></soap:Envelope>'
    )


def payload_of(response: httpx.Response) -> etree._Element:
    root = etree.fromstring(response.content)
    body = root.find(f"{{{SOAP_ENV}}}Body")
    assert body is not None
    return body[0]


def assert_valid(service: str, payload: etree._Element) -> None:
    schema = SCHEMAS[service]
    if not schema.validate(payload):
        raise AssertionError(str(schema.error_log))


class Client:
    """Posts SOAP to one sandbox and checks every answer against the contract's schema."""

    def __init__(self, server: SandboxServer) -> None:
        self.server = server
        self.http = httpx.Client(timeout=30)

    def post(self, service: str, body: str | bytes) -> httpx.Response:
        url = self.server.info.worktime_url if service == "worktime" else self.server.info.hr_url
        content = body.encode() if isinstance(body, str) else body
        return self.http.post(
            url, content=content, headers={"Content-Type": "text/xml; charset=utf-8"}
        )

    def wt(self, operation: str, inner: str = "", *, auth: str | None = None) -> etree._Element:
        response = self.post("worktime", wt_envelope(operation, inner, auth=auth))
        assert response.status_code == 200, response.text[:500]
        payload = payload_of(response)
        assert payload.tag == f"{{{WT_NS}}}ReturnValueFor{operation}"
        assert_valid("worktime", payload)
        return payload

    def hr(self, operation: str, inner: str) -> etree._Element:
        response = self.post("hr", hr_envelope(operation, inner))
        assert response.status_code == 200, response.text[:500]
        payload = payload_of(response)
        assert payload.tag == f"{{{HR_NS}}}{operation}Response"
        assert_valid("hr", payload)
        return payload

    def close(self) -> None:
        self.http.close()


def code(payload: etree._Element) -> int:
    return int(payload.findtext("ResponseCode") or "0")


def results(payload: etree._Element) -> list[tuple[int, int, str | None]]:
    """(Index, ResponseCode, Id) of every item result."""
    return [
        (int(r.findtext("Index") or -1), int(r.findtext("ResponseCode") or 0), r.findtext("Id"))
        for r in payload.iterfind("Results/Result")
    ]


def hr_text(el: etree._Element, path: str) -> str | None:
    parts = "/".join(f"{{{HR_NS}}}{p}" for p in path.split("/"))
    return el.findtext(parts)


@pytest.fixture(scope="module")
def demo_server() -> Iterator[SandboxServer]:
    """A demo sandbox shared by the read-only tests of one module."""
    server = SandboxServer(seed="demo")
    server.start()
    yield server
    server.stop()


@pytest.fixture
def server() -> Iterator[SandboxServer]:
    """A fresh demo sandbox for a test that writes."""
    server = SandboxServer(seed="demo", lockout_threshold=5)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def client(server: SandboxServer) -> Iterator[Client]:
    c = Client(server)
    yield c
    c.close()


@pytest.fixture(scope="module")
def demo_client(demo_server: SandboxServer) -> Iterator[Client]:
    c = Client(demo_server)
    yield c
    c.close()
