"""Monorepo-only helper (excluded from the package)."""


def drain():
    return None
