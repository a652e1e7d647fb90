"""Entry point of the workspace runtime (console script `molecule-runtime`)."""
import asyncio
import json, heartbeat
import sys

import config as cfg
from adapters import get_adapter
from builtin_tools.memory import store


async def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--describe":
        # Imported here so a plain start does not pay for it; the smoke check
        # and the build's static check still see this import.
        from a2a_tools import describe
        print(json.dumps(describe(), sort_keys=True))
        return 0
    beat = heartbeat.Heartbeat()
    store("boot", cfg.SETTINGS.workspace_id)
    adapter = get_adapter("default")
    print(f"molecule-runtime: workspace {cfg.SETTINGS.workspace_id} adapter {adapter.name()}")
    beat.stop()
    return 0


def main_sync() -> None:
    sys.exit(asyncio.run(main()))


if __name__ == "__main__":
    main_sync()
