"""Proof of origin: a private register of published copies, PDQ matching, copyright route."""
