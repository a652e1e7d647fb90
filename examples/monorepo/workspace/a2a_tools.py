"""Tools the agent may call over A2A."""
from a2a_client import discover_peer, announce  # noqa: F401  (re-exported)
import events as ev

TOOLS = ("discover_peer", "announce")


def describe() -> dict:
    return {"tools": list(TOOLS), "protocol": ev.PROTOCOL_VERSION}
