"""Benchmark: parse a GetActivitiesV5 answer of 100,000 events into Event records.

Side by side in one run: the client's parser, zeep parsing the same bytes into its objects,
and a bare ``lxml.etree.fromstring`` as the floor. Goal: >= 10x faster than zeep and within
2x of the bare parse.

Measured on the 2-core build machine (Dec 2026), 100,000 events, 66 MB, best of 2, CPU:
before the fast path: bare fromstring 0.250 s; ours 1.055 s (4.2x the bare parse); zeep
12.4 s. With it, one run (pytest command below): bare 0.284 s; ours 0.902 s (3.18x the bare
parse); the tree walk (now the fallback, also printed) 1.077 s (3.80x); zeep 13.4 s (14.8x
slower than ours). The 2x goal is NOT met. Each parser here runs right after another's big
heap was freed, and whichever runs first after the bare parse pays ~0.2 s more in fresh
memory (measured in a separate script with the order changed), so the fast path gains more
than these show (bare, tree, ours in that order: 0.28 / 1.33 / 0.73 s). Compare one run only.
  Where the fast path's time goes (100,000 events): libxml2's well-formedness check without
  a tree 0.13 s; decoding the block 0.02 s; the regex 0.25-0.30 s (the strings it returns
  included); records 0.25-0.30 s (ints, datetimes from caches, unescaping, the Event). The
  last two are Python-level work per event, which is why 2x of a C parse is out of reach
  without compiled code. XPath and XSLT extraction, iterparse and a worker-thread overlap
  of parse and walk were tried earlier and measured slower than the tree walk.

Run: .venv/bin/pytest tests/benchmarks/bench_codec.py -s
(or directly: .venv/bin/python tests/benchmarks/bench_codec.py [events])
"""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from lxml import etree

from nepton_desktop.api import worktime_responses
from nepton_desktop.api.contract import WORKTIME_WSDL

EVENTS = 100_000


def build_answer(n: int) -> bytes:
    """A GetActivitiesV5 answer in the contract's element order, written by hand."""
    head = (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"'
        ' xmlns:tyo="http://tyoaika.tyoteho.fi"><soapenv:Body>'
        "<tyo:ReturnValueForGetActivitiesV5><ResponseCode>1000</ResponseCode>"
        "<ResponseString>OK</ResponseString><Activities>"
    )
    tail = "</Activities></tyo:ReturnValueForGetActivitiesV5></soapenv:Body></soapenv:Envelope>"
    base = datetime(2025, 1, 1, 8, 0)
    parts = [head]
    for i in range(n):
        start = base + timedelta(hours=i)
        end = start + timedelta(hours=8)
        absence = i % 10 == 0
        parts.append(
            f"<Activity><Id>{i + 1}</Id><UserId>{100 + i % 500}</UserId>"
            f"<UserName>user.{i % 500}</UserName>"
            f"<PersonnelNumber>{1000 + i % 500}</PersonnelNumber>"
            f"<ActivityTypeId>{5 if absence else 1}</ActivityTypeId>"
            f"<ActivityTypeCode>{'POISSA' if absence else 'TYO'}</ActivityTypeCode>"
            f"<ActivityTypeInternalName>{'absence' if absence else 'work'}"
            "</ActivityTypeInternalName>"
            f"<StartTime>{start:%Y-%m-%dT%H:%M:%S}</StartTime>"
            f"<EndTime>{end:%Y-%m-%dT%H:%M:%S}</EndTime>"
            f"<Description>Event {i} &amp; notes</Description>"
            f"<ProjectId>{i % 50}</ProjectId><ProjectCode>P{i % 50}</ProjectCode>"
            f"<IsApproved>{'true' if i % 3 == 0 else 'false'}</IsApproved>"
            "<IsLocked>false</IsLocked>"
            + (
                "<ActivityDetails><AbsenceTypeCode>SL</AbsenceTypeCode>"
                "<AdditionalInfo>Sick</AdditionalInfo><Compensation>Paid</Compensation>"
                "<EarnsVacationDays>true</EarnsVacationDays></ActivityDetails>"
                if absence
                else ""
            )
            + f"<ExternalIdentifiers><ExternalIdentifier>nd-{i:08d}</ExternalIdentifier>"
            "</ExternalIdentifiers>"
            f"<ModifiedDateTime>{start:%Y-%m-%dT%H:%M:%S}</ModifiedDateTime></Activity>"
        )
    parts.append(tail)
    return "".join(parts).encode()


def _timed(fn: Callable[[], Any]) -> tuple[float, float, Any]:
    """(wall seconds, CPU seconds of this process, result)."""
    gc.collect()
    w0, c0 = time.perf_counter(), time.process_time()
    result = fn()
    return time.perf_counter() - w0, time.process_time() - c0, result


def _interleaved(fns: dict[str, Callable[[], Any]], rounds: int) -> dict[str, tuple[float, float]]:
    """Best wall and CPU time of each function, measured round-robin so that a busy
    machine slows all of them alike rather than whichever ran during the busy spell."""
    best: dict[str, tuple[float, float]] = {k: (float("inf"), float("inf")) for k in fns}
    for _ in range(rounds):
        for name, fn in fns.items():
            wall, cpu, result = _timed(fn)
            del result
            best[name] = (min(best[name][0], wall), min(best[name][1], cpu))
    return best


def _zeep_parser() -> Callable[[bytes], Any]:
    import zeep

    client = zeep.Client(str(WORKTIME_WSDL))
    operation = client.service._binding._operations["GetActivitiesV5"]

    def parse(data: bytes) -> Any:
        # The binding's own reply processing: envelope -> body -> typed zeep objects.
        envelope = etree.fromstring(data)
        return operation.process_reply(envelope)

    return parse


def _tree_walk(data: bytes) -> list[Any]:
    """The parser's general path (what every answer took before the fast path)."""
    answer = worktime_responses.open_answer(data, "GetActivitiesV5")
    events: list[Any] = []
    container = worktime_responses._child(answer.root, "Activities")
    assert container is not None
    worktime_responses._read_activities(container, events, "GetActivitiesV5")
    return events


def run(n: int = EVENTS, rounds: int = 2) -> dict[str, tuple[float, float]]:
    """Best (wall, CPU) seconds of each parser, measured round-robin in one run."""
    data = build_answer(n)
    print(f"\nGetActivitiesV5 answer: {n:,} events, {len(data) / 1e6:.1f} MB")
    answer, events = worktime_responses.activities(data)
    assert answer.code == 1000 and len(events) == n and events[-1].id == n
    # The same records either way, and this answer does take the fast path.
    assert worktime_responses._fast_activities(data, "GetActivitiesV5") is not None
    assert _tree_walk(data) == events
    zeep_parse = _zeep_parser()
    reply = zeep_parse(data)
    assert len(reply["Activities"]["Activity"]) == n
    del reply, events
    best = _interleaved(
        {
            "bare": lambda: etree.fromstring(data),
            "ours": lambda: worktime_responses.activities(data),
            "tree": lambda: _tree_walk(data),
            "zeep": lambda: zeep_parse(data),
        },
        rounds,
    )
    (bare_w, bare_c), (ours_w, ours_c), (zeep_w, zeep_c) = best["bare"], best["ours"], best["zeep"]
    tree_w, tree_c = best["tree"]
    print(f"  best of {rounds}; wall-clock seconds, and CPU seconds of this process")
    print(f"  bare lxml.etree.fromstring : {bare_w:7.3f} s wall {bare_c:7.3f} s CPU  (baseline)")
    print(
        f"  nepton_desktop parser      : {ours_w:7.3f} s wall {ours_c:7.3f} s CPU  "
        f"{ours_w / bare_w:4.2f}x / {ours_c / bare_c:4.2f}x the bare parse"
    )
    print(
        f"  ours, tree walk (fallback) : {tree_w:7.3f} s wall {tree_c:7.3f} s CPU  "
        f"{tree_w / bare_w:4.2f}x / {tree_c / bare_c:4.2f}x the bare parse"
    )
    print(
        f"  zeep process_reply         : {zeep_w:7.3f} s wall {zeep_c:7.3f} s CPU  "
        f"{zeep_w / ours_w:4.1f}x / {zeep_c / ours_c:4.1f}x slower than ours"
    )
    print(
        f"  goals (CPU): >= 10x faster than zeep: {'MET' if zeep_c / ours_c >= 10 else 'NOT MET'}"
        f"; within 2x of bare: {'MET' if ours_c / bare_c <= 2 else 'NOT MET'}"
    )
    return best


def test_bench_parse_get_activities_v5() -> None:
    best = run()
    # CPU seconds: on a shared machine wall-clock ratios move with other processes' load.
    assert best["zeep"][1] / best["ours"][1] >= 10
    # The 2x goal is printed above and not met (see the module docstring); this guards
    # against regressions only (the fast path must stay well ahead of the tree walk).
    assert best["ours"][1] / best["bare"][1] <= 6
    assert best["ours"][1] < 0.85 * best["tree"][1]


if __name__ == "__main__":
    run(int(sys.argv[1]) if len(sys.argv) > 1 else EVENTS)
