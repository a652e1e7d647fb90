"""Loads skills from the workspace's skills folder."""
import pathlib

import config


def skills_dir() -> pathlib.Path:
    return pathlib.Path("/workspace/skills") if config.SETTINGS else pathlib.Path(".")
