"""The removal wizard: what happened, where, who, evidence, review, send."""
