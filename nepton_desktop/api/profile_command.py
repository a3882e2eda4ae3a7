"""``nepton-desktop profile add|list|remove``: profiles for scripts and scheduled jobs.

Passwords never come from a command-line argument (they would sit in the shell history and
the process list): ``profile add`` takes them from NEPTON_PASSWORD / NEPTON_WS_PASSWORD or
asks for them when run interactively, and stores them in the keyring.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from nepton_desktop.api.credentials import (
    ENV_PASSWORD,
    ENV_WS_PASSWORD,
    Credentials,
    CredentialStore,
    check_password,
    credentials_from_env,
)
from nepton_desktop.api.errors import InvalidValue
from nepton_desktop.api.profiles import Environment, Profile, ProfileError, ProfileStore


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "profile",
        help="add, list or remove connection profiles",
        description="Connection profiles: one Nepton work community each. Passwords are kept "
        f"in the system keyring; headless runs may give them in {ENV_PASSWORD} and "
        f"{ENV_WS_PASSWORD}.",
    )
    sub = parser.add_subparsers(dest="profile_command", required=True)

    add = sub.add_parser("add", help="add or replace a profile")
    add.add_argument("name")
    add.add_argument(
        "--environment",
        choices=[e.value for e in Environment],
        default=None,
        help="production and public_testing fill in Nepton's addresses; default: custom",
    )
    add.add_argument("--worktime-url", help="Worktime API address (…/WebService.php)")
    add.add_argument("--hr-url", help="HR API address (…/API/SOAPWebService.asmx)")
    add.add_argument("--customer-id", required=True, help="CustomerId (Worktime API)")
    add.add_argument("--deployment-id", required=True, help="DeploymentId (HR API)")
    add.add_argument("--username", required=True, help="the API user's username")
    add.add_argument(
        "--no-password",
        action="store_true",
        help="do not store passwords now (give them later, or in the environment)",
    )

    sub.add_parser("list", help="list the profiles")
    remove = sub.add_parser("remove", help="remove a profile and its stored passwords")
    remove.add_argument("name")
    parser.set_defaults(func=handler)


def handler(args: argparse.Namespace) -> int:
    profiles = ProfileStore()
    credentials = CredentialStore()
    try:
        if args.profile_command == "add":
            return _add(args, profiles, credentials)
        if args.profile_command == "list":
            return _list(profiles, credentials)
        if args.profile_command == "remove":
            return _remove(args.name, profiles, credentials)
    except (ProfileError, InvalidValue) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 2


def _add(args: argparse.Namespace, profiles: ProfileStore, store: CredentialStore) -> int:
    environment = Environment(args.environment or Environment.CUSTOM.value)
    profile = Profile.for_environment(
        args.name,
        environment,
        customer_id=args.customer_id,
        deployment_id=args.deployment_id,
        username=args.username,
        worktime_url=args.worktime_url,
        hr_url=args.hr_url,
    )
    profile.validate()
    secrets = None if args.no_password else _passwords()
    if secrets is not None:
        # Check before saving anything, so a refused password leaves no half-made profile.
        check_password(secrets.password, "Password")
        if secrets.webservice_password:
            check_password(secrets.webservice_password, "WebServicePassword")
    profiles.save(profile)
    print(f"Saved profile {profile.name!r} in {profiles.path}")
    if secrets is None:
        print(f"No password stored. Headless commands read {ENV_PASSWORD} and {ENV_WS_PASSWORD}.")
        return 0
    result = store.save(profile.name, secrets)
    if result.stored_in_keyring:
        print(f"Passwords stored in {result.where}.")
    else:
        print(f"Passwords kept in {result.where}: {result.reason}.")
        print(f"For scheduled jobs, set {ENV_PASSWORD} and {ENV_WS_PASSWORD} instead.")
    return 0


def _passwords() -> Credentials | None:
    from_env = credentials_from_env()
    if from_env is not None:
        return from_env
    if not sys.stdin.isatty():
        return None
    password = getpass.getpass("API user's password: ")
    ws_password = getpass.getpass("WebServicePassword (HR API, empty to skip): ")
    return Credentials(password, ws_password) if password else None


def _list(profiles: ProfileStore, store: CredentialStore) -> int:
    items = profiles.profiles()
    if not items:
        print("No profiles. Add one with: nepton-desktop profile add NAME ...")
        return 0
    env_note = " (or from the environment)" if os.environ.get(ENV_PASSWORD) else ""
    for p in items:
        stored = store.load(p.name) is not None
        print(
            f"{p.name}\t{p.environment.value}\tCustomerId {p.customer_id}\t"
            f"DeploymentId {p.deployment_id}\t{p.username}\t"
            f"password {'stored' if stored else 'not stored'}{env_note}\n"
            f"\tWorktime {p.worktime_url}\n\tHR       {p.hr_url}"
        )
    print(f"Passwords are kept in {store.describe_storage()}.")
    return 0


def _remove(name: str, profiles: ProfileStore, store: CredentialStore) -> int:
    if not profiles.remove(name):
        print(f"error: no profile named {name!r}", file=sys.stderr)
        return 1
    store.delete(name)
    print(f"Removed profile {name!r} and its stored passwords.")
    return 0
