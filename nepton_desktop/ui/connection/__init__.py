"""Connecting: profiles, passwords in the OS keyring, "Test connection", the built-in demo."""

from nepton_desktop.ui.connection.demo_sandbox import DemoSandbox
from nepton_desktop.ui.connection.dialog import ConnectionDialog, choose_connection

__all__ = ["ConnectionDialog", "DemoSandbox", "choose_connection"]
