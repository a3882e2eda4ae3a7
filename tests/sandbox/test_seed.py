"""The demo community is realistic enough to demo and to test against."""

from __future__ import annotations

from datetime import timedelta

from nepton_desktop.domain.identity import is_valid_hetu, is_valid_iban
from nepton_desktop.sandbox import SandboxServer
from nepton_desktop.sandbox.demo_community import DEMO_LOCKED_AFTER_DAYS
from nepton_desktop.sandbox.store import now_local
from tests.sandbox.conftest import Client, code


def test_demo_community_shape(demo_server: SandboxServer) -> None:
    store = demo_server.store
    with store.reading() as conn:
        people = conn.execute(
            "SELECT personal_identity_code, iban FROM persons WHERE employee_number IS NOT NULL"
        ).fetchall()
        events = conn.execute("SELECT COUNT(*), MIN(start) FROM events").fetchone()
        types = {r[0] for r in conn.execute("SELECT type_id FROM events")}
    assert 280 <= len(people) <= 320
    assert all(is_valid_hetu(p[0]) and is_valid_iban(p[1]) for p in people)
    assert len({p[0] for p in people}) == len(people)
    assert store.count("units", "is_deleted = 0") == 12
    assert store.count("projects") == 80
    assert 55_000 <= events[0] <= 68_000
    assert events[1][:10] >= str(now_local().date() - timedelta(days=366))
    assert {1, 2, 3, 5, 31, 40, 41, 84, 239} <= types
    assert store.count("persons", "employment_end IS NOT NULL") >= 10
    assert store.count("persons", "removed = 1") >= 1
    assert store.count("persons", "primary_supervisor_id IS NOT NULL") >= 280
    assert store.count("approved_days") > 10_000


def test_demo_locks_old_days_and_approves_many(demo_client: Client) -> None:
    today = now_local().date()
    old = today - timedelta(days=DEMO_LOCKED_AFTER_DAYS + 5)
    recent = today - timedelta(days=3)
    payload = demo_client.wt(
        "GetActivitiesV5",
        f"<FilterByStartDate>{old}</FilterByStartDate><FilterByEndDate>{old}</FilterByEndDate>",
    )
    acts = payload.findall("Activities/Activity")
    assert acts and all(a.findtext("IsLocked") == "true" for a in acts)
    assert sum(a.findtext("IsApproved") == "true" for a in acts) > len(acts) / 2
    payload = demo_client.wt(
        "GetActivitiesV5",
        f"<FilterByStartDate>{recent}</FilterByStartDate>"
        f"<FilterByEndDate>{recent}</FilterByEndDate>",
    )
    assert all(a.findtext("IsLocked") == "false" for a in payload.findall("Activities/Activity"))


def test_administrative_events_carry_reset_and_change_values(demo_client: Client) -> None:
    payload = demo_client.wt(
        "GetActivitiesV5",
        "<FilterByActivityTypeIds><ActivityTypeId>41</ActivityTypeId>"
        "<ActivityTypeId>40</ActivityTypeId></FilterByActivityTypeIds>",
    )
    assert code(payload) == 1000
    acts = payload.findall("Activities/Activity")
    assert any(a.findtext("ResetValue") == "0" for a in acts)
    assert any(a.findtext("ChangeValue") for a in acts if a.findtext("ActivityTypeId") == "40")


def test_empty_seed_has_only_api_users_and_event_types() -> None:
    server = SandboxServer(seed="empty")
    server.start()
    try:
        store = server.store
        assert store.count("persons") == 3
        assert store.count("event_types") >= 10
        assert store.count("events") == store.count("projects") == store.count("units") == 0
    finally:
        server.stop()
