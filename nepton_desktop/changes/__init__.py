"""Change sets, the local import journal and the submitter (batches, resume, revert)."""
