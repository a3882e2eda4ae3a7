"""One tab widget per entity: a table view with its filters and row actions."""
