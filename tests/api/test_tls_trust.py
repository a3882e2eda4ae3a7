"""TLS against a real HTTPS server on loopback, with a root certificate made for the test.

The transport verifies with the operating system's trust store (truststore): a company's own
root certificate, installed where the system keeps its roots, is trusted; any other is
refused with TlsError and nothing is sent again. On Linux the system store is OpenSSL's
default file, which ``SSL_CERT_FILE`` points at here, as a distribution's bundle would be.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from nepton_desktop.api import worktime_requests as wt
from nepton_desktop.api.auth import WorktimeAuth
from nepton_desktop.api.errors import TlsError
from nepton_desktop.api.transport import Transport, TransportSettings

from . import responses as r

OK = r.worktime("GetActivityTypes", 1000)
READ = wt.get_activity_types(WorktimeAuth("1234", "api.integration", "pw"))


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _root(tmp: Path, label: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(label))
        .issuer_name(_name(label))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    path = tmp / f"{label}.pem"
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return key, cert, path


def _server_cert(
    tmp: Path, ca_key: ec.EllipticCurvePrivateKey, ca: x509.Certificate
) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("localhost"))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    cert_path, key_path = tmp / "server.pem", tmp / "server.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


class _Handler(BaseHTTPRequestHandler):
    requests = 0

    def do_POST(self) -> None:
        type(self).requests += 1
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.send_response(200)
        self.send_header("Content-Type", "text/xml; charset=utf-8")
        self.send_header("Content-Length", str(len(OK)))
        self.end_headers()
        self.wfile.write(OK)

    def log_message(self, *args: object) -> None:
        return None


@pytest.fixture
def company_root(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """An HTTPS server whose certificate a company's own root signed: (url, root file)."""
    ca_key, ca, ca_path = _root(tmp_path, "Example Company Root")
    cert_path, key_path = _server_cert(tmp_path, ca_key, ca)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_path, key_path)
    _Handler.requests = 0
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}/WebService.php", ca_path
    finally:
        server.shutdown()
        server.server_close()


async def test_a_root_in_the_system_store_is_trusted(
    company_root: tuple[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, root = company_root
    monkeypatch.setenv("SSL_CERT_FILE", str(root))
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    transport = Transport(TransportSettings(read_attempts=1))
    try:
        assert await transport.read(url, READ) == OK
    finally:
        await transport.aclose()


async def test_a_root_not_in_the_system_store_is_refused(
    company_root: tuple[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, _ = company_root
    _, _, other = _root(tmp_path, "Someone Else")
    monkeypatch.setenv("SSL_CERT_FILE", str(other))
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    transport = Transport(TransportSettings(read_attempts=3))
    try:
        with pytest.raises(TlsError):
            await transport.read(url, READ)
    finally:
        await transport.aclose()
    assert _Handler.requests == 0  # refused in the handshake, and not tried again


async def test_the_transport_verifies_with_the_system_store(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """httpx alone would verify with certifi's bundle, which no company root is in on Windows
    or macOS; the transport hands httpx the system store's context instead."""
    import truststore

    from nepton_desktop.api import transport as module

    made: list[ssl.SSLContext] = []
    original = module.system_trust

    def spy() -> ssl.SSLContext:
        made.append(original())
        return made[-1]

    context = module.system_trust()
    assert isinstance(context, truststore.SSLContext)
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.check_hostname
    monkeypatch.setattr(module, "system_trust", spy)
    await Transport().aclose()
    assert len(made) == 1
