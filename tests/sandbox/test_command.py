"""The ``sandbox`` subcommand: its options, --json output, and clean stops on signals."""

from __future__ import annotations

import argparse
import json
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from nepton_desktop.sandbox.command import register
from nepton_desktop.sandbox.faults import FaultSpec

REPO = Path(__file__).resolve().parents[2]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="nepton-desktop")
    register(parser.add_subparsers(dest="command"))
    return parser


def test_register_adds_the_documented_options(tmp_path: Path) -> None:
    args = _parser().parse_args(
        [
            "sandbox",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--data",
            str(tmp_path),
            "--seed",
            "empty",
            "--faults",
            "http_503=0.1,seed=7",
            "--json",
        ]
    )
    assert args.func.__name__ == "handler"
    assert (args.seed, args.port, args.data, args.json) == ("empty", 0, tmp_path, True)
    assert args.faults == FaultSpec(http_503=0.1, seed=7)


def test_help_documents_the_faults(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        _parser().parse_args(["sandbox", "--help"])
    text = capsys.readouterr().out
    for word in (
        "latency_ms",
        "http_503",
        "drop_before_commit",
        "drop_after_commit",
        "truncate",
        "soap_fault",
        "lockout",
        "seed",
    ):
        assert word in text


def test_bad_faults_are_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        _parser().parse_args(["sandbox", "--faults", "http_503=7"])
    assert exit_info.value.code == 2


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_runs_prints_json_and_stops_on_signal(tmp_path: Path, sig: signal.Signals) -> None:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "nepton_desktop.sandbox",
            "--json",
            "--seed",
            "empty",
            "--data",
            str(tmp_path),
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        info = json.loads(process.stdout.readline())
        assert set(info) == {
            "worktime_url",
            "hr_url",
            "customer_id",
            "deployment_id",
            "username",
            "password",
            "webservice_password",
        }
        assert info["customer_id"] == "1234" and info["deployment_id"] == "123456"
        assert httpx.get(info["worktime_url"] + "?WSDL").status_code == 200
        assert httpx.get(info["hr_url"] + "?wsdl").status_code == 200
        process.send_signal(sig)
        assert process.wait(timeout=10) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert (tmp_path / "sandbox.sqlite3").exists()
