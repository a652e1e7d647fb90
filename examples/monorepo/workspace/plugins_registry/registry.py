_PLUGINS: dict = {}


def register(name, factory):
    _PLUGINS[name] = factory


def load_plugins():
    return dict(_PLUGINS)
