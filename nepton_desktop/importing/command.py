"""``nepton-desktop import`` and ``nepton-desktop export``: the import pipeline headless.

import FILE --entity E (--profile NAME | --demo) [--sheet NAME] [--mapping FILE] [--dry-run]
       [--skip-invalid] [--report OUT.xlsx] [--json]
export --entity E --out FILE.xlsx [--from DATE --to DATE] (--profile NAME | --demo)

Exit codes of import: 0 all good, 1 validation errors (or a file or mapping that cannot be
used), 2 submit failures. With ``--json`` import prints one JSON object:
``{"rows", "create", "update", "unchanged", "errors", "warnings", "sent", "failed"}``, rows
numbered as the spreadsheet numbers them; notices (values read in a way that could change
their meaning) are listed among the warnings.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from nepton_desktop.domain.columns import Entity
from nepton_desktop.domain.identity import redact_personal_data
from nepton_desktop.domain.local_files import data_dir
from nepton_desktop.domain.records import Category
from nepton_desktop.importing.coercion import CoercionError, to_date
from nepton_desktop.importing.fetch import event_ids, file_span, load_live_data
from nepton_desktop.importing.live import LiveData
from nepton_desktop.importing.mapping import MappingError, known_header_names
from nepton_desktop.importing.pipeline import choose_mapping, paused_gc
from nepton_desktop.importing.plan import ImportPlan, InvalidRows, build_plan
from nepton_desktop.importing.problems import Problem
from nepton_desktop.importing.reader import ReadError, read_file
from nepton_desktop.importing.reports import export_records, write_error_report
from nepton_desktop.importing.table import coerce_sheet
from nepton_desktop.importing.validation import validate

EXIT_OK, EXIT_INVALID, EXIT_SUBMIT = 0, 1, 2


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    entities = [e.value for e in Entity]
    imp = subparsers.add_parser(
        "import",
        help="import a spreadsheet of personnel, projects, absences or events",
        description="Read, check against Nepton and (unless --dry-run) send a spreadsheet.",
    )
    imp.add_argument("file", type=Path, help=".xlsx, .xlsm, .xls, .ods or .csv")
    imp.add_argument("--entity", required=True, choices=entities)
    _connection_arguments(imp)
    imp.add_argument("--sheet", help="sheet name (default: guessed from the headers)")
    imp.add_argument("--mapping", type=Path, help='JSON {"columns": {"header": "field"}}')
    imp.add_argument("--dry-run", action="store_true", help="check only, send nothing")
    imp.add_argument(
        "--skip-invalid",
        action="store_true",
        help="send the valid rows and skip rows with errors (default: any error blocks)",
    )
    imp.add_argument("--report", type=Path, help="write an error workbook (.xlsx) here")
    imp.add_argument("--json", action="store_true", help="print one JSON object")
    imp.set_defaults(func=import_command)

    exp = subparsers.add_parser(
        "export",
        help="export Nepton data to .xlsx in the import template's columns",
        description="Export to .xlsx; the file can be edited and imported back.",
    )
    exp.add_argument("--entity", required=True, choices=entities)
    exp.add_argument("--out", required=True, type=Path, help="the .xlsx to write")
    exp.add_argument(
        "--from", dest="date_from", help="first day (events, absences; default 30 days ago)"
    )
    exp.add_argument("--to", dest="date_to", help="last day (default 30 days ahead)")
    _connection_arguments(exp)
    exp.set_defaults(func=export_command)


def _connection_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--profile", help="saved connection profile")
    group.add_argument(
        "--demo", action="store_true", help="the built-in sandbox with the demo community"
    )


@asynccontextmanager
async def connect(args: argparse.Namespace) -> AsyncIterator[Any]:
    """A NeptonService for --profile, or for an in-process demo sandbox."""
    from nepton_desktop.api import Credentials, NeptonService
    from nepton_desktop.api.profiles import (
        Environment,
        Profile,
        ProfileStore,
        load_credentials,
    )

    server = None
    if args.demo:
        from nepton_desktop.sandbox import SandboxServer

        server = SandboxServer(seed="demo")
        await asyncio.get_running_loop().run_in_executor(None, server.start)
        info = server.info
        profile = Profile.for_environment(
            "Demo",
            Environment.SANDBOX,
            customer_id=str(info.customer_id),
            deployment_id=str(info.deployment_id),
            username=info.username,
            worktime_url=info.worktime_url,
            hr_url=info.hr_url,
        )
        credentials = Credentials(info.password, info.webservice_password)
    else:
        profile = ProfileStore().get(args.profile)
        credentials = load_credentials(profile)
    service = NeptonService(profile, credentials)
    try:
        yield service
    finally:
        await service.aclose()
        if server is not None:
            await asyncio.get_running_loop().run_in_executor(None, server.stop)


def _problem_json(problems: list[Problem]) -> list[dict[str, object]]:
    return [p.as_json() for p in problems]


def _where(plan: ImportPlan | None, problem: Problem) -> str:
    """file, sheet, row and column letter (header), as the spreadsheet shows them."""
    if plan is None:
        return problem.describe()
    sheet = plan.validation.table.sheet
    place = sheet.path.name + (f", sheet {sheet.sheet_name!r}" if sheet.sheet_name else "")
    if problem.row:
        return f"{place}, {problem.describe()}"
    if problem.letter:
        return f"{place}, column {problem.letter} ({problem.column}): {problem.text}"
    return f"{place}: {problem.text}"


def _print_human(plan: ImportPlan | None, result: dict[str, Any], out: Any) -> None:
    print(
        f"{result['rows']} rows: {result['create']} to create, {result['update']} to update, "
        f"{result['unchanged']} unchanged, {len(result['errors'])} errors, "
        f"{len(result['warnings'])} warnings",
        file=out,
    )
    if plan is None:
        for p in result["errors"]:
            print(f"  error: {p['message']}", file=out)
    else:
        for notice in plan.validation.table.sheet.notices:
            print(f"  note: {notice.message.english()}", file=out)
        kinds = (("error", plan.errors), ("warning", plan.warnings + plan.notices))
        for kind, problems in kinds:
            for problem in problems[:200]:
                print(f"  {kind}: {_where(plan, problem)}", file=out)
            if len(problems) > 200:
                print(f"  … {len(problems) - 200} more (see --report)", file=out)
    if "sent" in result:
        print(f"sent {result['sent']}, failed {result['failed']}", file=out)


def import_command(args: argparse.Namespace) -> int:
    try:
        return asyncio.run(_import(args))
    except Exception as exc:  # a refused login, a missing profile: one plain line, no trace
        print(f"import: {redact_personal_data(str(exc))}", file=sys.stderr)
        return EXIT_SUBMIT if not isinstance(exc, ValueError) else EXIT_INVALID


async def _import(args: argparse.Namespace) -> int:
    entity = Entity(args.entity)
    result: dict[str, Any] = {
        "rows": 0,
        "create": 0,
        "update": 0,
        "unchanged": 0,
        "errors": [],
        "warnings": [],
        "sent": 0,
        "failed": 0,
    }
    try:
        with paused_gc():
            sheet = read_file(args.file, sheet=args.sheet, known_headers=known_header_names(entity))
            mapping = choose_mapping(entity, sheet, args.mapping)
            table = coerce_sheet(sheet, mapping)
    except (ReadError, MappingError) as exc:
        result["errors"] = [{"row": 0, "column": "", "message": str(exc)}]
        _emit(args, None, result)
        return EXIT_INVALID
    async with connect(args) as service:
        live = await load_live_data(service, entity, file_span(table), event_ids(table))
        with paused_gc():
            invalid = InvalidRows.SKIP if args.skip_invalid else InvalidRows.BLOCK
            plan = build_plan(validate(table, live), invalid)
        counts = plan.counts
        result.update(
            rows=len(plan.rows),
            create=counts["create"],
            update=counts["update"],
            unchanged=counts["unchanged"],
            errors=_problem_json(plan.errors),
            warnings=[
                {"row": n.row or 0, "column": "", "message": n.message.english()}
                for n in sheet.notices
            ]
            + _problem_json(plan.warnings + plan.notices),
        )
        if args.report is not None:
            write_error_report(sheet, plan, args.report)
        if args.dry_run or plan.blocked or not plan.to_send():
            _emit(args, plan, result, include_sent=not args.dry_run)
            return EXIT_INVALID if plan.errors else EXIT_OK
        sent, failed = await _submit(args, service, plan, mapping.to_json())
        result.update(sent=sent, failed=failed)
    _emit(args, plan, result)
    if failed:
        return EXIT_SUBMIT
    return EXIT_INVALID if plan.errors else EXIT_OK


async def _submit(
    args: argparse.Namespace, service: Any, plan: ImportPlan, mapping: dict[str, object]
) -> tuple[int, int]:
    from nepton_desktop.changes.changeset import from_plan
    from nepton_desktop.changes.journal import Journal, file_hash
    from nepton_desktop.changes.submitter import Progress, Submitter

    journal = Journal(data_dir() / "journal.sqlite3")
    try:
        job = journal.create_job(
            from_plan(plan),
            source=args.file.name,
            file_hash=file_hash(args.file),
            mapping=mapping,
            profile="Demo" if args.demo else args.profile,
        )

        def progress(p: Progress) -> None:
            if not args.json:
                left = f", about {p.remaining_seconds:.0f} s left" if p.remaining_seconds else ""
                print(f"\rsent {p.done}/{p.total} ({p.rate:.0f}/s{left})", end="", file=sys.stderr)

        report = await Submitter(service, journal, batch_size=service.batch_size).submit(
            job, progress
        )
        if not args.json:
            print(file=sys.stderr)
        return len(report.sent), len(report.failed) + len(report.unknown) + len(report.not_sent)
    finally:
        journal.close()


def _emit(
    args: argparse.Namespace,
    plan: ImportPlan | None,
    result: dict[str, Any],
    *,
    include_sent: bool = True,
) -> None:
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return
    shown = dict(result)
    if not include_sent:
        shown.pop("sent", None)
    _print_human(plan, shown, sys.stdout)


# --- export --------------------------------------------------------------------------------


def _day(text: str | None, default: date) -> date:
    if text is None:
        return default
    try:
        value, _ = to_date(text, False)
    except CoercionError as exc:
        raise ValueError(f"--from/--to: {exc}") from None
    assert isinstance(value, date)
    return value


def export_command(args: argparse.Namespace) -> int:
    try:
        count = asyncio.run(_export(args))
    except Exception as exc:
        print(f"export: {redact_personal_data(str(exc))}", file=sys.stderr)
        return EXIT_INVALID if isinstance(exc, ValueError) else EXIT_SUBMIT
    print(f"wrote {count} rows to {args.out}")
    return EXIT_OK


async def _export(args: argparse.Namespace) -> int:
    from nepton_desktop.api.filters import EventFilter

    entity = Entity(args.entity)
    today = date.today()
    first = _day(args.date_from, today - timedelta(days=30))
    last = _day(args.date_to, today + timedelta(days=30))
    if last < first:
        raise ValueError("--to is before --from")
    async with connect(args) as service:
        live: LiveData = await load_live_data(service, entity, None)
        records: list[Any]
        if entity is Entity.PERSONNEL:
            records = list(live.persons)
        elif entity is Entity.PROJECTS:
            records = list(live.projects)
        else:
            types = await service.worktime.get_event_types()
            live = LiveData(live.persons, live.units, live.projects, types)
            absence_ids = {t.id for t in types if t.category is Category.ABSENCE}
            events = await service.worktime.get_events(EventFilter(start_date=first, end_date=last))
            wanted = entity is Entity.ABSENCES
            records = [e for e in events if (e.event_type_id in absence_ids) == wanted]
            records.sort(key=lambda e: (e.start, e.user_id))
        return export_records(entity, records, args.out, context=live.display_context())
