"""Static import check of a wheel's modules (runtime-actions smoke-import).

Reads one JSON document on stdin:
  {"files": {"pkg/a.py": "<base64 of the source bytes>", ...},
   "sourceModules": ["lib", ...],  # top-level names of the monorepo folder the package came from
   "targets": [{"label": "...", "kind": "entry-point" | "symbol", "module": "pkg.main", "attr": "main_sync"}],
   "floor": [3, 11] | null}          # the lowest Python that Requires-Python allows
and writes one JSON document on stdout: {"python", "modules", "findings", "external", "seconds"}
("external": every unguarded absolute import of a name outside the wheel, for the venv to resolve).

Uses CPython's own parser (ast), so what it calls a syntax error is one, and
checks every import -- at module level, in `if TYPE_CHECKING:` blocks and
inside function bodies, which a plain `import package` never runs -- against
the modules the wheel ships and the names those modules bind. Standard
library only: it runs with no dependency installed, in milliseconds.
"""
import ast
import base64
import json
import sys
import time
import unicodedata

STDLIB = set(getattr(sys, "stdlib_module_names", ())) | set(sys.builtin_module_names)
# Handlers that make an import deliberately optional: `try: import x / except ImportError:`.
OPTIONAL_GUARDS = {"ImportError", "ModuleNotFoundError", "Exception", "BaseException"}


class Module:
    def __init__(self, name, path, is_pkg, source):
        self.name = name
        self.path = path
        self.is_pkg = is_pkg
        self.source = source
        self.lines = None
        self.tree = None
        self.bindings = set()
        self.all_names = None  # a literal __all__, when there is one
        self.imports = []  # (node, enclosing function or None, guard or None)
        self.stars = []  # (module name, is it shipped) of `from x import *` at top level
        # Open: names appear at run time in ways ast cannot see (module __getattr__,
        # globals() writes, a star import from outside the wheel, a syntax error).
        self.open = False

    def line_text(self, lineno):
        if self.lines is None:
            self.lines = self.source.decode("utf-8", "replace").splitlines()
        if lineno and 0 < lineno <= len(self.lines):
            return self.lines[lineno - 1].strip()
        return ""


def module_name(path):
    parts = path[:-3].split("/")
    is_pkg = parts[-1] == "__init__"
    if is_pkg:
        parts = parts[:-1]
    return ".".join(parts), is_pkg


def bind_target(target, names):
    if isinstance(target, ast.Name):
        names.add(target.id)
    elif isinstance(target, (ast.Tuple, ast.List)):
        for elt in target.elts:
            bind_target(elt, names)
    elif isinstance(target, ast.Starred):
        bind_target(target.value, names)


def literal_strings(node):
    if isinstance(node, (ast.List, ast.Tuple)):
        out = []
        for elt in node.elts:
            if isinstance(elt, ast.Constant) and isinstance(elt.value, str):
                out.append(elt.value)
            else:
                return None
        return out
    return None


def walk_expressions(node):
    """Every node under `node` that runs at module level (not function or class bodies, not lambdas)."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        for child in ast.iter_child_nodes(current):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
                continue
            stack.append(child)


def collect_bindings(body, mod, resolve):
    """The names a module binds at top level, following compound statements but not def/class bodies."""
    for node in body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            mod.bindings.add(node.name)
            if node.name == "__getattr__" and not isinstance(node, ast.ClassDef):
                mod.open = True  # PEP 562: any name may resolve
            continue
        if isinstance(node, ast.Assign):
            for target in node.targets:
                bind_target(target, mod.bindings)
                if isinstance(target, ast.Name) and target.id == "__all__":
                    mod.all_names = literal_strings(node.value)
        elif isinstance(node, ast.AnnAssign):
            # `x: int` alone binds nothing: `from m import x` would fail.
            if node.value is not None:
                bind_target(node.target, mod.bindings)
        elif isinstance(node, ast.AugAssign):
            bind_target(node.target, mod.bindings)
            if isinstance(node.target, ast.Name) and node.target.id == "__all__" and mod.all_names is not None:
                extra = literal_strings(node.value)
                mod.all_names = None if extra is None else mod.all_names + extra
        elif isinstance(node, ast.Import):
            for alias in node.names:
                mod.bindings.add(alias.asname or alias.name.split(".")[0])
        elif isinstance(node, ast.ImportFrom):
            target = resolve(mod, node)
            for alias in node.names:
                if alias.name == "*":
                    if target is not None:
                        mod.stars.append(target)
                else:
                    mod.bindings.add(alias.asname or alias.name)
        elif isinstance(node, (ast.For, ast.AsyncFor)):
            bind_target(node.target, mod.bindings)
            collect_bindings(node.body, mod, resolve)
            collect_bindings(node.orelse, mod, resolve)
        elif isinstance(node, (ast.While, ast.If)):
            collect_bindings(node.body, mod, resolve)
            collect_bindings(node.orelse, mod, resolve)
        elif isinstance(node, (ast.With, ast.AsyncWith)):
            for item in node.items:
                if item.optional_vars is not None:
                    bind_target(item.optional_vars, mod.bindings)
            collect_bindings(node.body, mod, resolve)
        elif isinstance(node, ast.Try) or type(node).__name__ == "TryStar":
            collect_bindings(node.body, mod, resolve)
            for handler in node.handlers:
                collect_bindings(handler.body, mod, resolve)
            collect_bindings(node.orelse, mod, resolve)
            collect_bindings(node.finalbody, mod, resolve)
        elif type(node).__name__ == "Match":
            for case in node.cases:
                for sub in ast.walk(case.pattern):
                    if getattr(sub, "name", None):
                        mod.bindings.add(sub.name)
                collect_bindings(case.body, mod, resolve)
        elif type(node).__name__ == "TypeAlias":
            bind_target(node.name, mod.bindings)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
            func = node.value.func
            # __all__.extend([...]) / __all__.append("x")
            if (
                isinstance(func, ast.Attribute)
                and isinstance(func.value, ast.Name)
                and func.value.id == "__all__"
                and mod.all_names is not None
            ):
                args = node.value.args
                if func.attr == "extend" and args and literal_strings(args[0]) is not None:
                    mod.all_names = mod.all_names + literal_strings(args[0])
                elif func.attr == "append" and args and isinstance(args[0], ast.Constant):
                    mod.all_names = mod.all_names + [args[0].value]
                else:
                    mod.all_names = None
        for sub in walk_expressions(node):
            if isinstance(sub, ast.NamedExpr):
                bind_target(sub.target, mod.bindings)
            elif isinstance(sub, ast.Call) and isinstance(sub.func, ast.Name) and sub.func.id in ("globals", "vars"):
                mod.open = True  # globals()[name] = ... / globals().update(...)
            elif isinstance(sub, ast.Call) and isinstance(sub.func, ast.Name) and sub.func.id == "setattr":
                # setattr(sys.modules[__name__], ...): which object it targets is a run-time
                # question, so any module-level setattr keeps the module open (no false alarms).
                mod.open = True


def is_type_checking(test):
    if isinstance(test, ast.Name):
        return test.id == "TYPE_CHECKING"
    if isinstance(test, ast.Attribute):
        return test.attr == "TYPE_CHECKING"
    return False


def catches_import_error(handler):
    kind = handler.type
    if kind is None:
        return True
    names = kind.elts if isinstance(kind, ast.Tuple) else [kind]
    for n in names:
        ident = n.id if isinstance(n, ast.Name) else getattr(n, "attr", None)
        if ident in OPTIONAL_GUARDS:
            return True
    return False


FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)
TRIES = tuple(t for t in (ast.Try, getattr(ast, "TryStar", None)) if t is not None)
MATCH = getattr(ast, "Match", None)


def collect_imports(body, scope, functions, guard, found, globals_):
    """Every import statement, with the function it sits in and the guard around it.

    Imports and `global` are statements, so only statement lists are walked:
    several times faster than visiting every expression node.
    """
    for node in body:
        kind = type(node)
        if kind is ast.Import or kind is ast.ImportFrom:
            found.append((node, ".".join(scope) if functions else None, guard))
        elif kind in FUNCTIONS:
            collect_imports(node.body, scope + [node.name], functions + 1, guard, found, globals_)
        elif kind is ast.ClassDef:
            collect_imports(node.body, scope + [node.name], functions, guard, found, globals_)
        elif kind is ast.If:
            inner = "TYPE_CHECKING" if is_type_checking(node.test) else guard
            collect_imports(node.body, scope, functions, inner, found, globals_)
            collect_imports(node.orelse, scope, functions, guard, found, globals_)
        elif kind in TRIES:
            inner = "try/except ImportError" if any(catches_import_error(h) for h in node.handlers) else guard
            collect_imports(node.body, scope, functions, inner, found, globals_)
            for handler in node.handlers:
                collect_imports(handler.body, scope, functions, guard, found, globals_)
            collect_imports(node.orelse, scope, functions, guard, found, globals_)
            collect_imports(node.finalbody, scope, functions, guard, found, globals_)
        elif kind in (ast.For, ast.AsyncFor, ast.While):
            collect_imports(node.body, scope, functions, guard, found, globals_)
            collect_imports(node.orelse, scope, functions, guard, found, globals_)
        elif kind in (ast.With, ast.AsyncWith):
            collect_imports(node.body, scope, functions, guard, found, globals_)
        elif MATCH is not None and kind is MATCH:
            for case in node.cases:
                collect_imports(case.body, scope, functions, guard, found, globals_)
        elif kind is ast.Global:
            # `global x` inside a function binds x at module level once it runs: accept it.
            globals_.update(node.names)


class Checker:
    def __init__(self, files, source_modules, floor):
        self.modules = {}
        self.findings = []
        self.floor = tuple(floor) if floor else None
        self.namespace = set()  # folders that import as implicit namespace packages
        self.source_modules = set(source_modules)
        skipped_dirs = set()
        for path in sorted(files):
            parts = path[:-3].split("/")
            bad = next((p for p in parts if not p.isidentifier()), None)
            unnormalised = next((p for p in parts if unicodedata.normalize("NFKC", p) != p), None)
            if bad is None and unnormalised is not None:
                # Python reads identifiers in NFKC (PEP 3131): `import café` looks for the
                # NFKC spelling, and a file stored under another form is not found.
                self.add(
                    "not-normalised",
                    "error",
                    path,
                    None,
                    message="'%s' is not in NFKC form (Python reads it as '%s'), so no import statement can name it"
                    % (unnormalised.encode("unicode_escape").decode("ascii"), unicodedata.normalize("NFKC", unnormalised)),
                    name=unnormalised,
                )
                continue
            if bad is not None:
                folder = "/".join(parts[: parts.index(bad) + 1])
                if folder not in skipped_dirs:
                    skipped_dirs.add(folder)
                    self.add(
                        "not-importable",
                        "warning",
                        path,
                        None,
                        message="'%s' is not a Python identifier, so nothing under %s can be imported" % (bad, folder),
                        name=bad,
                    )
                continue
            name, is_pkg = module_name(path)
            self.modules[name] = Module(name, path, is_pkg, base64.b64decode(files[path]))
        for name in list(self.modules):
            parts = name.split(".")
            for i in range(1, len(parts)):
                prefix = ".".join(parts[:i])
                if prefix not in self.modules:
                    self.namespace.add(prefix)
        self.tops = {n.split(".")[0] for n in self.modules} | {n.split(".")[0] for n in self.namespace}
        self._exports = {}
        # Unguarded absolute imports of names outside the wheel (TYPE_CHECKING and
        # try/except ImportError left out): what the venv must provide.
        self.external = []

    def add(self, kind, severity, file, line, **extra):
        finding = {"kind": kind, "severity": severity, "file": file, "line": line}
        finding.update(extra)
        self.findings.append(finding)

    def exists(self, name):
        return name in self.modules or name in self.namespace

    def resolve(self, mod, node):
        """The absolute module an ImportFrom names, or None when the relative import climbs out."""
        if not node.level:
            return node.module
        base = mod.name.split(".") if mod.is_pkg else mod.name.split(".")[:-1]
        if node.level - 1 > len(base) - 1:
            return None
        if node.level > 1:
            base = base[: len(base) - (node.level - 1)]
        return ".".join(base + ([node.module] if node.module else []))

    def parse(self, mod):
        try:
            mod.tree = ast.parse(mod.source, filename=mod.path)
        except (SyntaxError, ValueError) as e:
            mod.open = True
            line = getattr(e, "lineno", None)
            self.add(
                "syntax-error",
                "error",
                mod.path,
                line,
                column=getattr(e, "offset", None),
                module=mod.name,
                message="%s: %s" % (type(e).__name__, getattr(e, "msg", None) or str(e)),
                statement=(getattr(e, "text", None) or "").strip() or mod.line_text(line),
            )
            return
        if self.floor and self.floor < sys.version_info[:2]:
            # The syntax this interpreter accepts may be newer than the floor (a
            # `match` in a wheel that allows 3.9): ask the parser for that version.
            try:
                ast.parse(mod.source, filename=mod.path, feature_version=max(self.floor, (3, 7)))
            except SyntaxError as e:
                self.add(
                    "floor-syntax",
                    "error",
                    mod.path,
                    e.lineno,
                    column=e.offset,
                    module=mod.name,
                    message="%s: %s" % (type(e).__name__, e.msg),
                    floor="%d.%d" % self.floor,
                    statement=mod.line_text(e.lineno),
                )
            except ValueError:
                pass

    def exported(self, name, seen=None):
        """Names `from name import *` brings, or None when they cannot be known statically."""
        if name in self._exports:
            return self._exports[name]
        seen = seen or set()
        if name in seen:
            return set()
        seen.add(name)
        mod = self.modules.get(name)
        if mod is None or mod.open:
            result = None
        elif mod.all_names is not None:
            result = set(mod.all_names)
        else:
            result = {n for n in self.bound(name, seen) or () if not n.startswith("_")}
        self._exports[name] = result
        return result

    def bound(self, name, seen=None):
        """Everything module `name` binds at top level (star imports followed), or None when open."""
        mod = self.modules.get(name)
        if mod is None:
            return set()
        if mod.open:
            return None
        names = set(mod.bindings)
        for star in mod.stars:
            if not self.exists(star):
                if star.split(".")[0] in self.tops:
                    continue  # reported as a missing module on its own
                return None  # a star import from a dependency: any name may come from it
            extra = self.exported(star, set(seen or ()))
            if extra is None:
                return None
            names |= extra
        return names

    def defines(self, module, name):
        if self.exists(module + "." + name):
            return True  # a submodule: the import system loads it
        if module in self.namespace and module not in self.modules:
            return False
        names = self.bound(module)
        return names is None or name in names

    def package_root_children(self, mod):
        """Top-level modules of the package this file is in, and its siblings."""
        parts = mod.name.split(".")
        root = parts[0]
        here = ".".join(parts if mod.is_pkg else parts[:-1])
        return root, here

    def classify_bare(self, mod, first):
        """A bare `import first` inside the package: unrewritten, excluded, or a dependency (None)."""
        if first in self.tops or first in STDLIB or first == "__future__":
            return None
        root, here = self.package_root_children(mod)
        if self.exists(root + "." + first):
            return ("unrewritten-import", root + "." + first)
        if here and here != root and self.exists(here + "." + first):
            return ("unrewritten-import", here + "." + first)
        if first in self.source_modules:
            return ("excluded-module", first)
        return None

    def check_imports(self, mod):
        for node, scope, guard in mod.imports:
            severity = "warning" if guard else "error"
            base = {
                "module": mod.name,
                "scope": scope,
                "guard": guard,
                "statement": mod.line_text(node.lineno),
            }
            if isinstance(node, ast.Import):
                for alias in node.names:
                    self.check_module_path(mod, alias.name, node, severity, base, "import")
                continue
            target = self.resolve(mod, node)
            if target is None:
                self.add(
                    "missing-module",
                    severity,
                    mod.path,
                    node.lineno,
                    target="." * node.level + (node.module or ""),
                    message="relative import climbs above the top-level package",
                    **base
                )
                continue
            if node.level == 0 and not self.check_module_path(mod, target, node, severity, base, "from"):
                continue
            if node.level and not self.exists(target):
                self.add("missing-module", severity, mod.path, node.lineno, target=target, **base)
                continue
            if target.split(".")[0] not in self.tops:
                continue
            for alias in node.names:
                if alias.name != "*" and not self.defines(target, alias.name):
                    defined_in = self.modules.get(target)
                    self.add(
                        "missing-name",
                        severity,
                        mod.path,
                        getattr(alias, "lineno", node.lineno),
                        target=target,
                        name=alias.name,
                        target_file=defined_in.path if defined_in else None,
                        **base
                    )

    def check_module_path(self, mod, dotted, node, severity, base, form):
        """Checks an absolute module path; False when a finding was made (or it is not ours to check)."""
        first = dotted.split(".")[0]
        if first not in self.tops:
            bare = self.classify_bare(mod, first)
            if bare is not None:
                kind, ours = bare
                self.add(kind, severity, mod.path, node.lineno, target=dotted, name=first, ours=ours, form=form, **base)
                return False
            if not base["guard"] and first != "__future__":
                # The standard library or a dependency: only the installed venv can tell
                # whether it resolves (smoke.ts asks importlib.util.find_spec there).
                self.external.append(
                    {
                        "name": first,
                        "file": mod.path,
                        "line": node.lineno,
                        "statement": base["statement"],
                        "scope": base["scope"],
                        "module": mod.name,
                    }
                )
            return False
        parts = dotted.split(".")
        for i in range(1, len(parts) + 1):
            prefix = ".".join(parts[:i])
            if not self.exists(prefix):
                self.add("missing-module", severity, mod.path, node.lineno, target=prefix, **base)
                return False
        return True

    def check_targets(self, targets):
        for target in targets:
            module, attr = target["module"], target["attr"]
            first = module.split(".")[0]
            if first not in self.tops:
                continue  # another distribution's module: only the runtime phase can tell
            mod = self.modules.get(module)
            if not self.exists(module):
                self.add(
                    "missing-target-module",
                    "error",
                    None,
                    None,
                    label=target["label"],
                    target_kind=target["kind"],
                    target=module,
                    name=attr,
                )
                continue
            head = attr.split(".")[0] if attr else None
            if head and not self.defines(module, head):
                self.add(
                    "missing-target",
                    "error",
                    mod.path if mod else None,
                    None,
                    label=target["label"],
                    target_kind=target["kind"],
                    target=module,
                    name=attr,
                )

    def run(self, targets):
        mods = sorted(self.modules.values(), key=lambda m: m.name)
        for mod in mods:
            self.parse(mod)
            if mod.tree is not None:
                collect_bindings(mod.tree.body, mod, self.resolve)
                collect_imports(mod.tree.body, [], 0, None, mod.imports, mod.bindings)
        for mod in mods:
            if mod.tree is not None:
                self.check_imports(mod)
        self.check_targets(targets)
        return [{"name": m.name, "file": m.path, "package": m.is_pkg} for m in mods]


def main():
    started = time.perf_counter()
    request = json.load(sys.stdin)
    checker = Checker(request["files"], request.get("sourceModules") or [], request.get("floor"))
    modules = checker.run(request.get("targets") or [])
    json.dump(
        {
            "python": "%d.%d.%d" % sys.version_info[:3],
            "modules": modules,
            "findings": checker.findings,
            "external": checker.external,
            "seconds": time.perf_counter() - started,
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main()
