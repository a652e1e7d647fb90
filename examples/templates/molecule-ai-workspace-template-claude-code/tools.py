"""Template-local helpers."""
from molecule_runtime.a2a_client import discover_peer


def peer_url(name: str) -> str:
    return discover_peer(name)
