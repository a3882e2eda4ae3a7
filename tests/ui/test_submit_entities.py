"""Each tab's edits reach the sandbox through its own API: persons through the HR import,
projects through EnsureProjectsExist, absences as events with sick-leave details."""

from __future__ import annotations

from datetime import date, timedelta

from nepton_desktop.api import EventFilter, ProjectFilter
from nepton_desktop.ui.demo import DemoSession
from nepton_desktop.ui.main_window import MainWindow
from nepton_desktop.ui.submit.review_dialog import ReviewDialog
from nepton_desktop.ui.submit.runner import Status
from tests.ui.submitting import finish, wait_for_dialog


async def submit_all(window: MainWindow) -> list[str]:
    task = window.start_submit()
    assert task is not None
    (await wait_for_dialog(window, ReviewDialog)).accept()
    report = await finish(task)
    problems = [
        f"{o.status.value}: {o.message}" for o in report.outcomes if o.status is not Status.SAVED
    ]
    assert not problems, problems
    return [o.change.label for o in report.outcomes]


async def test_person_change_goes_through_the_hr_import(
    demo_window: MainWindow, demo: DemoSession
) -> None:
    model = demo_window.personnel_tab.model
    number_col = model.column_index("employee_number")
    pos = next(p for p in range(model.rowCount()) if model.row_at(p).values[number_col])
    number = model.row_at(pos).values[number_col]
    model.setData(model.index(pos, model.column_index("job_title")), "Senior planner")
    await submit_all(demo_window)
    persons = await demo.service.hr.get_persons(include_disabled=True)
    [person] = [p for p in persons if p.employee_number == number]
    assert person.job_title == "Senior planner"
    assert not model.pending_rows()


async def test_new_person_is_created(demo_window: MainWindow, demo: DemoSession) -> None:
    model = demo_window.personnel_tab.model
    row = model.add_row()
    for key, text in (
        ("employee_number", "99001"),
        ("first_name", "Testi"),
        ("last_name", "Henkilö"),
        ("username", "testi.henkilo"),
        ("email", "testi.henkilo@example.fi"),
    ):
        model.edit_cells_by_uid([(row.uid, model.column_index(key), text)])
    assert not row.errors, row.errors
    await submit_all(demo_window)
    persons = await demo.service.hr.get_persons()
    assert any(p.username == "testi.henkilo" and p.last_name == "Henkilö" for p in persons)


async def test_project_rename_goes_through_ensure_projects(
    demo_window: MainWindow, demo: DemoSession
) -> None:
    model = demo_window.projects_tab.model
    row = model.row_at(1)
    project_id = row.values[model.column_index("id")]
    model.setData(model.index(1, model.column_index("name")), "Renamed by HR")
    await submit_all(demo_window)
    [project] = await demo.service.worktime.get_projects(ProjectFilter(project_ids=(project_id,)))
    assert project.name == "Renamed by HR"
    assert row.depth >= 1  # still shown in its place in the tree


async def test_new_sick_leave_with_details(demo_window: MainWindow, demo: DemoSession) -> None:
    model = demo_window.absences_tab.model
    persons = demo_window.personnel_tab.model
    number_col = persons.column_index("employee_number")
    number = next(r.values[number_col] for r in persons.all_rows() if r.values[number_col])
    first = date.today() + timedelta(days=3)
    last = first + timedelta(days=2)
    row = model.add_row()
    cells = {
        "person": str(number),
        "event_type": "SAIR",
        "start_date": f"{first.day}.{first.month}.{first.year}",
        "end_date": f"{last.day}.{last.month}.{last.year}",
        "additional_info": "Sick",
        "medical_certificate": "Received",
    }
    model.edit_cells_by_uid([(row.uid, model.column_index(k), t) for k, t in cells.items()])
    assert not row.errors, row.errors
    await submit_all(demo_window)
    found = await demo.service.worktime.get_events(
        EventFilter(start_date=first, end_date=last, personnel_numbers=(str(number),))
    )
    [sick] = [e for e in found if e.event_type_code == "SAIR" and e.start.date() == first]
    assert sick.details is not None and sick.details.medical_certificate is not None
    assert sick.details.medical_certificate.value == "Received"
    assert sick.end is not None and (sick.end - timedelta(days=1)).date() == last


async def test_emptied_person_field_is_reset_in_nepton(
    demo_window: MainWindow, demo: DemoSession
) -> None:
    model = demo_window.personnel_tab.model
    phone, number_col = model.column_index("phone_number"), model.column_index("employee_number")
    pos = next(
        p
        for p in range(model.rowCount())
        if model.row_at(p).values[phone] and model.row_at(p).values[number_col]
    )
    number = model.row_at(pos).values[number_col]
    model.setData(model.index(pos, phone), "")
    await submit_all(demo_window)
    persons = await demo.service.hr.get_persons(include_disabled=True)
    [person] = [p for p in persons if p.employee_number == number]
    assert person.phone_number in (None, "")


async def test_emptying_a_username_is_refused_before_sending(demo_window: MainWindow) -> None:
    from nepton_desktop.ui.submit.plan import PlanError, build_plan

    model = demo_window.personnel_tab.model
    username = model.column_index("username")
    pos = next(p for p in range(model.rowCount()) if model.row_at(p).values[username])
    model.setData(model.index(pos, username), "")
    try:
        build_plan([model], demo_window.reference)
    except PlanError as error:
        assert "Username" in str(error)
    else:
        raise AssertionError("the plan accepted an empty username")


async def test_person_edits_whose_answer_is_lost_are_read_back_and_shown_saved(
    demo_window: MainWindow, demo: DemoSession
) -> None:
    """The HR import's answer is lost after Nepton saved: the persons are read back, each row
    is reported saved, and nobody is sent twice."""
    from nepton_desktop.sandbox import FaultSpec

    model = demo_window.personnel_tab.model
    number_col = model.column_index("employee_number")
    boss_col = model.column_index("primary_supervisor")
    # Rows with and without a primary supervisor cannot share one import (Nepton's rule).
    rows = [
        p
        for p in range(model.rowCount())
        if model.row_at(p).values[number_col] and model.row_at(p).values[boss_col]
    ][:3]
    numbers = [model.row_at(p).values[number_col] for p in rows]
    for n, pos in enumerate(rows):
        model.setData(model.index(pos, model.column_index("job_title")), f"Lost answer {n}")
    task = demo_window.start_submit()
    assert task is not None
    review = await wait_for_dialog(demo_window, ReviewDialog)
    demo.server.set_faults(FaultSpec.parse("drop_after_commit=0.5,seed=1"))
    try:
        review.accept()
        report = await finish(task)
    finally:
        demo.server.set_faults(None)
    log = demo.service.request_log.entries
    imports = [e for e in log if e.operation == "ImportUsersFromCSV" and e.items]
    assert len(imports) == 1 and not imports[0].outcome.startswith("ok"), log[-4:]
    assert [o.status for o in report.outcomes] == [Status.SAVED] * 3, report.outcomes
    assert not model.pending_rows()
    persons = await demo.service.hr.get_persons(include_disabled=True)
    held = {p.employee_number: p.job_title for p in persons if p.employee_number in numbers}
    assert held == {number: f"Lost answer {n}" for n, number in enumerate(numbers)}
