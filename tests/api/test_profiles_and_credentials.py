"""Profiles in the config folder, passwords only through the keyring, and the profile command."""

from __future__ import annotations

import argparse
import importlib.util
import json
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from nepton_desktop.api import profile_command
from nepton_desktop.api.credentials import Credentials, CredentialStore
from nepton_desktop.api.errors import InvalidValue
from nepton_desktop.api.profiles import (
    ENVIRONMENT_URLS,
    Environment,
    MissingCredentials,
    Profile,
    ProfileError,
    ProfileStore,
    config_dir,
    load_credentials,
)

from .memory_keyring import BrokenKeyring, MemoryKeyring


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    kr = MemoryKeyring()
    keyring.set_keyring(kr)
    try:
        yield kr
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NEPTON_DESKTOP_CONFIG_DIR", str(tmp_path))
    monkeypatch.delenv("NEPTON_PASSWORD", raising=False)
    monkeypatch.delenv("NEPTON_WS_PASSWORD", raising=False)
    return tmp_path


def production(name: str = "acme") -> Profile:
    return Profile.for_environment(
        name,
        Environment.PRODUCTION,
        customer_id="1234",
        deployment_id="123456",
        username="api.integration",
    )


def test_keyrings_alt_is_not_installed() -> None:
    assert (
        importlib.util.find_spec("keyrings") is None
        or importlib.util.find_spec("keyrings.alt") is None
    )


def test_environment_urls() -> None:
    p = production()
    assert (p.worktime_url, p.hr_url) == (
        "https://time.nepton.com/WebService.php",
        "https://go.nepton.com/API/SOAPWebService.asmx",
    )
    assert ENVIRONMENT_URLS[Environment.PUBLIC_TESTING][0] == (
        "https://publictesting-time.nepton.com/WebService.php"
    )
    with pytest.raises(ProfileError):
        Profile.for_environment(
            "x", Environment.CUSTOM, customer_id="1", deployment_id="1", username="u"
        )


def test_profiles_are_stored_as_json_without_secrets(config: Path) -> None:
    store = ProfileStore()
    assert config_dir() == config and store.profiles() == []
    store.save(production())
    store.save(production("other"))
    data = json.loads((config / "profiles.json").read_text())
    assert [p["name"] for p in data["profiles"]] == ["acme", "other"]
    assert "password" not in (config / "profiles.json").read_text().lower()
    assert store.get("acme") == production()
    assert store.remove("acme") and not store.remove("acme")
    assert [p.name for p in store.profiles()] == ["other"]


@pytest.mark.parametrize(
    "change",
    [
        {"worktime_url": "http://time.nepton.com/WebService.php"},
        {"customer_id": "abc"},
        {"name": "bad/name"},
        {"username": " "},
    ],
)
def test_invalid_profiles_are_refused(config: Path, change: dict[str, str]) -> None:
    from dataclasses import replace

    with pytest.raises(ProfileError):
        ProfileStore().save(replace(production(), **change))


def test_passwords_go_to_the_keyring(memory_keyring: MemoryKeyring) -> None:
    store = CredentialStore()
    result = store.save("acme", Credentials("p&<]]>1", "ws-2"))
    assert result.stored_in_keyring and "MemoryKeyring" in result.where
    assert memory_keyring.store[("nepton-desktop", "acme/password")] == "p&<]]>1"
    assert store.load("acme") == Credentials("p&<]]>1", "ws-2")
    assert "MemoryKeyring" in store.describe_storage()
    store.delete("acme")
    assert store.load("acme") is None


def test_password_ending_with_ampersand_is_refused_at_save(memory_keyring: MemoryKeyring) -> None:
    with pytest.raises(InvalidValue, match="ends with '&'"):
        CredentialStore().save("acme", Credentials("secret&"))
    assert memory_keyring.store == {}


@pytest.mark.parametrize("backend", [fail.Keyring, BrokenKeyring])
def test_without_a_working_keyring_the_password_is_kept_for_this_run(backend: type) -> None:
    store = CredentialStore(backend())
    result = store.save("acme", Credentials("pw-1", "ws-1"))
    assert not result.stored_in_keyring
    assert "this run only" in result.where and result.reason
    assert store.load("acme") == Credentials("pw-1", "ws-1")
    assert CredentialStore(backend()).load("acme") is None  # a new run has nothing
    if backend is fail.Keyring:
        assert "this run only" in store.describe_storage()


def test_credentials_never_print() -> None:
    c = Credentials("topsecret-1", "topsecret-2")
    assert "topsecret" not in repr(c) and "topsecret" not in str(c)


def test_load_credentials_keyring_then_environment(memory_keyring: MemoryKeyring) -> None:
    p = production()
    with pytest.raises(MissingCredentials, match="NEPTON_PASSWORD"):
        load_credentials(p, env={})
    assert load_credentials(p, env={"NEPTON_PASSWORD": "e1", "NEPTON_WS_PASSWORD": "e2"}) == (
        Credentials("e1", "e2")
    )
    CredentialStore().save(p.name, Credentials("k1", "k2"))
    assert load_credentials(p, env={"NEPTON_PASSWORD": "e1"}) == Credentials("k1", "k2")


def _run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    profile_command.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return int(args.func(args))


def test_profile_command_add_list_remove(
    config: Path,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("NEPTON_PASSWORD", "Env-Pass-1")
    monkeypatch.setenv("NEPTON_WS_PASSWORD", "Env-WS-1")
    assert (
        _run(
            [
                "profile",
                "add",
                "demo",
                "--worktime-url",
                "http://127.0.0.1:9/WebService.php",
                "--hr-url",
                "http://127.0.0.1:9/API/SOAPWebService.asmx",
                "--customer-id",
                "1234",
                "--deployment-id",
                "123456",
                "--username",
                "api.integration",
                "--environment",
                "sandbox",
            ]
        )
        == 0
    )
    assert memory_keyring.store[("nepton-desktop", "demo/password")] == "Env-Pass-1"
    assert _run(["profile", "list"]) == 0
    out = capsys.readouterr().out
    assert "demo" in out and "password stored" in out and "Env-Pass-1" not in out
    assert _run(["profile", "remove", "demo"]) == 0
    assert memory_keyring.store == {}
    assert _run(["profile", "remove", "demo"]) == 1


def test_profile_command_refuses_bad_input_and_has_no_password_option(
    config: Path,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    base = ["profile", "add", "x", "--customer-id", "1", "--deployment-id", "2", "--username", "u"]
    assert _run([*base, "--worktime-url", "http://example.com/w", "--hr-url", "https://e/h"]) == 2
    with pytest.raises(SystemExit):
        _run([*base, "--environment", "production", "--password", "x"])
    monkeypatch.setenv("NEPTON_PASSWORD", "ends-with&")
    assert _run([*base, "--environment", "production"]) == 2
    assert ProfileStore().profiles() == []
    monkeypatch.delenv("NEPTON_PASSWORD")
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert _run([*base, "--environment", "production"]) == 0
    assert ProfileStore().get("x").worktime_url == "https://time.nepton.com/WebService.php"
