"""Benchmark: parse a GetActivitiesV5 answer of 100,000 events into Event records.

Side by side in one run: the client's parser, zeep parsing the same bytes into its objects,
and a bare ``lxml.etree.fromstring`` as the floor. Goal: >= 10x faster than zeep and within
2x of the bare parse.

How it is measured: round-robin, best of 3 by CPU, with the memory the previous parser freed
handed back to the system before each (``malloc_trim``; see ``_release_freed_memory``), so
that no parser pays for another's heap. CPU is split into user and kernel time: the bare
parse spends about a third of its CPU in the kernel, faulting in the pages of its ~400 MB
tree, so the user-CPU ratio is printed too and must also be within 2x. One more line shows
ours right after the bare parse without trimming, which is what the figures looked like
before the trim (ours billed ~0.2 s for freeing the bare parse's tree).

Measured on the 2-core build machine (Dec 2026), 100,000 events, 66 MB, one run:
  bare fromstring 0.435 s CPU (0.299 user + 0.136 kernel); ours 0.486 s (0.430 user):
  1.12x the CPU and 1.44x the user CPU of the bare parse; the tree walk (fallback) 1.226 s
  (2.82x); zeep 13.4 s (27.6x the CPU of ours); ours right after bare, untrimmed, 0.668 s.
  Both goals MET.
  Where ours goes (100,000 events, user CPU): one C pass for characters XML forbids 0.04 s;
  decoding the block 0.04 s; the regex 0.25 s (the strings it returns included); records
  0.20 s (columns converted with ``map`` over caches, then ``map(Event, ...)``); the
  envelope around the block parsed by lxml, a few ms.
  History, measured before the trim (so not comparable one to one): before the fast path,
  ours took 4.2x the bare parse; with the fast path checking the whole answer with libxml2
  (no tree) and converting in a per-event loop, 3.2x; the tree walk then took 3.8x. XPath
  and XSLT extraction, iterparse and a worker-thread overlap of parse and walk were tried
  earlier and measured slower than the tree walk.

Run: .venv/bin/pytest tests/benchmarks/bench_codec.py -s
(or directly: .venv/bin/python tests/benchmarks/bench_codec.py [events])
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import resource
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
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


def _release_freed_memory() -> None:
    """Hand the memory freed by the previous parser back to the system (glibc only).

    Without it, whichever parser runs next pays for the previous one's freed heap: after the
    bare parse frees its tree of ~400 MB, glibc consolidates its free chunks inside the next
    parser's first allocations, about 0.2 s of user CPU billed to the wrong parser (measured:
    ours took 0.82 s right after the bare parse and 0.62 s right after itself). Trimmed,
    every parser starts from the same state and pays for the memory it takes itself.
    """
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None).malloc_trim(0)


@dataclass(frozen=True)
class Timing:
    """Seconds of one call: wall clock, and this process's CPU in user and kernel mode."""

    wall: float
    user: float
    system: float

    @property
    def cpu(self) -> float:
        return self.user + self.system

    def best(self, other: Timing) -> Timing:
        return other if other.cpu < self.cpu else self


_NEVER = Timing(float("inf"), float("inf"), float("inf"))


def _timed(fn: Callable[[], Any], *, trim: bool = True) -> tuple[Timing, Any]:
    gc.collect()
    if trim:
        _release_freed_memory()
    r0, w0 = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
    result = fn()
    w1, r1 = time.perf_counter(), resource.getrusage(resource.RUSAGE_SELF)
    return Timing(w1 - w0, r1.ru_utime - r0.ru_utime, r1.ru_stime - r0.ru_stime), result


def _interleaved(fns: dict[str, Callable[[], Any]], rounds: int) -> dict[str, Timing]:
    """The times of each function's run with the least CPU, measured round-robin so that a
    busy machine slows all of them alike rather than whichever ran during the busy spell."""
    best = dict.fromkeys(fns, _NEVER)
    for _ in range(rounds):
        for name, fn in fns.items():
            timing, result = _timed(fn)
            del result
            best[name] = best[name].best(timing)
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


def run(n: int = EVENTS, rounds: int = 3) -> dict[str, Timing]:
    """Best times of each parser, measured round-robin in one run."""
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
    bare = best["bare"]
    print(f"  best of {rounds}; seconds: wall clock, CPU of this process = user + kernel")

    def line(label: str, t: Timing, versus: str) -> None:
        print(
            f"  {label:27}: {t.wall:6.3f} wall {t.cpu:6.3f} CPU = {t.user:6.3f} user"
            f" + {t.system:5.3f} kernel  {versus}"
        )

    line("bare lxml.etree.fromstring", bare, "(baseline)")
    for label, key in (("nepton_desktop parser", "ours"), ("ours, tree walk (fallback)", "tree")):
        t = best[key]
        line(
            label,
            t,
            f"{t.cpu / bare.cpu:4.2f}x CPU, {t.user / bare.user:4.2f}x user CPU of the bare parse",
        )
    zeep, ours = best["zeep"], best["ours"]
    line("zeep process_reply", zeep, f"{zeep.cpu / ours.cpu:4.1f}x the CPU of ours")
    # For comparison, the order's effect when the heap is not trimmed: ours right after the
    # bare parse pays for freeing its tree.
    after = _NEVER
    for _ in range(rounds):
        _timed(lambda: etree.fromstring(data))
        timing, result = _timed(lambda: worktime_responses.activities(data), trim=False)
        del result
        after = after.best(timing)
    line(
        "ours, right after bare",
        after,
        f"{after.cpu / bare.cpu:4.2f}x CPU; heap not trimmed in between, for comparison",
    )
    print(
        f"  goals: >= 10x faster than zeep: {'MET' if zeep.cpu / ours.cpu >= 10 else 'NOT MET'}"
        f"; within 2x of bare, CPU: {'MET' if ours.cpu / bare.cpu <= 2 else 'NOT MET'}"
        f", user CPU alone: {'MET' if ours.user / bare.user <= 2 else 'NOT MET'}"
    )
    return best


def test_bench_parse_get_activities_v5() -> None:
    best = run()
    ours, bare = best["ours"], best["bare"]
    # CPU seconds: on a shared machine wall-clock ratios move with other processes' load.
    assert best["zeep"].cpu / ours.cpu >= 10
    assert ours.cpu / bare.cpu <= 2
    # The bare parse spends a third of its CPU in the kernel, faulting in fresh pages for
    # its tree; without that share, ours must still be within 2x (small margin for noise).
    assert ours.user / bare.user <= 2.2
    assert ours.cpu < 0.6 * best["tree"].cpu


if __name__ == "__main__":
    run(int(sys.argv[1]) if len(sys.argv) > 1 else EVENTS)
