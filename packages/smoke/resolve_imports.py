"""Resolves top-level import names in the test venv (runtime-actions smoke-import).

argv[1] is a JSON list of top-level names. Prints a JSON object: {"unresolved": [...]}.

importlib.util.find_spec asks the finders on sys.meta_path whether a module
exists without executing it: for a top-level name no parent package is
imported, so none of the package's (or a dependency's) code runs. Run with -I
in an empty folder, so only what pip installed into the venv and the standard
library can answer. Standard library only; runs on any CPython >= 3.8.
"""
import importlib.util
import json
import sys


def resolves(name):
    if name in sys.modules:
        return True  # already loaded by the interpreter itself (sys, builtins, __main__)
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def main():
    names = json.loads(sys.argv[1])
    print(json.dumps({"unresolved": [n for n in names if not resolves(n)]}))


main()
