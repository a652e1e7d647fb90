"""Discovers peers and sends them A2A messages."""
import urllib.parse

import config
from events import Event, queued


def discover_peer(name: str) -> str:
    base = config.SETTINGS.platform_url.rstrip("/")
    return f"{base}/a2a/{urllib.parse.quote(name)}"


def announce(task_id: str) -> Event:
    return queued(task_id)
