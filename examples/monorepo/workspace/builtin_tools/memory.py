"""A process-local key/value memory."""
from events import Event

_MEMORY: dict = {}


def store(key: str, value) -> Event:
    _MEMORY[key] = value
    return Event("memory.store", {"key": key})


def recall(key: str):
    return _MEMORY.get(key)
