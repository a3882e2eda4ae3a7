"""The demo work community: persons, supervisors, projects and a year of events.

Deterministic for a given day: a fixed random seed and dates relative to today.
"""

from __future__ import annotations

import random
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from nepton_desktop.domain.identity import make_fi_iban, make_hetu
from nepton_desktop.sandbox.seed_catalogue import (
    ABSENCE_TYPE_ID,
    ABSENCE_TYPES,
    BANKS,
    CITIES,
    CUSTOMERS,
    FIRST_NAMES_F,
    FIRST_NAMES_M,
    JOB_TITLES,
    LAST_NAMES,
    PROJECT_WORDS,
    STREETS,
    UNITS,
)
from nepton_desktop.sandbox.store import now_local

DEMO_RANDOM_SEED = 20240601

# Days older than this are locked in the demo (Nepton locks days nightly; an HR team
# typically closes a period about six weeks back).
DEMO_LOCKED_AFTER_DAYS = 45
# Days older than this are approved for most persons.
DEMO_APPROVED_AFTER_DAYS = 14


@dataclass(slots=True)
class _DemoPerson:
    id: int
    unit_index: int
    start: date
    end: date | None
    supervisor_id: int | None
    part_time: bool


class DemoBuilder:
    """Builds the demo community into an open transaction."""

    def __init__(self, conn: sqlite3.Connection, modified: str) -> None:
        self.conn = conn
        self.modified = modified
        self.rng = random.Random(DEMO_RANDOM_SEED)
        self.today = now_local().date()

    def build(self) -> None:
        self._units()
        persons = self._persons()
        projects = self._projects(persons)
        self._events(persons, projects)

    def _units(self) -> None:
        rows = [(i + 1, code, name, 0, self.modified) for i, (code, name) in enumerate(UNITS)]
        rows.append((len(UNITS) + 1, "OLD-SERV", "Huolto Lahti (lakkautettu)", 1, self.modified))
        self.conn.executemany(
            "INSERT INTO units(id, code, name, is_deleted, modified) VALUES (?, ?, ?, ?, ?)", rows
        )

    def _persons(self) -> list[_DemoPerson]:
        rng = self.rng
        persons: list[_DemoPerson] = []
        rows: list[tuple[object, ...]] = []
        unit_rows: list[tuple[int, int, int]] = []
        second_rows: list[tuple[int, int, int]] = []
        used_hetu: set[str] = set()
        used_usernames: set[str] = set()
        heads: dict[int, int] = {}
        ceo_id = 100
        for n in range(300):
            person_id = 100 + n
            female = rng.random() < 0.5
            first = rng.choice(FIRST_NAMES_F if female else FIRST_NAMES_M)
            last = rng.choice(LAST_NAMES)
            base = _ascii(f"{first}.{last}").lower()
            username = base
            suffix = 2
            while username in used_usernames:
                username = f"{base}{suffix}"
                suffix += 1
            used_usernames.add(username)
            born = date(1960, 1, 1) + timedelta(days=rng.randrange(0, 365 * 42))
            while True:
                serial = rng.randrange(2, 899)
                # Even individual numbers are women, odd men, as in real codes.
                serial = serial - serial % 2 + (0 if female else 1)
                serial = max(serial, 2)
                hetu = make_hetu(born, serial)
                if hetu not in used_hetu:
                    used_hetu.add(hetu)
                    break
            bank_digit, bic = rng.choice(BANKS)
            bban = bank_digit + "".join(str(rng.randrange(10)) for _ in range(13))
            city, postcode = rng.choice(CITIES)
            unit_index = 0 if n == 0 else (n - 1) % len(UNITS)
            if n == 0:
                supervisor: int | None = None
            elif unit_index not in heads:
                heads[unit_index] = person_id
                supervisor = ceo_id
            else:
                supervisor = heads[unit_index]
            start = self.today - timedelta(days=rng.randrange(30, 365 * 12))
            end: date | None = None
            reason: str | None = None
            if n > 40 and rng.random() < 0.08:
                end = self.today - timedelta(days=rng.randrange(10, 300))
                reason = rng.choice(("Irtisanoutuminen", "Määräaikaisuus päättyi", "Eläköityminen"))
            elif n > 40 and rng.random() < 0.2:
                start = self.today - timedelta(days=rng.randrange(5, 200))
            # Some who left were removed from use ("Remove user"): their events show only
            # when GetActivitiesV5 filters by person.
            removed = int(end is not None and rng.random() < 0.4)
            persons.append(
                _DemoPerson(person_id, unit_index, start, end, supervisor, rng.random() < 0.25)
            )
            rows.append(
                (
                    person_id,
                    str(10000 + n),
                    username,
                    first,
                    last,
                    f"{username}@example.fi",
                    f"+35840{rng.randrange(1000000, 9999999)}",
                    f"{rng.choice(STREETS)} {rng.randrange(1, 80)}",
                    postcode,
                    city,
                    hetu,
                    make_fi_iban(bban),
                    bic,
                    supervisor,
                    start.isoformat(),
                    end.isoformat() if end else None,
                    reason,
                    "Toimitusjohtaja"
                    if n == 0
                    else ("Esimies" if supervisor == ceo_id else rng.choice(JOB_TITLES)),
                    UNITS[unit_index][1],
                    "Esimies" if supervisor in (None, ceo_id) else "Työntekijä",
                    "Finnish" if rng.random() < 0.9 else "English",
                    f"{rng.randrange(1500, 4200) / 100:.2f}",
                    None,
                    f"HRX-{50000 + n}",
                    0 if removed else 1,
                    removed,
                    1,
                    (self.today - timedelta(days=DEMO_LOCKED_AFTER_DAYS + 1)).isoformat(),
                    self.modified,
                )
            )
            unit_rows.append((person_id, unit_index + 1, 0))
            if n % 17 == 5:
                unit_rows.append((person_id, (unit_index + 1) % len(UNITS) + 1, 1))
            if supervisor not in (None, ceo_id) and n % 9 == 0:
                second_rows.append((person_id, ceo_id, 0))
        self.conn.executemany(
            "INSERT INTO persons(id, employee_number, username, first_name, last_name, email,"
            " phone_number, street_address, postcode, city, personal_identity_code, iban, bic,"
            " primary_supervisor_id, employment_start, employment_end, reason_for_ending,"
            " job_title, work_area, role, language, hourly_wage, default_project,"
            " external_identifier1, account_enabled, removed, can_write, locked_until, modified)"
            " VALUES (" + ", ".join("?" * 29) + ")",
            rows,
        )
        self.conn.executemany(
            "INSERT INTO person_units(person_id, unit_id, position) VALUES (?, ?, ?)", unit_rows
        )
        self.conn.executemany(
            "INSERT INTO secondary_supervisors(person_id, supervisor_id, position)"
            " VALUES (?, ?, ?)",
            second_rows,
        )
        return persons

    def _projects(self, persons: list[_DemoPerson]) -> list[int]:
        """80 projects: 8 customers > 28 projects > 44 cost centres and work orders.

        Returns the ids that events may be allocated to (the leaves and the projects)."""
        rng = self.rng
        rows: list[tuple[object, ...]] = []
        ext_rows: list[tuple[int, str]] = []
        manager_rows: list[tuple[int, int]] = []
        allocatable: list[int] = []
        next_id = 1000
        leaves_left = 44
        projects_left = 28
        order_number = 5001
        for c, customer in enumerate(CUSTOMERS):
            cust_id = next_id
            next_id += 1
            start = self.today - timedelta(days=rng.randrange(400, 2000))
            rows.append(
                (
                    cust_id,
                    f"C{c + 1:02d}",
                    customer,
                    f"Asiakas: {customer}",
                    None,
                    "customer",
                    start.isoformat(),
                    None,
                    1,
                    0,
                    None,
                )
            )
            ext_rows.append((cust_id, f"CRM-{700 + c}"))
            n_projects = 4 if c < 4 else 3
            n_projects = min(n_projects, projects_left - (len(CUSTOMERS) - c - 1) * 3)
            projects_left -= n_projects
            for p in range(n_projects):
                proj_id = next_id
                next_id += 1
                p_start = start + timedelta(days=rng.randrange(0, 300))
                completed = rng.random() < 0.12
                p_end = (
                    self.today - timedelta(days=rng.randrange(1, 60))
                    if completed
                    else self.today + timedelta(days=rng.randrange(30, 400))
                )
                code = f"C{c + 1:02d}-P{p + 1}"
                rows.append(
                    (
                        proj_id,
                        code,
                        f"{rng.choice(PROJECT_WORDS)} {customer.split()[0]}",
                        None,
                        cust_id,
                        "project_work",
                        p_start.isoformat(),
                        p_end.isoformat(),
                        1,
                        int(completed),
                        rng.randrange(1, 13),
                    )
                )
                ext_rows.append((proj_id, f"ERP-{code}"))
                manager = rng.choice(persons[1:40]).id
                manager_rows.append((proj_id, manager))
                if not completed:
                    allocatable.append(proj_id)
                remaining_customers = len(CUSTOMERS) - c - 1
                remaining_projects_here = n_projects - p - 1
                budget = leaves_left - (remaining_customers * 3 + remaining_projects_here)
                n_leaves = max(1, min(2, budget))
                if remaining_customers == 0 and remaining_projects_here == 0:
                    n_leaves = leaves_left
                leaves_left -= n_leaves
                for leaf in range(n_leaves):
                    leaf_id = next_id
                    next_id += 1
                    if leaf % 2 == 0:
                        leaf_type, leaf_code = "cost_centre", f"{code}-KP{leaf + 1}"
                        leaf_name = f"Kustannuspaikka {leaf + 1}, {code}"
                    else:
                        leaf_type, leaf_code = "work_order", f"WO-{order_number}"
                        leaf_name = f"Työmääräys {order_number}"
                        order_number += 1
                    rows.append(
                        (
                            leaf_id,
                            leaf_code,
                            leaf_name,
                            None,
                            proj_id,
                            leaf_type,
                            p_start.isoformat(),
                            p_end.isoformat(),
                            int(rng.random() < 0.85),
                            int(completed),
                            None,
                        )
                    )
                    if leaf_type == "work_order":
                        ext_rows.append((leaf_id, f"ERP-{leaf_code}"))
                    if not completed:
                        allocatable.append(leaf_id)
        self.conn.executemany(
            "INSERT INTO projects(id, code, name, description, parent_id, type_internal_name,"
            " start_date, end_date, visible_in_terminal, is_completed, user_group_id, modified)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '" + self.modified + "')",
            rows,
        )
        self.conn.executemany(
            "INSERT INTO project_external_ids(project_id, external_id) VALUES (?, ?)", ext_rows
        )
        self.conn.executemany(
            "INSERT INTO project_managers(project_id, person_id) VALUES (?, ?)", manager_rows
        )
        return allocatable

    def _events(self, persons: list[_DemoPerson], projects: list[int]) -> None:
        rng = self.rng
        first_day = self.today - timedelta(days=365)
        approved_cut = self.today - timedelta(days=DEMO_APPROVED_AFTER_DAYS)
        events: list[tuple[object, ...]] = []
        approved_days: list[tuple[int, str]] = []
        next_id = 1
        for person in persons:
            start_day = max(first_day, person.start)
            last_day = min(self.today, person.end) if person.end else self.today
            # Annual leave: one summer block and one winter week.
            summer = date(self.today.year if self.today.month > 8 else self.today.year - 1, 6, 15)
            summer_start = summer + timedelta(days=rng.randrange(0, 50))
            leave_days = {summer_start + timedelta(days=i) for i in range(rng.choice((14, 19, 21)))}
            winter = self.today - timedelta(days=rng.randrange(60, 300))
            leave_days |= {winter + timedelta(days=i) for i in range(5)}
            sick_until: date | None = None
            sick_details: tuple[object, ...] = ()
            home_project = rng.choice(projects) if rng.random() < 0.6 else None
            remote_share = rng.choice((0.0, 0.1, 0.3, 0.5))
            approves_everything = rng.random() < 0.8
            day = start_day
            while day <= last_day:
                weekday = day.weekday()
                if weekday >= 5 or (person.part_time and weekday == 4):
                    day += timedelta(days=1)
                    continue
                is_today = day == self.today
                approved = day < approved_cut and (approves_everything or rng.random() < 0.5)
                approver = person.supervisor_id if approved else None
                day_text = day.isoformat()
                if sick_until is None and rng.random() < 0.012 and not is_today:
                    sick_until = day + timedelta(days=rng.choice((0, 0, 1, 2, 4)))
                    sick_details = (
                        None,
                        rng.choice(
                            (
                                "Sick",
                                "Sick",
                                "Sick",
                                "ChildSick",
                                "AccidentInFreeTime",
                                "AccidentAtWork",
                            )
                        ),
                        rng.choice(("Received", "NotReceived", "PermissionFromSupervisor")),
                        rng.choice(("J06", "M54", "A09", None)),
                        "Paid",
                        1,
                    )
                if sick_until is not None and day <= sick_until:
                    events.append(
                        (
                            next_id,
                            person.id,
                            2,
                            f"{day_text}T08:00:00",
                            f"{day_text}T16:00:00",
                            None,
                            None,
                            int(approved),
                            approver,
                            *sick_details,
                            self.modified,
                        )
                    )
                    if day == sick_until:
                        sick_until = None
                elif day in leave_days:
                    events.append(
                        (
                            next_id,
                            person.id,
                            3,
                            f"{day_text}T08:00:00",
                            f"{day_text}T16:00:00",
                            None,
                            None,
                            int(approved),
                            approver,
                            None,
                            None,
                            None,
                            None,
                            "Paid",
                            1,
                            self.modified,
                        )
                    )
                elif rng.random() < 0.01:
                    code, _name, comp, earns = rng.choice(ABSENCE_TYPES)
                    events.append(
                        (
                            next_id,
                            person.id,
                            ABSENCE_TYPE_ID,
                            f"{day_text}T08:00:00",
                            f"{day_text}T16:00:00",
                            None,
                            None,
                            int(approved),
                            approver,
                            code,
                            None,
                            None,
                            None,
                            comp,
                            int(earns),
                            self.modified,
                        )
                    )
                else:
                    begin = datetime.combine(day, time(7, 0)) + timedelta(
                        minutes=15 * rng.randrange(0, 9)
                    )
                    finish = begin + timedelta(minutes=rng.choice((450, 465, 480, 480, 495, 510)))
                    type_id = 84 if rng.random() < remote_share else 1
                    if rng.random() < 0.004:
                        type_id = 239
                    project = home_project if rng.random() < 0.7 else rng.choice(projects)
                    if not is_today and rng.random() < 0.03:
                        # A morning meeting as its own event; the work event follows it.
                        meeting_end = begin + timedelta(hours=1)
                        events.append(
                            (next_id, person.id, 31, begin.isoformat(), meeting_end.isoformat(),
                             "Viikkopalaveri", project, int(approved), approver,
                             None, None, None, None, None, None, self.modified)
                        )  # fmt: skip
                        next_id += 1
                        begin = meeting_end
                    end_text: str | None = finish.isoformat()
                    if is_today and rng.random() < 0.3:
                        end_text = None  # still at work: an open-ended event
                    events.append(
                        (
                            next_id,
                            person.id,
                            type_id,
                            begin.isoformat(),
                            end_text,
                            None,
                            project,
                            int(approved),
                            approver,
                            None,
                            None,
                            None,
                            None,
                            None,
                            None,
                            self.modified,
                        )
                    )
                if approved:
                    approved_days.append((person.id, day_text))
                next_id += 1
                day += timedelta(days=1)
        self.conn.executemany(
            "INSERT INTO events(id, person_id, type_id, start, end, description, project_id,"
            " approved, approver_id, absence_type_code, additional_info, medical_certificate,"
            " reason_code, compensation, earns_vacation_days, modified)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            events,
        )
        self.conn.executemany(
            "INSERT INTO approved_days(person_id, day) VALUES (?, ?)", approved_days
        )
        self._administrative_events(persons, next_id)

    def _administrative_events(self, persons: list[_DemoPerson], next_id: int) -> None:
        """Annual-leave resets at the start of the holiday year (1 April) and a few balance
        corrections: the events that carry ResetValue and ChangeValue."""
        rng = self.rng
        april = date(self.today.year if self.today.month >= 4 else self.today.year - 1, 4, 1)
        rows: list[tuple[object, ...]] = []
        for person in persons:
            if person.start <= april and (person.end is None or person.end >= april):
                stamp_text = f"{april.isoformat()}T00:00:00"
                rows.append(
                    (next_id, person.id, 41, stamp_text, stamp_text, "Lomavuoden vaihde",
                     1, person.supervisor_id, "0", rng.choice(("25", "30", "38")), self.modified)
                )  # fmt: skip
                next_id += 1
            if rng.random() < 0.2:
                day = self.today - timedelta(days=rng.randrange(50, 300))
                stamp_text = f"{day.isoformat()}T00:00:00"
                hours = rng.choice((-1, 1)) * rng.randrange(1, 16) / 2
                rows.append(
                    (next_id, person.id, 40, stamp_text, stamp_text, "Saldon korjaus",
                     1, person.supervisor_id, None, f"{hours:.1f}", self.modified)
                )  # fmt: skip
                next_id += 1
        self.conn.executemany(
            "INSERT INTO events(id, person_id, type_id, start, end, description, approved,"
            " approver_id, reset_value, change_value, modified)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )


_ASCII = str.maketrans({"ä": "a", "ö": "o", "å": "a", "Ä": "A", "Ö": "O", "Å": "A"})


def _ascii(text: str) -> str:
    return text.translate(_ASCII)
