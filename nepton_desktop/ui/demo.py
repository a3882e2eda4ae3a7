"""Demo mode: the sandbox with the demo community, started without blocking the GUI thread.

``SandboxServer.start()`` seeds a SQLite store and binds a loopback port, which takes a moment;
it runs in a worker thread and is awaited, so the window keeps painting meanwhile.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path

from nepton_desktop.api import Credentials, Environment, NeptonService, Profile
from nepton_desktop.sandbox import SandboxServer
from nepton_desktop.ui.main_window import ConnectionIdentity

DEMO_PROFILE_NAME = "Demo"


@dataclass(slots=True)
class DemoSession:
    server: SandboxServer
    profile: Profile
    service: NeptonService

    @property
    def identity(self) -> ConnectionIdentity:
        return ConnectionIdentity(self.profile.name, self.profile.username, "demo")

    async def aclose(self) -> None:
        """Close the client first (its connections), then stop the server in a thread."""
        await self.service.aclose()
        await asyncio.get_running_loop().run_in_executor(None, self.server.stop)


async def start_demo(data_dir: Path | None = None, seed: str = "demo") -> DemoSession:
    server = SandboxServer(data_dir=data_dir, seed=seed)
    await asyncio.get_running_loop().run_in_executor(None, server.start)
    info = server.info
    profile = Profile.for_environment(
        DEMO_PROFILE_NAME,
        Environment.SANDBOX,
        customer_id=str(info.customer_id),
        deployment_id=str(info.deployment_id),
        username=info.username,
        worktime_url=info.worktime_url,
        hr_url=info.hr_url,
    )
    service = NeptonService(profile, Credentials(info.password, info.webservice_password))
    return DemoSession(server, profile, service)


def identity_for(profile: Profile) -> ConnectionIdentity:
    environment = {
        Environment.PRODUCTION: "production",
        Environment.PUBLIC_TESTING: "testing",
        Environment.CUSTOM: "custom",
        Environment.SANDBOX: "demo",
    }[profile.environment]
    return ConnectionIdentity(profile.name, profile.username, environment)
