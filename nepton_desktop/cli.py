"""The ``nepton-desktop`` entry point: the GUI by default, and the headless subcommands.

Each area registers its own subcommand (``register(subparsers)``) so that this module stays a
thin switchboard; Qt is imported only when a command needs a window.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from nepton_desktop import __version__

# Modules that add subcommands. A module that is not there yet (an area still being built) is
# skipped, so the entry point never breaks because one area is missing.
_COMMAND_MODULES = (
    "nepton_desktop.sandbox.command",
    "nepton_desktop.api.profile_command",
    "nepton_desktop.importing.command",
    "nepton_desktop.ui.self_test_command",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nepton-desktop",
        description=(
            "Nepton Desktop: view, edit and bulk-import Nepton personnel, projects, absences "
            "and worktime events. Without a subcommand it opens the app."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the app on the built-in demo sandbox (a local Nepton with a demo community)",
    )
    parser.add_argument("--profile", help="open the app on this saved connection profile")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = subparsers.add_parser("gui", help="open the app (the default)")
    gui.add_argument("--demo", action="store_true", help="open on the built-in demo sandbox")
    gui.add_argument("--profile", help="open on this saved connection profile")
    gui.set_defaults(func=_run_gui)
    for name in _COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name is not None and name.startswith(exc.name):
                continue
            raise
        module.register(subparsers)
    parser.set_defaults(func=_run_gui)
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    from nepton_desktop.ui.app import run_gui

    return run_gui(demo=bool(args.demo), profile_name=args.profile)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    result: int = args.func(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
