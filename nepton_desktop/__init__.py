"""Nepton Desktop: edit and bulk-import Nepton HR and worktime data."""

__version__ = "0.1.0"
