"""The absence timeline: people down, days across, absences as coloured bars by type."""

from nepton_desktop.ui.timeline.widget import AbsenceTimeline

__all__ = ["AbsenceTimeline"]
