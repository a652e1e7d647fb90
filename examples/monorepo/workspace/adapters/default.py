from adapters.base import BaseAdapter


class DefaultAdapter(BaseAdapter):
    """Echoes its input; used when no template adapter is configured."""

    def run(self, text: str) -> str:
        return text
