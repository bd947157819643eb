"""My cases: the list of cases and requests, follow-up letters, the start-up notice."""
