"""``nepton-desktop sandbox``: run the sandbox in the foreground until Ctrl+C or SIGTERM."""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from pathlib import Path
from types import FrameType
from typing import Any

from nepton_desktop.sandbox.faults import FAULTS_HELP, FaultSpec
from nepton_desktop.sandbox.seed import SEEDS
from nepton_desktop.sandbox.server import SandboxServer


def _fault_spec(text: str) -> FaultSpec:
    try:
        return FaultSpec.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)"
    )
    parser.add_argument("--port", type=int, default=0, help="port; 0 picks a free one (default)")
    parser.add_argument(
        "--data",
        type=Path,
        default=None,
        metavar="DIR",
        help="keep the database in DIR between runs (default: a temporary folder)",
    )
    parser.add_argument(
        "--seed",
        choices=SEEDS,
        default="demo",
        help="contents of a new database: demo community or empty (default demo)",
    )
    parser.add_argument(
        "--faults", type=_fault_spec, default=None, metavar="SPEC", help="inject faults; see below"
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="print the URLs and credentials as one JSON object on the first line",
    )


_DESCRIPTION = (
    "Run a local, faithful Nepton service over HTTP: the Worktime API at /WebService.php and"
    " the HR API at /API/SOAPWebService.asmx, with a SQLite store."
)


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    parser = subparsers.add_parser(
        "sandbox",
        help="run a local Nepton sandbox (both SOAP APIs) for demos and tests",
        description=_DESCRIPTION,
        epilog=FAULTS_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_arguments(parser)
    parser.set_defaults(func=handler)


def handler(args: argparse.Namespace) -> int:
    server = SandboxServer(
        data_dir=args.data, seed=args.seed, host=args.host, port=args.port, faults=args.faults
    )
    try:
        server.start()
    except OSError as exc:
        print(f"Cannot start the sandbox: {exc}", file=sys.stderr)
        return 1
    if args.host not in ("127.0.0.1", "::1", "localhost"):
        # The demo credentials are public: anyone who can reach this address can use them.
        print(
            f"Warning: listening on {args.host}, not only on this computer (loopback).",
            file=sys.stderr,
        )
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        info = server.info
        if args.json:
            print(
                json.dumps(
                    {
                        "worktime_url": info.worktime_url,
                        "hr_url": info.hr_url,
                        "customer_id": info.customer_id,
                        "deployment_id": info.deployment_id,
                        "username": info.username,
                        "password": info.password,
                        "webservice_password": info.webservice_password,
                    }
                ),
                flush=True,
            )
        else:
            print(
                "Nepton sandbox running (Ctrl+C stops it)\n"
                f"  Worktime API:  {info.worktime_url}   (WSDL: {info.worktime_url}?WSDL)\n"
                f"  HR API:        {info.hr_url}   (WSDL: {info.hr_url}?WSDL)\n"
                f"  CustomerId {info.customer_id}, DeploymentId {info.deployment_id}\n"
                f"  Username {info.username}, password {info.password},"
                f" WebServicePassword {info.webservice_password}\n"
                f"  Data: {'temporary' if args.data is None else args.data}, seed {args.seed},"
                f" faults: {args.faults or 'none'}",
                flush=True,
            )
        while not stop.wait(0.5):
            pass
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)
        server.stop()
    print("Nepton sandbox stopped.", file=sys.stderr, flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    """``python -m nepton_desktop.sandbox``: the same options without the subcommand."""
    parser = argparse.ArgumentParser(
        prog="python -m nepton_desktop.sandbox",
        description=_DESCRIPTION,
        epilog=FAULTS_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_arguments(parser)
    return handler(parser.parse_args(argv))
