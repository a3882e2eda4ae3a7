"""Spreadsheet -> validated change set: read, map columns, coerce, validate, plan, report."""
