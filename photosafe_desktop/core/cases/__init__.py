"""The case: its model, deadlines, the SQLite store, evidence, the printable dossier."""
