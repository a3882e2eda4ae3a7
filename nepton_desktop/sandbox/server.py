"""The sandbox's HTTP server: both SOAP endpoints and their WSDLs on loopback.

The stdlib ``ThreadingHTTPServer`` in a background thread is enough: one thread per
connection, the database work serialised by the store's lock. Bodies are size-limited before
they are read, and every request is answered (or deliberately dropped by a fault) within the
socket timeout, so a hostile or broken client cannot hang the server.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import socket
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from lxml import etree

from nepton_desktop.sandbox import auth, hr_ops, worktime_ops
from nepton_desktop.sandbox.auth import LoginGuard
from nepton_desktop.sandbox.faults import FaultAction, FaultInjector, FaultSpec
from nepton_desktop.sandbox.seed import create_database
from nepton_desktop.sandbox.soap import SoapFault, envelope, fault_envelope, parse_request
from nepton_desktop.sandbox.store import Store

log = logging.getLogger(__name__)

WORKTIME_PATH = "/WebService.php"
HR_PATH = "/API/SOAPWebService.asmx"
MAX_BODY_BYTES = 20 * 1024 * 1024
DB_NAME = "sandbox.sqlite3"


def resources_dir() -> Path:
    """``resources/`` beside the package, or inside a PyInstaller bundle when frozen."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


@dataclass(frozen=True, slots=True)
class SandboxInfo:
    worktime_url: str
    hr_url: str
    customer_id: str
    deployment_id: str
    username: str
    password: str
    webservice_password: str


class _BodyTooLarge(Exception):
    pass


class _HttpServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], sandbox: SandboxServer) -> None:
        if ":" in address[0]:  # an IPv6 address such as ::1
            self.address_family = socket.AF_INET6
        self.sandbox = sandbox
        self.open_sockets: set[socket.socket] = set()
        self.sockets_lock = threading.Lock()
        super().__init__(address, _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self.sockets_lock:
            self.open_sockets.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self.sockets_lock:
            self.open_sockets.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that hangs up mid-answer is normal for a test server (and for faults):
        # note it quietly instead of the stdlib's traceback on stderr.
        exc = sys.exc_info()[1]
        if isinstance(exc, (ConnectionError, TimeoutError)):
            log.debug("connection from %s ended early: %s", client_address[0], type(exc).__name__)
            return
        log.error("sandbox connection failed: %s", type(exc).__name__)

    def close_open_connections(self) -> None:
        with self.sockets_lock:
            sockets = list(self.open_sockets)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "NeptonSandbox/1.0"
    # A client that stops sending mid-request is dropped after this many seconds.
    timeout = 10
    server: _HttpServer

    def log_message(self, format: str, *args: Any) -> None:
        # Request lines only (no bodies, so no passwords or personal data), at debug level.
        log.debug("%s %s", self.address_string(), format % args)

    # ------------------------------------------------------------ GET: WSDL

    def do_GET(self) -> None:
        path, _, query = self.path.partition("?")
        service = _service_for(path)
        if service is None:
            self._send(404, b"Not found\n", "text/plain; charset=utf-8")
            return
        if query.lower() in ("wsdl", "wsdl="):
            self._send(200, self.server.sandbox.wsdl(service), "text/xml; charset=utf-8")
            return
        page = (
            f"<html><body><h1>Nepton sandbox: {service} API</h1>"
            f'<p>POST SOAP 1.1 requests here; the contract is at <a href="{path}?WSDL">'
            f"{path}?WSDL</a>.</p></body></html>"
        ).encode()
        self._send(200, page, "text/html; charset=utf-8")

    # ------------------------------------------------------------ POST: SOAP

    def do_POST(self) -> None:
        service = _service_for(self.path.partition("?")[0])
        if service is None:
            self.close_connection = True  # the body is not read, so the connection is spent
            self._send(404, b"Not found\n", "text/plain; charset=utf-8")
            return
        sandbox = self.server.sandbox
        try:
            body = self._read_body(sandbox.max_body_bytes)
        except _BodyTooLarge:
            self._send_fault_and_linger(
                413, "soap:Client", f"Request body larger than {sandbox.max_body_bytes} bytes"
            )
            return
        except ValueError:  # a Content-Length or chunk size that is not a number
            self.close_connection = True
            self._send(
                400,
                fault_envelope("soap:Client", "Malformed HTTP body framing"),
                "text/xml; charset=utf-8",
            )
            return
        except (TimeoutError, OSError):  # the client stalled or went away mid-body
            self.close_connection = True
            return

        faults = sandbox.faults.spec
        if faults.latency_ms:
            time.sleep(faults.latency_ms / 1000)
        action = sandbox.faults.roll()
        if action is FaultAction.HTTP_503:
            self._send(503, b"Service Unavailable\n", "text/plain; charset=utf-8")
            return
        if action is FaultAction.HTTP_500:
            self._send(500, b"Internal Server Error\n", "text/plain; charset=utf-8")
            return
        if action is FaultAction.SOAP_FAULT:
            self._send(
                500, fault_envelope("soap:Server", "Injected fault"), "text/xml; charset=utf-8"
            )
            return
        if action is FaultAction.DROP_BEFORE_COMMIT:
            self.close_connection = True
            return

        started = time.perf_counter()
        status, response = sandbox.answer(service, body, self.client_address[0], faults.lockout)
        log.info(
            "%s answered %d bytes in %.3f s", service, len(response), time.perf_counter() - started
        )

        if action is FaultAction.DROP_AFTER_COMMIT:
            self.close_connection = True
            return
        if action is FaultAction.TRUNCATE:
            self.send_response(status)
            self.send_header("Content-Type", "text/xml; charset=utf-8")
            self.send_header("Content-Length", str(len(response)))
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(response[: len(response) // 2])
            self.close_connection = True
            return
        self._send(status, response, "text/xml; charset=utf-8")

    # ------------------------------------------------------------ helpers

    def _read_body(self, limit: int) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return self._read_chunked(limit)
        length_text = self.headers.get("Content-Length")
        if length_text is None:
            return b""
        length = int(length_text)
        if length < 0:
            raise ValueError("negative Content-Length")
        if length > limit:
            raise _BodyTooLarge
        return self.rfile.read(length)

    def _read_chunked(self, limit: int) -> bytes:
        parts: list[bytes] = []
        total = 0
        while True:
            size_line = self.rfile.readline(1024)
            size = int(size_line.split(b";")[0].strip() or b"0", 16)
            if size == 0:
                while self.rfile.readline(1024) not in (b"\r\n", b"\n", b""):
                    pass  # trailers
                return b"".join(parts)
            total += size
            if total > limit:
                raise _BodyTooLarge
            parts.append(self.rfile.read(size))
            self.rfile.readline(1024)

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    def _send_fault_and_linger(self, status: int, code: str, message: str) -> None:
        """Answer without reading the body, then discard what the client still sends for a
        moment: closing with unread data would reset the connection and lose the answer."""
        self.close_connection = True
        self._send(status, fault_envelope(code, message), "text/xml; charset=utf-8")
        self.wfile.flush()
        try:
            self.connection.shutdown(socket.SHUT_WR)
            self.connection.settimeout(0.5)
            deadline = time.monotonic() + 2.0
            while time.monotonic() < deadline and self.connection.recv(1 << 20):
                pass
        except OSError:
            pass


def _service_for(path: str) -> str | None:
    if path.rstrip("/").lower() == WORKTIME_PATH.lower():
        return "worktime"
    if path.rstrip("/").lower() == HR_PATH.lower():
        return "hr"
    return None


class SandboxServer:
    """A local, faithful Nepton: both SOAP APIs over real HTTP with a SQLite store.

    ``data_dir`` keeps the database between runs (a temporary folder, removed on ``stop``,
    when None); a new database is seeded with ``seed`` ("demo" or "empty").
    """

    def __init__(
        self,
        data_dir: Path | None = None,
        seed: str = "demo",
        host: str = "127.0.0.1",
        port: int = 0,
        faults: FaultSpec | None = None,
        *,
        lockout_threshold: int = 5,
        lockout_window_s: float = 600.0,
        lockout_duration_s: float = 900.0,
        max_body_bytes: int = MAX_BODY_BYTES,
    ) -> None:
        self.data_dir = data_dir
        self.seed = seed
        self.host = host
        self.port = port
        self.faults = FaultInjector(faults)
        self.guard = LoginGuard(lockout_threshold, lockout_window_s, lockout_duration_s)
        self.max_body_bytes = max_body_bytes
        self._store: Store | None = None
        self._http: _HttpServer | None = None
        self._thread: threading.Thread | None = None
        self._temp_dir: Path | None = None
        self._wsdl_cache: dict[str, bytes] = {}

    # ------------------------------------------------------------ lifecycle

    def start(self) -> None:
        """Open (or seed) the store and serve from a background thread; returns once
        listening."""
        if self._http is not None:
            raise RuntimeError("the sandbox is already running")
        folder = self.data_dir
        if folder is None:
            self._temp_dir = folder = Path(tempfile.mkdtemp(prefix="nepton-sandbox-"))
        folder.mkdir(parents=True, exist_ok=True)
        db_path = folder / DB_NAME
        if not db_path.exists():
            create_database(db_path, self.seed)
        self._store = Store(db_path)
        try:
            # Binding and listening happen in the constructor: connections queue from here on.
            self._http = _HttpServer((self.host, self.port), self)
        except OSError:  # e.g. the port is taken: leave nothing open behind
            self.stop()
            raise
        self._thread = threading.Thread(
            target=self._http.serve_forever,
            kwargs={"poll_interval": 0.1},
            name="nepton-sandbox",
            daemon=True,
        )
        self._thread.start()
        log.info("Nepton sandbox listening on %s", self.info.worktime_url)

    def stop(self) -> None:
        """Stop serving, close open connections and the store."""
        http, thread = self._http, self._thread
        self._http = self._thread = None
        if http is not None:
            http.shutdown()
            http.close_open_connections()
            http.server_close()
        if thread is not None:
            thread.join(timeout=5)
        if self._store is not None:
            self._store.close()
            self._store = None
        if self._temp_dir is not None:
            shutil.rmtree(self._temp_dir, ignore_errors=True)
            self._temp_dir = None

    def __enter__(self) -> SandboxServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ------------------------------------------------------------ facts

    @property
    def store(self) -> Store:
        if self._store is None:
            raise RuntimeError("the sandbox is not running")
        return self._store

    @property
    def base_url(self) -> str:
        if self._http is None:
            raise RuntimeError("the sandbox is not running")
        host, port = self._http.server_address[:2]
        host_text = str(host)
        if ":" in host_text:
            host_text = f"[{host_text}]"
        return f"http://{host_text}:{port}"

    @property
    def info(self) -> SandboxInfo:
        return SandboxInfo(
            worktime_url=self.base_url + WORKTIME_PATH,
            hr_url=self.base_url + HR_PATH,
            customer_id=auth.CUSTOMER_ID,
            deployment_id=auth.DEPLOYMENT_ID,
            username=auth.API_USERNAME,
            password=auth.API_PASSWORD,
            webservice_password=auth.WEBSERVICE_PASSWORD,
        )

    # ------------------------------------------------------------ test API

    def set_faults(self, faults: FaultSpec | None) -> None:
        self.faults.set(faults or FaultSpec())

    def set_project_module(self, active: bool) -> None:
        """Switch the customer's project module (off: project operations answer 1021)."""
        self.store.set_setting("project_module_active", "1" if active else "0")

    def lock_day(self, user_id: int, day: date) -> None:
        self.store.lock_day(user_id, day)

    def approve_day(self, user_id: int, day: date) -> None:
        self.store.approve_day(user_id, day)

    def reset_lockouts(self) -> None:
        self.guard.reset()

    # ------------------------------------------------------------ answering

    def wsdl(self, service: str) -> bytes:
        """The contract file with ``soap:address`` pointing at this server."""
        cached = self._wsdl_cache.get(service)
        if cached is not None:
            return cached
        name = "worktime.wsdl" if service == "worktime" else "hr.wsdl"
        parser = etree.XMLParser(resolve_entities=False, no_network=True)
        tree = etree.parse(str(resources_dir() / "wsdl" / name), parser)
        url = self.info.worktime_url if service == "worktime" else self.info.hr_url
        for address in tree.iter("{http://schemas.xmlsoap.org/wsdl/soap/}address"):
            address.set("location", url)
        data = bytes(etree.tostring(tree, xml_declaration=True, encoding="utf-8"))
        self._wsdl_cache[service] = data
        return data

    def answer(
        self, service: str, body: bytes, address: str, forced_lockout: bool = False
    ) -> tuple[int, bytes]:
        """(HTTP status, response body) for one SOAP request."""
        ctx = worktime_ops.CallContext(self.store, self.guard, address, forced_lockout)
        try:
            payload = parse_request(body)
            if service == "worktime":
                response = worktime_ops.handle(ctx, payload)
            else:
                response = hr_ops.handle(ctx, payload)
            return 200, envelope(response)
        except SoapFault as fault:
            return fault.http_status, fault_envelope(fault.faultcode, fault.message)
        except Exception as exc:  # never let a request kill its thread silently
            log.error("sandbox failed to answer: %s", type(exc).__name__)
            return 500, fault_envelope("soap:Server", "Unexpected error")
