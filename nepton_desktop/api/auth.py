"""The authentication blocks of the two APIs, as the codec writes them into each request."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class WorktimeAuth:
    """CallerAuthentication: CustomerId plus the API user's username and password."""

    customer_id: str
    username: str
    password: str = field(repr=False)


@dataclass(frozen=True, slots=True)
class HrAuth:
    """HR API: the API user's username and password plus DeploymentId and WebServicePassword."""

    username: str
    password: str = field(repr=False)
    deployment_id: str
    webservice_password: str = field(repr=False)
