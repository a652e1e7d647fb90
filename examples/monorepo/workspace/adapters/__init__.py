"""Adapter discovery: ADAPTER_MODULE names a module exposing `Adapter`."""
import importlib
import os

from adapters.base import AdapterConfig, BaseAdapter

__all__ = ["AdapterConfig", "BaseAdapter", "get_adapter"]


def get_adapter(runtime: str) -> type[BaseAdapter]:
    adapter_module = os.environ.get("ADAPTER_MODULE")
    if adapter_module:
        mod = importlib.import_module(adapter_module)
        return getattr(mod, "Adapter")
    from adapters.default import DefaultAdapter

    if runtime == "default":
        return DefaultAdapter
    raise KeyError(f"no adapter for runtime {runtime!r}; set ADAPTER_MODULE")
