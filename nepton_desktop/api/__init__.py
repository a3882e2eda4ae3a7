"""The Nepton API service: async, Qt-free access to the Worktime and HR SOAP APIs."""

from nepton_desktop.api.credentials import Credentials, CredentialStore
from nepton_desktop.api.errors import NeptonError
from nepton_desktop.api.filters import EventFilter, ProjectFilter
from nepton_desktop.api.profiles import Environment, Profile, ProfileStore, load_credentials
from nepton_desktop.api.request_log import LogEntry, RequestLog
from nepton_desktop.api.service import NeptonService
from nepton_desktop.api.transport import Transport, TransportSettings

__all__ = [
    "CredentialStore",
    "Credentials",
    "Environment",
    "EventFilter",
    "LogEntry",
    "NeptonError",
    "NeptonService",
    "Profile",
    "ProfileStore",
    "ProjectFilter",
    "RequestLog",
    "Transport",
    "TransportSettings",
    "load_credentials",
]
