"""The sandbox's own SOAP helpers: time zone fallback and lenient element lookup."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from lxml import etree

from nepton_desktop.sandbox.soap import (
    Fields,
    InvalidParameter,
    _EuropeHelsinki,
    child,
    parse_bool,
    parse_datetime,
)


def test_helsinki_fallback_matches_the_time_zone_database() -> None:
    real, fallback = ZoneInfo("Europe/Helsinki"), _EuropeHelsinki()
    moment = datetime(2024, 1, 1, tzinfo=UTC)
    while moment < datetime(2028, 1, 1, tzinfo=UTC):
        assert moment.astimezone(real).replace(tzinfo=None) == moment.astimezone(fallback).replace(
            tzinfo=None
        ), moment
        moment += timedelta(minutes=30)
    for text in ("2026-03-29T02:30:00", "2026-07-01T12:00:00", "2026-10-25T03:30:00"):
        local = datetime.fromisoformat(text)
        assert local.replace(tzinfo=real).utcoffset() == local.replace(tzinfo=fallback).utcoffset()


def test_datetimes_with_offsets_become_helsinki_wall_time() -> None:
    assert parse_datetime("2026-07-01T09:00:00Z", "x") == datetime(2026, 7, 1, 12, 0)
    assert parse_datetime("2026-01-01T09:00:00+01:00", "x") == datetime(2026, 1, 1, 10, 0)
    assert parse_datetime("2026-01-01 09:00:00", "x") == datetime(2026, 1, 1, 9, 0)
    with pytest.raises(InvalidParameter):
        parse_datetime("tomorrow", "x")


def test_booleans_as_nepton_writes_them() -> None:
    assert parse_bool("True", "x") and parse_bool("1", "x") and not parse_bool("false", "x")
    with pytest.raises(InvalidParameter):
        parse_bool("yes", "x")


def test_lookup_ignores_case_and_namespace() -> None:
    el = etree.fromstring(
        '<r xmlns:t="urn:t"><t:UserName>a</t:UserName><DeploymentID>1</DeploymentID></r>'
    )
    for node in (el, Fields(el)):
        found = child(node, "Username")
        assert found is not None and found.text == "a"
        found = child(node, "DeploymentId")
        assert found is not None and found.text == "1"
        assert child(node, "Missing") is None
