"""Removal requests: case model, triage, platform directory, RDAP, drafting, deadlines."""
