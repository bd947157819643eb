"""Removal requests: triage, platform directory, RDAP, letters (templates, recipients), e-mail and sending."""
