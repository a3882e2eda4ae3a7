"""A small scripted HTTP server on loopback for transport tests (stdlib http.server).

Each request takes the next scripted ``Reply`` (the last one repeats). A reply can answer
normally, wait first, close the connection without answering, or send a body shorter than
its Content-Length.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    delay: float = 0.0
    drop: bool = False  # close without answering (after reading the request)
    truncate_to: int | None = None  # send only this many body bytes, then close
    headers: dict[str, str] = field(default_factory=dict)


class StubServer:
    def __init__(self, replies: list[Reply] | None = None) -> None:
        self.replies = list(replies or [Reply()])
        self.requests: list[tuple[str, dict[str, str], bytes]] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                with stub._lock:
                    stub.requests.append((self.path, dict(self.headers), body))
                    reply = stub.replies.pop(0) if len(stub.replies) > 1 else stub.replies[0]
                    stub.in_flight += 1
                    stub.max_in_flight = max(stub.max_in_flight, stub.in_flight)
                try:
                    if reply.delay:
                        time.sleep(reply.delay)
                    if reply.drop:
                        self.close_connection = True
                        return
                    self.send_response(reply.status)
                    self.send_header("Content-Type", "text/xml; charset=utf-8")
                    self.send_header("Content-Length", str(len(reply.body)))
                    for k, v in reply.headers.items():
                        self.send_header(k, v)
                    self.end_headers()
                    if reply.truncate_to is not None:
                        self.wfile.write(reply.body[: reply.truncate_to])
                        self.wfile.flush()
                        self.close_connection = True
                        return
                    self.wfile.write(reply.body)
                finally:
                    with stub._lock:
                        stub.in_flight -= 1

            do_POST = _handle
            do_GET = _handle

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/WebService.php"

    def __enter__(self) -> StubServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
