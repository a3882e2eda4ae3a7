"""Everything Qt: the main window, tabs, table models, dialogs and the import wizard."""
