"""ChangeSet -> journal -> batches through a fake of the API interface: progress, cancel,
kill-and-resume without duplicates, revert with conflicts kept."""

from __future__ import annotations

import asyncio
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from nepton_desktop.changes.changeset import ChangeSet, Operation, OpKind, from_plan
from nepton_desktop.changes.journal import JobState, Journal, decode, encode, file_hash
from nepton_desktop.changes.submitter import Progress, Submitter
from nepton_desktop.domain.columns import Entity
from nepton_desktop.importing.pipeline import dry_run
from nepton_desktop.importing.plan import Action
from tests.importing.fake_service import FakeHr, FakeService, FakeWorktime, Killed
from tests.importing.files import write_xlsx
from tests.importing.live_fixture import HETU_AINO, community

HEADERS = ["Nepton id", "Henkilönumero", "Tyyppi", "Alkaa", "Päättyy", "Projekti", "Kuvaus"]


def _new_rows(count: int) -> list[list[object]]:
    return [
        [
            None,
            "1003",
            "TYO",
            datetime(2026, 4, 1 + n, 8),
            datetime(2026, 4, 1 + n, 16),
            "P5",
            f"new {n}",
        ]
        for n in range(count)
    ]


def _job(tmp_path: Path, rows: list[list[object]]) -> tuple[Journal, int, FakeService]:
    live = community()
    path = write_xlsx(tmp_path / "events.xlsx", [HEADERS, *rows])
    plan = dry_run(path, "events", live).plan
    assert not plan.blocked, [p.describe() for p in plan.errors]
    changes = from_plan(plan)
    journal = Journal(tmp_path / "journal.sqlite3")
    job = journal.create_job(
        changes,
        source=path.name,
        file_hash=file_hash(path),
        mapping=plan.validation.table.mapping.to_json(),
        profile="demo",
    )
    return journal, job, FakeService(FakeWorktime(live.events, live.projects))


def test_from_plan_carries_resolved_ids_and_before_values(tmp_path: Path) -> None:
    live = community()
    path = write_xlsx(
        tmp_path / "e.xlsx",
        [
            HEADERS,
            [100, "1001", "TYO", datetime(2026, 3, 2, 8), datetime(2026, 3, 2, 16), "P5", "new"],
            *_new_rows(1),
        ],
    )
    changes = from_plan(dry_run(path, "events", live).plan)
    update, create = sorted(changes, key=lambda o: o.kind != OpKind.UPDATE)
    assert update.kind is OpKind.UPDATE and update.target == 100
    assert update.changed == ("description",) and update.before == {"description": "roof"}
    assert create.refs == {
        "person_id": 13,
        "person_number": "1003",
        "event_type_id": 1,
        "event_type_code": "TYO",
        "project_id": 5,
        "project_code": "P5",
    }
    assert changes.counts() == {"create": 1, "update": 1, "delete": 0}


async def test_submit_in_batches_with_progress(tmp_path: Path) -> None:
    journal, job, service = _job(
        tmp_path,
        [
            [100, "1001", "TYO", datetime(2026, 3, 2, 8), datetime(2026, 3, 2, 17), "P5", "roof"],
            *_new_rows(5),
        ],
    )
    seen: list[Progress] = []
    report = await Submitter(service, journal, batch_size=2).submit(job, seen.append)
    assert len(report.sent) == 6 and not report.failed and not report.not_sent
    assert [p.done for p in seen] == [2, 4, 6] and seen[-1].total == 6
    assert seen[-1].remaining_seconds == 0
    assert service.worktime.calls == [("insert", 2), ("insert", 2), ("insert", 1), ("update", 1)]
    assert service.worktime.events[100].end == datetime(2026, 3, 2, 17)
    created = [e for e in service.worktime.events.values() if e.id >= 10_000]
    assert sorted(e.description or "" for e in created) == [f"new {n}" for n in range(5)]
    assert all(e.external_identifiers[0].startswith(f"nd-{job}-") for e in created)
    assert journal.job(job).state is JobState.DONE
    assert journal.unfinished() == []
    ids = {j.nepton_id for j in journal.ops(job) if j.op.kind is OpKind.CREATE}
    assert ids == {e.id for e in created}


async def test_cancel_finishes_the_batch_in_flight_and_says_what_was_sent(tmp_path: Path) -> None:
    journal, job, service = _job(tmp_path, _new_rows(5))
    cancel = asyncio.Event()
    report = await Submitter(service, journal, batch_size=2).submit(
        job, lambda p: cancel.set(), cancel
    )
    assert report.cancelled
    assert [j.op.row for j in report.sent] == [2, 3]
    assert [j.op.row for j in report.not_sent] == [4, 5, 6]
    assert len([e for e in service.worktime.events.values() if e.id >= 10_000]) == 2
    assert journal.job(job).state is JobState.CANCELLED
    assert "cancelled" in report.summary()


async def test_kill_after_commit_then_resume_sends_nothing_twice(tmp_path: Path) -> None:
    journal, job, service = _job(tmp_path, _new_rows(5))
    service.worktime.kill_after_batches = 1  # the second batch is saved, then the app dies
    with pytest.raises(Killed):
        await Submitter(service, journal, batch_size=2).submit(job)
    journal.close()
    assert len([e for e in service.worktime.events.values() if e.id >= 10_000]) == 4

    journal = Journal(tmp_path / "journal.sqlite3")  # the next start
    (unfinished,) = journal.unfinished()
    assert unfinished.id == job and unfinished.counts == {"done": 2, "in_flight": 2, "pending": 1}
    service.worktime.kill_after_batches = None
    report = await Submitter(service, journal, batch_size=2).submit(job)
    assert report.settled_on_resume == 2
    assert len(report.sent) == 5 and not report.unknown
    created = [e for e in service.worktime.events.values() if e.id >= 10_000]
    assert sorted(e.description or "" for e in created) == [f"new {n}" for n in range(5)]
    assert service.worktime.calls[-1] == ("insert", 1)  # only the never-sent row went again
    assert journal.unfinished() == []


async def test_whole_request_refusal_leaves_the_job_resumable(tmp_path: Path) -> None:
    journal, job, service = _job(tmp_path, _new_rows(3))
    service.worktime.refuse = True
    report = await Submitter(service, journal, batch_size=2).submit(job)
    assert report.stopped_by is not None and "login refused" in report.stopped_by
    assert [j.id for j in journal.unfinished()] == [job]
    service.worktime.refuse = False
    # The refused batch never reached Nepton: resuming reads back, finds nothing, sends it.
    report = await Submitter(service, journal, batch_size=2).submit(job)
    assert len(report.sent) == 3
    assert len([e for e in service.worktime.events.values() if e.id >= 10_000]) == 3


async def test_revert_deletes_created_restores_updated_and_keeps_later_changes(
    tmp_path: Path,
) -> None:
    journal, job, service = _job(
        tmp_path,
        [
            [100, "1001", "TYO", datetime(2026, 3, 2, 8), datetime(2026, 3, 2, 17), "P5", "ROOF"],
            *_new_rows(2),
        ],
    )
    await Submitter(service, journal).submit(job)
    events = service.worktime.events
    assert events[100].description == "ROOF"
    # Someone edits the end of event 100 in Nepton after the import; the description is as
    # the import left it.
    events[100].end = datetime(2026, 3, 2, 18)
    report = await Submitter(service, journal).revert(job, community())
    assert report.deleted == 2
    assert [e.id for e in events.values() if e.id >= 10_000] == []
    assert events[100].description == "roof"  # restored
    assert events[100].end == datetime(2026, 3, 2, 18)  # changed since: kept
    assert [(c.key, c.now) for c in report.kept] == [("end", datetime(2026, 3, 2, 18))]
    assert report.restored == 1
    assert journal.job(job).state is JobState.REVERTED


async def test_persons_go_through_import_persons_and_personal_data_leaves_the_journal(
    tmp_path: Path,
) -> None:
    live = community()
    path = write_xlsx(
        tmp_path / "p.xlsx",
        [
            ["Henkilönumero", "Etunimi", "Sukunimi", "Henkilötunnus", "Toimi", "Tuntipalkka"],
            ["1001", "Aino", "Virtanen", HETU_AINO, "Head nurse", "21,50"],
            ["1005", "Eino", "Esimerkki", None, "Cook", "15"],
        ],
    )
    plan = dry_run(path, "personnel", live).plan
    assert [r.action for r in plan.rows] == [Action.UPDATE, Action.CREATE]
    journal = Journal(tmp_path / "j.sqlite3")
    job = journal.create_job(from_plan(plan), source="p.xlsx", file_hash="x")
    hr = FakeHr(live.persons)
    report = await Submitter(FakeService(FakeWorktime(), hr), journal).submit(job)
    assert len(report.sent) == 2
    # Creates and updates go as separate imports, creates first.
    assert [(ignore_empty, reset) for _, ignore_empty, reset in hr.imports] == [
        (True, frozenset()),
        (True, frozenset()),
    ]
    sent = [p for persons, _, _ in hr.imports for p in persons]
    assert [(p.employee_number, p.job_title, p.hourly_wage) for p in sent] == [
        ("1005", "Cook", Decimal(15)),
        ("1001", "Head nurse", Decimal("21.50")),
    ]
    assert sent[1].nepton_id == 11
    assert [p.job_title for p in hr.persons if p.employee_number == "1001"] == ["Head nurse"]
    raw = (tmp_path / "j.sqlite3").read_bytes()
    assert HETU_AINO.encode() not in raw  # masked when the job finished
    with journal._lock:  # the stored row shows only the masked form
        (vals,) = journal._db.execute(
            "SELECT vals FROM ops WHERE job_id = ? AND row = 2", (job,)
        ).fetchone()
    assert HETU_AINO[:7] + "****" in vals


def test_journal_value_codec_round_trips() -> None:
    values = {
        "a": date(2026, 1, 2),
        "b": datetime(2026, 1, 2, 8, 30),
        "c": Decimal("7.50"),
        "d": ("x", "y"),
        "e": None,
        "f": True,
        "g": 3,
    }
    assert decode(encode(values)) == values


def test_change_set_holds_one_entity() -> None:
    changes = ChangeSet(Entity.EVENTS)
    changes.delete(5, {"description": "x"})
    changes.update(7, {"description": "b"}, ["description"], {"description": "a"})
    assert changes.counts() == {"create": 0, "update": 1, "delete": 1}
    assert next(iter(changes)).target == 5
    with pytest.raises(ValueError, match="cannot hold"):
        changes.add(Operation(OpKind.CREATE, Entity.PROJECTS, {"name": "x"}))


async def test_history_lists_jobs_newest_first_with_their_outcomes(tmp_path: Path) -> None:
    journal, first, service = _job(tmp_path, _new_rows(2))
    await Submitter(service, journal).submit(first)
    live = community()
    path = write_xlsx(tmp_path / "second.xlsx", [HEADERS, *_new_rows(3)[1:]])
    second = journal.create_job(
        from_plan(dry_run(path, "events", live).plan),
        source="second.xlsx",
        file_hash="h2",
        mapping={"columns": {"Henkilönumero": "person"}},
        profile="demo",
    )
    history = journal.history()
    assert [j.id for j in history] == [second, first]
    assert history[0].state is JobState.PLANNED and history[0].counts == {"pending": 2}
    assert history[0].mapping == {"columns": {"Henkilönumero": "person"}}
    assert history[1].state is JobState.DONE and history[1].counts == {"done": 2}
    assert history[1].source == "events.xlsx" and len(history[1].file_hash) == 64
    assert [j.id for j in journal.unfinished()] == [second]


def test_new_projects_are_sent_parents_first(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "p.xlsx",
        [
            ["Koodi", "Nimi", "Yläprojekti"],
            ["GRAND", "Grandchild", "CHILD"],
            ["CHILD", "Child", "ROOT"],
            ["ROOT", "Root", "P5"],
            ["P6", "Wall renamed", None],
        ],
    )
    plan = dry_run(path, "projects", community()).plan
    assert not plan.errors, [p.describe() for p in plan.errors]
    order = [op.values["code"] for op in from_plan(plan)]
    assert order.index("ROOT") < order.index("CHILD") < order.index("GRAND")
    assert sorted(order) == ["CHILD", "GRAND", "P6", "ROOT"]
