"""Plugins a template may register."""
from plugins_registry.registry import load_plugins, register  # noqa: F401
