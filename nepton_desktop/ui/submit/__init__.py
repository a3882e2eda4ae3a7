"""Submitting pending edits: plan, review, progress, outcomes and conflicts."""
