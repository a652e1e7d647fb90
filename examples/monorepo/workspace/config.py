"""Runtime configuration, read from the environment once at import."""
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    workspace_id: str
    platform_url: str
    heartbeat_seconds: float = 30.0


def load() -> Settings:
    return Settings(
        workspace_id=os.environ.get("WORKSPACE_ID", "00000000-0000-0000-0000-000000000000"),
        platform_url=os.environ.get("PLATFORM_URL", "http://localhost:8080"),
        heartbeat_seconds=float(os.environ.get("HEARTBEAT_SECONDS", "30")),
    )


SETTINGS = load()
