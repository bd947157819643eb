"""The case log: SQLite store, evidence, the printable dossier."""
