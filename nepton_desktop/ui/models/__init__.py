"""Table models of the four entity tabs: one generic base that reads domain/columns.py."""
