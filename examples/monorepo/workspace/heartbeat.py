"""Periodic liveness pings to the platform."""
import threading

import config


class Heartbeat:
    def __init__(self, interval=None):
        self.interval = interval or config.SETTINGS.heartbeat_seconds
        self._stop = threading.Event()

    def stop(self):
        self._stop.set()
