"""Fault injection: each fault does what it says, and a seed makes a run repeatable."""

from __future__ import annotations

import time

import httpx
import pytest

from nepton_desktop.sandbox import FaultSpec, SandboxServer
from nepton_desktop.sandbox.faults import FaultAction, FaultInjector
from tests.sandbox.conftest import SOAP_ENV, Client, code, payload_of, wt_envelope

EXAMPLE = (
    "latency_ms=200,http_503=0.1,http_500=0.1,drop_before_commit=0.1,"
    "drop_after_commit=0.2,truncate=0.05,soap_fault=0.05,lockout=1,seed=7"
)


def test_parse_the_documented_example() -> None:
    spec = FaultSpec.parse(EXAMPLE)
    assert spec == FaultSpec(
        latency_ms=200,
        http_503=0.1,
        http_500=0.1,
        drop_before_commit=0.1,
        drop_after_commit=0.2,
        truncate=0.05,
        soap_fault=0.05,
        lockout=True,
        seed=7,
    )
    assert FaultSpec.parse(str(spec)) == spec


@pytest.mark.parametrize(
    "bad",
    ["http_503=2", "nonsense=1", "latency_ms=-1", "drop_after_commit", "seed=x", "lockout=maybe"],
)
def test_parse_refuses_bad_specs(bad: str) -> None:
    with pytest.raises(ValueError):
        FaultSpec.parse(bad)


def test_seed_makes_the_sequence_repeatable() -> None:
    spec = FaultSpec.parse("http_503=0.2,drop_after_commit=0.3,truncate=0.1,seed=7")
    first = [FaultInjector(spec).roll() for _ in range(1)]
    a, b = FaultInjector(spec), FaultInjector(spec)
    run_a = [a.roll() for _ in range(200)]
    run_b = [b.roll() for _ in range(200)]
    assert run_a == run_b and first[0] == run_a[0]
    counts = {action: run_a.count(action) for action in FaultAction}
    assert 20 < counts[FaultAction.HTTP_503] < 60
    assert counts[FaultAction.NONE] > 50


INSERT = (
    "<ActivityList><Activity><UserId>1</UserId><ActivityTypeId>1</ActivityTypeId>"
    "<StartTime>2027-02-01T08:00:00</StartTime><EndTime>2027-02-01T16:00:00</EndTime>"
    "<ExternalIdentifiers><ExternalIdentifier>{}</ExternalIdentifier></ExternalIdentifiers>"
    "</Activity></ActivityList>"
)


@pytest.fixture
def empty_server():
    server = SandboxServer(seed="empty")
    server.start()
    yield server
    server.stop()


def _post_insert(server: SandboxServer, external_id: str) -> httpx.Response:
    return httpx.post(
        server.info.worktime_url,
        content=wt_envelope("InsertActivitiesV3", INSERT.format(external_id)),
        timeout=5,
    )


def test_drop_before_commit_writes_nothing(empty_server: SandboxServer) -> None:
    empty_server.set_faults(FaultSpec(drop_before_commit=1))
    with pytest.raises(httpx.RemoteProtocolError):
        _post_insert(empty_server, "before-1")
    assert empty_server.store.count_events_with_external_id("before-1") == 0


def test_drop_after_commit_writes_but_never_answers(empty_server: SandboxServer) -> None:
    empty_server.set_faults(FaultSpec(drop_after_commit=1))
    with pytest.raises(httpx.RemoteProtocolError):
        _post_insert(empty_server, "after-1")
    assert empty_server.store.count_events_with_external_id("after-1") == 1
    # The client's read-back then finds it; a blind retry would be refused as a duplicate.
    empty_server.set_faults(None)
    retry = payload_of(_post_insert(empty_server, "after-1"))
    assert retry.findtext("Results/Result/ResponseCode") == "1025"
    assert empty_server.store.count_events_with_external_id("after-1") == 1


def test_truncated_answer(empty_server: SandboxServer) -> None:
    empty_server.set_faults(FaultSpec(truncate=1))
    with pytest.raises(httpx.RemoteProtocolError):
        _post_insert(empty_server, "cut-1")
    assert empty_server.store.count_events_with_external_id("cut-1") == 1


@pytest.mark.parametrize(
    ("spec", "status"), [(FaultSpec(http_503=1), 503), (FaultSpec(http_500=1), 500)]
)
def test_http_errors(empty_server: SandboxServer, spec: FaultSpec, status: int) -> None:
    empty_server.set_faults(spec)
    response = _post_insert(empty_server, "http-1")
    assert response.status_code == status
    assert b"Envelope" not in response.content
    assert empty_server.store.count_events_with_external_id("http-1") == 0


def test_soap_fault(empty_server: SandboxServer) -> None:
    empty_server.set_faults(FaultSpec(soap_fault=1))
    response = _post_insert(empty_server, "fault-1")
    assert response.status_code == 500
    assert payload_of(response).tag == f"{{{SOAP_ENV}}}Fault"
    assert empty_server.store.count_events_with_external_id("fault-1") == 0


def test_forced_lockout_and_latency(empty_server: SandboxServer) -> None:
    empty_server.set_faults(FaultSpec(lockout=True, latency_ms=200))
    client = Client(empty_server)
    try:
        started = time.perf_counter()
        assert code(client.wt("GetActivityTypes")) == 1018
        assert time.perf_counter() - started >= 0.2
    finally:
        client.close()


def test_wsdl_is_never_faulted(empty_server: SandboxServer) -> None:
    empty_server.set_faults(FaultSpec(http_503=1, drop_before_commit=1))
    assert httpx.get(empty_server.info.worktime_url + "?WSDL").status_code == 200


def test_faults_given_at_construction() -> None:
    server = SandboxServer(seed="empty", faults=FaultSpec.parse("http_503=1"))
    server.start()
    try:
        assert _post_insert(server, "x").status_code == 503
    finally:
        server.stop()
