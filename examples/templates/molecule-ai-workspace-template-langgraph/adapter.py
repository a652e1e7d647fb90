"""LangGraph adapter (sample): imports the runtime as a package, the right way."""
from molecule_runtime.adapters import AdapterConfig, BaseAdapter
from molecule_runtime.builtin_tools.memory import recall, store


class Adapter(BaseAdapter):
    def setup(self, cfg: AdapterConfig) -> None:
        super().setup(cfg)
        store("adapter", "langgraph")

    def run(self, text: str) -> str:
        return f"{recall('adapter')}: {text}"
