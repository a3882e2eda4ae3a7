"""Profiles: one work community's endpoints and ids, stored as JSON in the user's config folder.

Nothing secret is stored here; passwords go through ``credentials.CredentialStore``.
"""

from __future__ import annotations

import enum
import json
import os
import re
from dataclasses import asdict, dataclass
from pathlib import Path

import platformdirs

from nepton_desktop.api.credentials import Credentials, CredentialStore, credentials_from_env
from nepton_desktop.api.transport import check_url
from nepton_desktop.domain.translatable import QT_TRANSLATE_NOOP

APP_NAME = "nepton-desktop"
CONFIG_DIR_ENV = "NEPTON_DESKTOP_CONFIG_DIR"


class Environment(enum.StrEnum):
    PRODUCTION = "production"
    PUBLIC_TESTING = "public_testing"
    CUSTOM = "custom"
    SANDBOX = "sandbox"


# Production URLs are documented; the public-testing HR address is inferred from the
# documented Worktime one (publictesting-time.nepton.com).
ENVIRONMENT_URLS: dict[Environment, tuple[str, str]] = {
    Environment.PRODUCTION: (
        "https://time.nepton.com/WebService.php",
        "https://go.nepton.com/API/SOAPWebService.asmx",
    ),
    Environment.PUBLIC_TESTING: (
        "https://publictesting-time.nepton.com/WebService.php",
        "https://publictesting-go.nepton.com/API/SOAPWebService.asmx",
    ),
}

_NAME_RE = re.compile(r"^[\w.\- ]{1,64}$")


class ProfileError(ValueError):
    """A profile cannot be saved or found; the message says why in plain words."""


@dataclass(frozen=True, slots=True)
class Profile:
    name: str
    environment: Environment
    worktime_url: str
    hr_url: str
    customer_id: str
    deployment_id: str
    username: str

    @classmethod
    def for_environment(
        cls,
        name: str,
        environment: Environment,
        *,
        customer_id: str,
        deployment_id: str,
        username: str,
        worktime_url: str | None = None,
        hr_url: str | None = None,
    ) -> Profile:
        urls = ENVIRONMENT_URLS.get(environment)
        wt = worktime_url or (urls[0] if urls else None)
        hr = hr_url or (urls[1] if urls else None)
        if not wt or not hr:
            raise ProfileError(
                QT_TRANSLATE_NOOP(
                    "ProfileError", "a custom or sandbox profile needs both server addresses"
                )
            )
        return cls(name, environment, wt, hr, customer_id, deployment_id, username)

    def validate(self) -> None:
        if not _NAME_RE.match(self.name):
            raise ProfileError(
                QT_TRANSLATE_NOOP(
                    "ProfileError",
                    "a profile name has 1-64 letters, digits, spaces, dots, dashes or underscores",
                )
            )
        for label, url in (("Worktime", self.worktime_url), ("HR", self.hr_url)):
            try:
                check_url(url)
            except Exception:
                raise ProfileError(
                    f"the {label} address must start with https:// "
                    "(plain http:// only for this computer)"
                ) from None
        if not self.customer_id.strip().isdigit():
            raise ProfileError(
                QT_TRANSLATE_NOOP(
                    "ProfileError", "CustomerId is a number given by Nepton customer service"
                )
            )
        if not self.deployment_id.strip().isdigit():
            raise ProfileError(
                QT_TRANSLATE_NOOP(
                    "ProfileError", "DeploymentId is a number given by Nepton customer service"
                )
            )
        if not self.username.strip():
            raise ProfileError(
                QT_TRANSLATE_NOOP("ProfileError", "the API user's username is missing")
            )

    def to_json(self) -> dict[str, str]:
        data = asdict(self)
        data["environment"] = self.environment.value
        return data

    @classmethod
    def from_json(cls, data: dict[str, str]) -> Profile:
        return cls(
            name=str(data["name"]),
            environment=Environment(data.get("environment", "custom")),
            worktime_url=str(data["worktime_url"]),
            hr_url=str(data["hr_url"]),
            customer_id=str(data["customer_id"]),
            deployment_id=str(data["deployment_id"]),
            username=str(data["username"]),
        )


def config_dir() -> Path:
    override = os.environ.get(CONFIG_DIR_ENV)
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME))


class ProfileStore:
    """profiles.json in the config folder: {"profiles": [...]}."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory or config_dir()
        self.path = self.directory / "profiles.json"

    def profiles(self) -> list[Profile]:
        if not self.path.exists():
            return []
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return [Profile.from_json(p) for p in data.get("profiles", [])]
        except (ValueError, KeyError, TypeError) as exc:
            raise ProfileError(f"{self.path} is damaged ({type(exc).__name__})") from None

    def get(self, name: str) -> Profile:
        for p in self.profiles():
            if p.name == name:
                return p
        raise ProfileError(f"no profile named {name!r}")

    def save(self, profile: Profile) -> None:
        profile.validate()
        profiles = [p for p in self.profiles() if p.name != profile.name]
        profiles.append(profile)
        self._write(profiles)

    def remove(self, name: str) -> bool:
        profiles = self.profiles()
        kept = [p for p in profiles if p.name != name]
        if len(kept) == len(profiles):
            return False
        self._write(kept)
        return True

    def _write(self, profiles: list[Profile]) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        payload = {"profiles": [p.to_json() for p in sorted(profiles, key=lambda p: p.name)]}
        tmp.write_text(json.dumps(payload, indent=2, ensure_ascii=False), encoding="utf-8")
        tmp.replace(self.path)


class MissingCredentials(ProfileError):
    pass


def load_credentials(
    profile: Profile,
    store: CredentialStore | None = None,
    env: dict[str, str] | None = None,
) -> Credentials:
    """Passwords for a headless command: keyring first, then NEPTON_PASSWORD/NEPTON_WS_PASSWORD."""
    found = (store or CredentialStore()).load(profile.name)
    if found is None:
        found = credentials_from_env(env)
    if found is None:
        raise MissingCredentials(
            f"no password for profile {profile.name!r}: store it with 'profile add' where a "
            "keyring works, or set NEPTON_PASSWORD and NEPTON_WS_PASSWORD"
        )
    return found
