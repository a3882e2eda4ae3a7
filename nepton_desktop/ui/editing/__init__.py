"""Editing the tables: cell parsing and validation, undo commands, clipboard, the journal."""
