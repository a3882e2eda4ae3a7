"""Worktime project operations: GetProjects, GetProjectsV2 and EnsureProjectsExistV4."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from nepton_desktop.sandbox.auth import Caller
from nepton_desktop.sandbox.lookups import ItemError, find_project, manager_key, require_person
from nepton_desktop.sandbox.soap import (
    Element,
    Fields,
    InvalidParameter,
    Node,
    bool_value,
    child,
    children,
    date_value,
    int_value,
    nonempty_text,
    opt,
    parse_int,
    sub,
    text,
)
from nepton_desktop.sandbox.store import stamp
from nepton_desktop.sandbox.worktime_ops import (
    MESSAGES,
    CallContext,
    ItemOutcome,
    batch_response,
    list_items,
    require_project_module,
    require_write,
    run_batch,
    status_response,
)


@dataclass(slots=True)
class _Project:
    row: sqlite3.Row
    external_ids: list[str]
    managers: list[sqlite3.Row]


def _load_projects(conn: sqlite3.Connection) -> dict[int, _Project]:
    projects = {
        int(r["id"]): _Project(r, [], [])
        for r in conn.execute("SELECT * FROM projects ORDER BY id")
    }
    for r in conn.execute(
        "SELECT project_id, external_id FROM project_external_ids ORDER BY rowid"
    ):
        projects[int(r[0])].external_ids.append(str(r[1]))
    for r in conn.execute(
        "SELECT m.project_id, p.id, p.username, p.employee_number FROM project_managers m"
        " JOIN persons p ON p.id = m.person_id ORDER BY m.project_id, p.id"
    ):
        projects[int(r[0])].managers.append(r)
    return projects


def _pattern(value: str) -> re.Pattern[str]:
    """A name or code filter: ``*`` is a wildcard, otherwise an exact (case-blind) match."""
    return re.compile(".*".join(re.escape(part) for part in value.split("*")), re.IGNORECASE)


def _comma_list(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split(",") if part.strip()]


_ORDER_KEYS: dict[str, Callable[[_Project], tuple[int, object]]] = {
    "id": lambda p: (0, p.row["id"]),
    "name": lambda p: (0, str(p.row["name"]).lower()),
    "code": lambda p: (p.row["code"] is None, str(p.row["code"] or "").lower()),
    "parentid": lambda p: (p.row["parent_id"] is None, p.row["parent_id"] or 0),
    "startdate": lambda p: (p.row["start_date"] is None, p.row["start_date"] or ""),
    "enddate": lambda p: (p.row["end_date"] is None, p.row["end_date"] or ""),
}


def _order_key(value: str | None) -> Callable[[_Project], tuple[int, object]] | None:
    if value is None:
        return None
    key = _ORDER_KEYS.get(value.replace("_", "").replace(" ", "").lower())
    if key is None:
        raise InvalidParameter(
            f"Unknown ordering '{value}' (use Id, Name, Code, ParentId, StartDate or EndDate)"
        )
    return key


def _select_projects(ctx: CallContext, payload: Element, v2: bool) -> list[_Project]:
    ids = {
        parse_int(v, "FilterByProjectIds") for v in _comma_list(text(payload, "FilterByProjectIds"))
    }
    external_ids = set(_comma_list(text(payload, "FilterByExternalIdentifiers"))) if v2 else set()
    name = nonempty_text(payload, "FilterByProjectName")
    code = nonempty_text(payload, "FilterByProjectCode")
    group = int_value(payload, "FilterByUserGroupId")
    terminal_only = bool_value(payload, "FilterByTerminalProjectsOnly") or False
    type_name = nonempty_text(payload, "FilterByProjectTypeInternalName")
    active_from = date_value(payload, "FilterActiveProjectsByStartDate")
    active_to = date_value(payload, "FilterActiveProjectsByEndDate")
    if (active_from is None) != (active_to is None):
        raise InvalidParameter(
            "FilterActiveProjectsByStartDate and FilterActiveProjectsByEndDate go together"
        )
    if active_from and active_to and active_to < active_from:
        raise InvalidParameter("FilterActiveProjectsByEndDate is before the start date")
    first = _order_key(nonempty_text(payload, "OrderResultsFirstBy"))
    second = _order_key(nonempty_text(payload, "OrderResultsSecondBy"))
    name_re = _pattern(name) if name else None
    code_re = _pattern(code) if code else None

    with ctx.store.reading() as conn:
        projects = _load_projects(conn)

    def visible_in_terminal(p: _Project) -> bool:
        # A child shows in the terminal only if all its ancestors do (360002561017).
        seen: set[int] = set()
        current: _Project | None = p
        while current is not None and int(current.row["id"]) not in seen:
            if not current.row["visible_in_terminal"]:
                return False
            seen.add(int(current.row["id"]))
            parent = current.row["parent_id"]
            current = projects.get(int(parent)) if parent is not None else None
        return True

    def active(p: _Project) -> bool:
        assert active_from is not None and active_to is not None
        if p.row["is_completed"]:
            return False
        start = date.fromisoformat(p.row["start_date"]) if p.row["start_date"] else None
        end = date.fromisoformat(p.row["end_date"]) if p.row["end_date"] else None
        return (start is None or start <= active_to) and (end is None or end >= active_from)

    selected = [
        p
        for p in projects.values()
        if (not ids or int(p.row["id"]) in ids)
        and (not external_ids or external_ids & set(p.external_ids))
        and (name_re is None or name_re.fullmatch(str(p.row["name"])))
        and (code_re is None or code_re.fullmatch(str(p.row["code"] or "")))
        and (group is None or p.row["user_group_id"] == group)
        and (
            type_name is None or str(p.row["type_internal_name"] or "").lower() == type_name.lower()
        )
        and (not terminal_only or visible_in_terminal(p))
        and (active_from is None or active(p))
    ]
    # Stable sorts: the second key first, then the first key.
    for key in (second, first):
        if key is not None:
            selected.sort(key=key)
    return selected


def _write_project(parent: Element, p: _Project, v2: bool) -> None:
    r = p.row
    el = sub(parent, "Project")
    sub(el, "Id", r["id"])
    opt(el, "Code", r["code"])
    sub(el, "Name", r["name"])
    opt(el, "Description", r["description"])
    opt(el, "ParentId", r["parent_id"])
    opt(el, "ProjectTypeInternalName", r["type_internal_name"])
    opt(el, "StartDate", r["start_date"])
    opt(el, "EndDate", r["end_date"])
    sub(el, "VisibleInTerminal", bool(r["visible_in_terminal"]))
    sub(el, "IsCompleted", bool(r["is_completed"]))
    if v2 and p.external_ids:
        ext = sub(el, "ExternalIdentifiers")
        for value in p.external_ids:
            sub(ext, "ExternalIdentifier", value)
    if p.managers:
        holder = sub(el, "ProjectManagers")
        for m in p.managers:
            m_el = sub(holder, "ProjectManager")
            sub(m_el, "UserId", m["id"])
            opt(m_el, "Username", m["username"])
            opt(m_el, "PersonnelNumber", m["employee_number"])
    sub(el, "ModifiedDateTime", r["modified"])


def _get(ctx: CallContext, payload: Element, root_name: str, v2: bool) -> Element:
    require_project_module(ctx)
    selected = _select_projects(ctx, payload, v2)
    root = status_response(root_name, 1000)
    holder = sub(root, "Projects")
    for p in selected:
        _write_project(holder, p, v2)
    return root


def get_projects(ctx: CallContext, payload: Element, caller: Caller, root_name: str) -> Element:
    return _get(ctx, payload, root_name, v2=False)


def get_projects_v2(ctx: CallContext, payload: Element, caller: Caller, root_name: str) -> Element:
    return _get(ctx, payload, root_name, v2=True)


# ---------------------------------------------------------------- EnsureProjectsExistV4


def _parent_id(conn: sqlite3.Connection, el: Node) -> tuple[bool, int | None]:
    """(given, id) of the parent named by ParentId, ParentCode or ParentExternalIdentifier."""
    parent_id = int_value(el, "ParentId")
    code = nonempty_text(el, "ParentCode")
    ext = nonempty_text(el, "ParentExternalIdentifier")
    if parent_id is None and code is None and ext is None:
        return False, None
    row = find_project(conn, project_id=parent_id, code=code, external_id=ext)
    if row is None:
        raise ItemError(1004, "Parent project not found with the given identifier")
    return True, int(row["id"])


def _creates_cycle(conn: sqlite3.Connection, project_id: int, parent_id: int) -> bool:
    current: int | None = parent_id
    seen: set[int] = set()
    while current is not None and current not in seen:
        if current == project_id:
            return True
        seen.add(current)
        row = conn.execute("SELECT parent_id FROM projects WHERE id = ?", (current,)).fetchone()
        current = row["parent_id"] if row else None
    return False


def ensure_projects_exist_v4(
    ctx: CallContext, payload: Element, caller: Caller, root_name: str
) -> Element:
    require_project_module(ctx)
    require_write(caller)
    items = list_items(payload, "Projects", "Project")
    modified = stamp()

    def ensure_one(index: int, item: Element) -> ItemOutcome:
        el = Fields(item)
        project_id = int_value(el, "Id")
        existing_ext = nonempty_text(el, "ExistingProjectIdentifier", "ExistingIdentifier")
        code = nonempty_text(el, "Code")
        row: sqlite3.Row | None = None
        if project_id is not None:
            row = find_project(conn, project_id=project_id)
            if row is None:
                raise ItemError(1004, MESSAGES[1004])
        if row is None and existing_ext is not None:
            row = find_project(conn, external_id=existing_ext)
        if row is None and code is not None:
            row = find_project(conn, code=code)
        created = row is None
        changes: dict[str, object] = {}
        if code is not None:
            changes["code"] = code
        name = text(el, "Name")
        if name is not None:
            if not name:
                raise ItemError(1025, "Validation failed: a project needs a name")
            changes["name"] = name
        elif created:
            raise InvalidParameter("Name is required for a new project")
        description = text(el, "Description")
        if description is not None:
            changes["description"] = description or None
        given, parent_id = _parent_id(conn, el)
        if given:
            if (
                row is not None
                and parent_id is not None
                and _creates_cycle(conn, int(row["id"]), parent_id)
            ):
                raise ItemError(1009, "Project invalid: a project cannot be its own ancestor")
            changes["parent_id"] = parent_id
        type_name = text(el, "ProjectTypeInternalName")
        if type_name is not None:
            changes["type_internal_name"] = type_name or None
        for tag, column in (("StartDate", "start_date"), ("EndDate", "end_date")):
            value = date_value(el, tag)
            if value is not None:
                changes[column] = value.isoformat()
        start = changes.get("start_date", row["start_date"] if row else None)
        end = changes.get("end_date", row["end_date"] if row else None)
        if start and end and str(end) < str(start):
            raise ItemError(1025, "Validation failed: the end date is before the start date")
        for tag, column in (
            ("VisibleInTerminal", "visible_in_terminal"),
            ("IsCompleted", "is_completed"),
        ):
            flag = bool_value(el, tag)
            if flag is not None:
                changes[column] = int(flag)
        new_ext = nonempty_text(el, "ExternalIdentifier")
        if created and new_ext is None and existing_ext is not None:
            new_ext = existing_ext  # created under the identifier it was looked up by
        if new_ext is not None:
            holder = conn.execute(
                "SELECT project_id FROM project_external_ids WHERE external_id = ?", (new_ext,)
            ).fetchone()
            if holder is not None and (row is None or holder["project_id"] != row["id"]):
                raise ItemError(
                    1025, f"Validation failed: external identifier '{new_ext}' is already in use"
                )
        changes["modified"] = modified
        if row is None:
            columns = ", ".join(changes)
            marks = ", ".join("?" * len(changes))
            cursor = conn.execute(
                f"INSERT INTO projects({columns}) VALUES ({marks})", list(changes.values())
            )
            pid = int(cursor.lastrowid or 0)
        else:
            pid = int(row["id"])
            assignments = ", ".join(f"{c} = ?" for c in changes)
            conn.execute(
                f"UPDATE projects SET {assignments} WHERE id = ?", [*changes.values(), pid]
            )
        if new_ext is not None:
            conn.execute("DELETE FROM project_external_ids WHERE project_id = ?", (pid,))
            conn.execute(
                "INSERT INTO project_external_ids(project_id, external_id) VALUES (?, ?)",
                (pid, new_ext),
            )
        managers = child(el, "ProjectManagers")
        if managers is not None:
            person_ids = [
                int(require_person(conn, manager_key(m))["id"])
                for m in children(managers, "ProjectManager")
            ]
            if bool_value(managers, "RemoveOthers"):
                conn.execute("DELETE FROM project_managers WHERE project_id = ?", (pid,))
            conn.executemany(
                "INSERT OR IGNORE INTO project_managers(project_id, person_id) VALUES (?, ?)",
                [(pid, person_id) for person_id in person_ids],
            )
        ext_ids = [
            str(r[0])
            for r in conn.execute(
                "SELECT external_id FROM project_external_ids WHERE project_id = ? ORDER BY rowid",
                (pid,),
            )
        ]
        return ItemOutcome(index, 1000, MESSAGES[1000], pid, created, ext_ids)

    with ctx.store.transaction() as conn:
        outcomes = run_batch(conn, items, ensure_one)
    return batch_response(root_name, outcomes)
