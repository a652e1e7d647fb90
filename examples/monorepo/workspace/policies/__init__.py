"""Execution policies."""
from policies.limits import MAX_TURNS  # noqa: F401
