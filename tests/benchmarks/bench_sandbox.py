"""Benchmark: the sandbox under bulk writes and a large read, over real loopback HTTP.

1. InsertActivitiesV3 of 10,000 events in batches of 500; baseline: the same rows inserted
   with plain ``sqlite3.executemany`` in one transaction.
2. GetActivitiesV5 answering 100,000 events; baseline: lxml building and serialising an
   equal tree of 100,000 Activity elements in process (the floor for any lxml answer).

Run: .venv/bin/pytest tests/benchmarks/bench_sandbox.py -s
(or directly: .venv/bin/python tests/benchmarks/bench_sandbox.py)
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

import httpx
from lxml import etree

from nepton_desktop.sandbox import SandboxServer
from nepton_desktop.sandbox.store import create_schema

INSERTED = 10_000
BATCH = 500
READ = 100_000
SOAP_ENV = "http://schemas.xmlsoap.org/soap/envelope/"
WT_NS = "http://tyoaika.tyoteho.fi"
AUTH = (
    "<CallerAuthentication><CustomerId>1234</CustomerId><Username>api.integration</Username>"
    "<Password>Demo-Api-Password-1</Password></CallerAuthentication>"
)
BASE = datetime(2027, 1, 4, 8, 0)


def _envelope(operation: str, inner: str) -> bytes:
    return (
        f'<soapenv:Envelope xmlns:soapenv="{SOAP_ENV}" xmlns:tyo="{WT_NS}"><soapenv:Body>'
        f"<tyo:ParametersFor{operation}>{AUTH}{inner}</tyo:ParametersFor{operation}>"
        "</soapenv:Body></soapenv:Envelope>"
    ).encode()


def _times(i: int) -> tuple[datetime, datetime]:
    start = BASE + timedelta(minutes=10 * i)
    return start, start + timedelta(minutes=8)


def _insert_batches() -> list[bytes]:
    batches = []
    for first in range(0, INSERTED, BATCH):
        items = []
        for i in range(first, first + BATCH):
            start, end = _times(i)
            items.append(
                f"<Activity><UserId>1</UserId><ActivityTypeId>{1 if i % 10 else 2}</ActivityTypeId>"
                f"<StartTime>{start:%Y-%m-%dT%H:%M:%S}</StartTime>"
                f"<EndTime>{end:%Y-%m-%dT%H:%M:%S}</EndTime><Description>bench {i}</Description>"
                f"<ExternalIdentifiers><ExternalIdentifier>bench-{i}</ExternalIdentifier>"
                "</ExternalIdentifiers></Activity>"
            )
        batches.append(
            _envelope("InsertActivitiesV3", f"<ActivityList>{''.join(items)}</ActivityList>")
        )
    return batches


def _sqlite_baseline() -> float:
    with tempfile.TemporaryDirectory() as folder:
        conn = sqlite3.connect(Path(folder) / "b.sqlite3", isolation_level=None)
        create_schema(conn)
        conn.execute("PRAGMA journal_mode=WAL")
        rows = []
        for i in range(INSERTED):
            start, end = _times(i)
            rows.append(
                (
                    1,
                    1 if i % 10 else 2,
                    start.isoformat(),
                    end.isoformat(),
                    f"bench {i}",
                    "2027-01-01T00:00:00",
                )
            )
        started = time.perf_counter()
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO events(person_id, type_id, start, end, description, modified)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )
        conn.execute("COMMIT")
        elapsed = time.perf_counter() - started
        conn.close()
    return elapsed


def _lxml_baseline() -> tuple[float, int]:
    started = time.perf_counter()
    env = etree.Element(f"{{{SOAP_ENV}}}Envelope")
    body = etree.SubElement(env, f"{{{SOAP_ENV}}}Body")
    root = etree.SubElement(body, f"{{{WT_NS}}}ReturnValueForGetActivitiesV5")
    etree.SubElement(root, "ResponseCode").text = "1000"
    acts = etree.SubElement(root, "Activities")
    se = etree.SubElement
    for i in range(READ):
        start, end = _times(i)
        a = se(acts, "Activity")
        for tag, value in (
            ("Id", str(i + 1)),
            ("UserId", "1"),
            ("UserName", "api.integration"),
            ("ActivityTypeId", "1"),
            ("ActivityTypeCode", "TYO"),
            ("ActivityTypeInternalName", "work"),
            ("StartTime", start.isoformat()),
            ("EndTime", end.isoformat()),
            ("Description", f"bench {i}"),
            ("IsApproved", "false"),
            ("IsLocked", "false"),
        ):
            se(a, tag).text = value
        se(se(a, "ExternalIdentifiers"), "ExternalIdentifier").text = f"bench-{i}"
        se(a, "ModifiedDateTime").text = "2027-01-01T00:00:00.000000"
    data = etree.tostring(env, xml_declaration=True, encoding="utf-8")
    return time.perf_counter() - started, len(data)


def _fill_to(server: SandboxServer, total: int) -> None:
    """Add events straight into the store (not measured) so the read returns ``total``."""
    have = server.store.count("events")
    rows = []
    ext = []
    with server.store.transaction() as conn:
        next_id = int(conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM events").fetchone()[0])
        for n in range(total - have):
            i = INSERTED + n
            start, end = _times(i)
            rows.append(
                (
                    next_id + n,
                    1,
                    1,
                    start.isoformat(),
                    end.isoformat(),
                    f"bench {i}",
                    "2027-01-01T00:00:00.000000",
                )
            )
            ext.append((next_id + n, f"bench-{i}", 0))
        conn.executemany(
            "INSERT INTO events(id, person_id, type_id, start, end, description, modified)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        conn.executemany(
            "INSERT INTO event_external_ids(event_id, external_id, position) VALUES (?, ?, ?)",
            ext,
        )


def run() -> dict[str, float]:
    figures: dict[str, float] = {}
    server = SandboxServer(seed="empty")
    server.start()
    try:
        batches = _insert_batches()
        with httpx.Client(timeout=120) as client:
            headers = {"Content-Type": "text/xml; charset=utf-8"}
            started = time.perf_counter()
            slowest = 0.0
            for batch in batches:
                t0 = time.perf_counter()
                response = client.post(server.info.worktime_url, content=batch, headers=headers)
                slowest = max(slowest, time.perf_counter() - t0)
                assert b"<ResponseCode>1000</ResponseCode>" in response.content[:400]
            figures["insert_s"] = time.perf_counter() - started
            figures["insert_slowest_batch_s"] = slowest
            assert server.store.count("events") == INSERTED
            figures["insert_baseline_s"] = _sqlite_baseline()

            _fill_to(server, READ)
            started = time.perf_counter()
            response = client.post(
                server.info.worktime_url, content=_envelope("GetActivitiesV5", ""), headers=headers
            )
            figures["read_s"] = time.perf_counter() - started
            figures["read_mb"] = len(response.content) / 1e6
            started = time.perf_counter()
            parsed = etree.fromstring(response.content)
            figures["client_parse_s"] = time.perf_counter() - started
            count = len(
                parsed.findall(f".//{{{WT_NS}}}ReturnValueForGetActivitiesV5/Activities/Activity")
            )
            assert count == READ, count
            figures["read_baseline_s"], baseline_bytes = _lxml_baseline()
            figures["read_baseline_mb"] = baseline_bytes / 1e6
    finally:
        server.stop()

    print()
    print(f"InsertActivitiesV3, {INSERTED:,} events in batches of {BATCH} over HTTP:")
    rate = INSERTED / figures["insert_s"]
    print(
        f"  sandbox   {figures['insert_s']:6.2f} s  ({rate:,.0f} events/s,"
        f" slowest batch {figures['insert_slowest_batch_s']:.3f} s)"
    )
    print(
        f"  baseline  {figures['insert_baseline_s']:6.2f} s  (plain sqlite3 executemany, one"
        " transaction, no XML, no checks)"
    )
    print(f"GetActivitiesV5 answering {READ:,} events over HTTP:")
    print(
        f"  sandbox   {figures['read_s']:6.2f} s  ({figures['read_mb']:.1f} MB;"
        f" client-side lxml parse {figures['client_parse_s']:.2f} s)"
    )
    print(
        f"  baseline  {figures['read_baseline_s']:6.2f} s  (lxml builds and serialises an equal"
        f" tree in process, {figures['read_baseline_mb']:.1f} MB)"
    )
    return figures


def test_bench_sandbox() -> None:
    figures = run()
    # Generous bounds on a 2-core machine: the sandbox must never be what feels slow.
    assert figures["insert_s"] < 30
    assert figures["read_s"] < 30


if __name__ == "__main__":
    run()
