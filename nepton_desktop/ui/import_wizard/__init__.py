"""The import wizard (issue 6): file, sheet, columns, preview, submit, summary."""

from nepton_desktop.ui.import_wizard.wizard import ImportWizard

__all__ = ["ImportWizard"]
