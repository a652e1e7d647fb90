"""The interface every template's adapter implements."""
from dataclasses import dataclass, field

import config


@dataclass
class AdapterConfig:
    model: str = "default"
    options: dict = field(default_factory=dict)
    workspace_id: str = config.SETTINGS.workspace_id


class BaseAdapter:
    @classmethod
    def name(cls) -> str:
        return cls.__name__

    def setup(self, cfg: AdapterConfig) -> None:
        self.config = cfg
