"""Event payloads exchanged with the platform (wire protocol v2)."""
import json
import time
from dataclasses import asdict, dataclass, field

PROTOCOL_VERSION = 2


@dataclass
class Event:
    kind: str
    payload: dict = field(default_factory=dict)
    at: float = field(default_factory=time.time)

    def to_json(self) -> str:
        return json.dumps({"v": PROTOCOL_VERSION, **asdict(self)}, sort_keys=True)


def queued(task_id: str) -> Event:
    return Event("queued", {"task_id": task_id})
