"""Seeds: ``empty`` (API users and event types) and ``demo`` (a realistic work community).

The demo community is the same every time for a given day: a fixed random seed, dates
relative to today. Building it takes about a second, and tests start sandboxes often, so it
is built once into a template file (keyed by day and by the seeding code) under the
system temp folder and copied for each new sandbox.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import tempfile
import threading
from pathlib import Path

from nepton_desktop.sandbox import auth
from nepton_desktop.sandbox.demo_community import DemoBuilder
from nepton_desktop.sandbox.seed_catalogue import ABSENCE_TYPE_ID, ABSENCE_TYPES, EVENT_TYPES
from nepton_desktop.sandbox.store import SCHEMA_VERSION, create_schema, hash_password, now_local

SEEDS = ("demo", "empty")


def create_database(path: Path, seed: str) -> None:
    """Create a new sandbox database at ``path`` with the given seed."""
    if seed not in SEEDS:
        raise ValueError(f"unknown seed {seed!r}; choose one of {', '.join(SEEDS)}")
    if seed == "empty":
        _build(path, demo=False)
    else:
        shutil.copyfile(_demo_template(), path)


_template_lock = threading.Lock()


def _demo_template() -> Path:
    today = now_local().date()
    folder = Path(tempfile.gettempdir()) / "nepton-sandbox-templates"
    target = folder / f"demo-v{SCHEMA_VERSION}-{_source_key()}-{today.isoformat()}.sqlite3"
    with _template_lock:
        if target.exists():
            return target
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=folder, suffix=".tmp")
        os.close(fd)
        tmp = Path(tmp_name)
        tmp.unlink()
        try:
            _build(tmp, demo=True)
            # Atomic: another process building the same template at once is harmless.
            tmp.replace(target)
        finally:
            tmp.unlink(missing_ok=True)
        _remove_stale_templates(folder, keep=target)
    return target


def _remove_stale_templates(folder: Path, keep: Path) -> None:
    """Templates of earlier days or code versions: 15 MB each, useless once superseded."""
    for old in folder.glob("demo-*.sqlite3"):
        if old != keep:
            try:
                if old.stat().st_mtime < keep.stat().st_mtime - 3600:
                    old.unlink()
            except OSError:  # another process removed or is replacing it
                pass


def _source_key() -> str:
    """Changes whenever the code that shapes a template changes, so no stale template is used."""
    digest = hashlib.sha256()
    for name in ("seed.py", "seed_catalogue.py", "demo_community.py", "store.py", "auth.py"):
        try:
            digest.update((Path(__file__).with_name(name)).read_bytes())
        except OSError:  # frozen builds may not ship sources; the version then decides
            digest.update(name.encode())
    return digest.hexdigest()[:12]


def _build(path: Path, *, demo: bool) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        # Building a fresh file: durability of each step does not matter, speed does.
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA synchronous=OFF")
        create_schema(conn)  # executescript commits on its own, so before BEGIN
        conn.execute("BEGIN")
        modified = now_local().isoformat(timespec="microseconds")
        _seed_base(conn, modified)
        if demo:
            DemoBuilder(conn, modified).build()
        conn.execute("COMMIT")
    finally:
        conn.close()


def _seed_base(conn: sqlite3.Connection, modified: str) -> None:
    settings = {
        "customer_id": auth.CUSTOMER_ID,
        "deployment_id": auth.DEPLOYMENT_ID,
        "webservice_password_hash": hash_password(auth.WEBSERVICE_PASSWORD),
        "project_module_active": "1",
    }
    conn.executemany("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)", settings.items())
    api_hash = hash_password(auth.API_PASSWORD)
    conn.executemany(
        "INSERT INTO persons(id, username, password_hash, first_name, last_name,"
        " account_enabled, can_write, role, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (1, auth.API_USERNAME, api_hash, "Integraatio", "API", 1, 1, "Pääkäyttäjä", modified),
            (
                2,
                auth.DISABLED_USERNAME,
                api_hash,
                "Poistettu",
                "Käyttäjä",
                0,
                1,
                "Työntekijä",
                modified,
            ),
            (3, auth.NO_RIGHTS_USERNAME, api_hash, "Ei", "Oikeuksia", 1, 0, "Työntekijä", modified),
        ],
    )
    conn.executemany(
        "INSERT INTO event_types(id, internal_name, code, name, category) VALUES (?, ?, ?, ?, ?)",
        [(t.id, t.internal_name, t.code, t.name, t.category) for t in EVENT_TYPES],
    )
    conn.executemany(
        "INSERT INTO absence_types(event_type_id, code, name, compensation, earns_vacation_days,"
        " position) VALUES (?, ?, ?, ?, ?, ?)",
        [
            (ABSENCE_TYPE_ID, c, n, comp, int(e), i)
            for i, (c, n, comp, e) in enumerate(ABSENCE_TYPES)
        ],
    )
