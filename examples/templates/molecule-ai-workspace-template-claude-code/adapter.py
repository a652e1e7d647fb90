"""Claude Code adapter (sample)."""
import molecule_runtime.config as runtime_config
from molecule_runtime.adapters import BaseAdapter
from molecule_runtime.plugins_registry import register


class Adapter(BaseAdapter):
    def run(self, text: str) -> str:
        return f"[{runtime_config.SETTINGS.workspace_id}] {text}"


register("claude-code", Adapter)
