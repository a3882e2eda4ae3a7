"""A local, faithful Nepton service: both SOAP APIs over real HTTP with a SQLite store.

Used by demo mode and by the tests of the API, import and UI layers. It shares no XML code
with ``nepton_desktop.api``: the two meet only at the wire contract in ``resources/wsdl/``.
"""

from nepton_desktop.sandbox.faults import FaultSpec
from nepton_desktop.sandbox.server import SandboxInfo, SandboxServer

__all__ = ["FaultSpec", "SandboxInfo", "SandboxServer"]
