"""One runtime probe of smoke-import, run in a fresh interpreter of the test venv.

argv[1] is a JSON job:
  {"kind": "module", "module": "pkg.a"}
  {"kind": "symbol", "module": "pkg.main", "attr": "main_sync"}
  {"kind": "entry-point", "dist": "name", "group": "console_scripts", "name": "cli"}
plus "tops" (the wheel's top-level import names) and "env" (placeholders to set
before importing). The result is one JSON object on the original stdout; what
the imported code prints goes to stderr, so it can never corrupt the result.
Standard library only; runs on any CPython >= 3.8.
"""
import importlib
import json
import os
import sys
import sysconfig
import time
import traceback

PROBE_FILE = "<smoke-import probe>"


def relative_to_site(filename, site_dirs):
    try:
        real = os.path.realpath(filename)
    except (TypeError, ValueError):
        return None
    for site in site_dirs:
        rel = os.path.relpath(real, site)
        if not rel.startswith(".."):
            return rel.replace(os.sep, "/")
    return None


def dependency_of(module_name):
    """(distribution, version) pairs that provide a top-level module, when importlib can tell."""
    top = module_name.split(".")[0]
    try:
        from importlib import metadata
    except ImportError:
        return []
    mapping = getattr(metadata, "packages_distributions", None)
    if mapping is None:
        return []
    out = []
    for dist in mapping().get(top, []):
        try:
            out.append({"name": dist, "version": metadata.version(dist)})
        except Exception:
            out.append({"name": dist, "version": None})
    return out


def short_traceback(error, frames, site_dirs):
    """The frames a reader needs: installed code only (not importlib's or this probe's), site-relative paths."""
    shown = [f for f in frames if f["installed"]]
    if isinstance(error, SyntaxError) and shown:
        shown = shown[:-1]  # format_exception_only below shows the faulty line itself
    lines = ["Traceback (most recent call last):"] if shown else []
    for f in shown[-8:]:
        lines.append('  File "%s", line %s, in %s' % (f["file"], f["line"], f["function"]))
        if f["text"]:
            lines.append("    " + f["text"])
    last = "".join(traceback.format_exception_only(type(error), error)).rstrip()
    for site in site_dirs:
        last = last.replace(site + os.sep, "")
    lines.extend(last.splitlines())
    return "\n".join(lines)[-4000:]


def describe(error, job):
    tops = set(job.get("tops") or [])
    paths = sysconfig.get_paths()
    site_dirs = sorted({os.path.realpath(paths[k]) for k in ("purelib", "platlib") if k in paths}, key=len)
    frames = []
    for frame in traceback.extract_tb(error.__traceback__):
        rel = relative_to_site(frame.filename, site_dirs)
        frames.append(
            {
                "file": rel or frame.filename,
                "installed": rel is not None,
                "ours": rel is not None and rel.split("/")[0].split(".")[0] in tops,
                "line": frame.lineno,
                "function": frame.name,
                "text": (frame.line or "").strip(),
            }
        )
    if isinstance(error, SyntaxError) and error.filename:
        # The faulty file never became a frame: it did not compile.
        rel = relative_to_site(error.filename, site_dirs)
        frames.append(
            {
                "file": rel or error.filename,
                "installed": rel is not None,
                "ours": rel is not None and rel.split("/")[0] in tops,
                "line": error.lineno,
                "function": "<module>",
                "text": (error.text or "").strip(),
            }
        )
    kind = type(error)
    name = kind.__qualname__ if kind.__module__ == "builtins" else kind.__module__ + "." + kind.__qualname__
    result = {
        "ok": False,
        "exception": name,
        "message": str(error) if not isinstance(error, SystemExit) else "SystemExit(%r)" % (error.code,),
        "name": getattr(error, "name", None) if isinstance(error, ImportError) else None,
        "frames": frames[-12:],
        "traceback": short_traceback(error, frames, site_dirs),
    }
    if isinstance(error, ImportError) and error.name and error.name.split(".")[0] not in tops:
        result["dependency"] = dependency_of(error.name)
    return result


def run(job):
    kind = job["kind"]
    if kind == "module":
        importlib.import_module(job["module"])
    elif kind == "symbol":
        obj = importlib.import_module(job["module"])
        for part in job["attr"].split("."):
            obj = getattr(obj, part)
    elif kind == "entry-point":
        from importlib import metadata

        dist = metadata.distribution(job["dist"])
        found = [ep for ep in dist.entry_points if ep.group == job["group"] and ep.name == job["name"]]
        if not found:
            raise LookupError("%s has no %s entry point named %r" % (job["dist"], job["group"], job["name"]))
        found[0].load()
    else:
        raise ValueError("unknown probe kind %r" % kind)


def main():
    job = json.loads(sys.argv[1])
    result_out = os.fdopen(os.dup(1), "w")
    os.dup2(2, 1)
    os.environ.update(job.get("env") or {})
    started = time.perf_counter()
    try:
        run(job)
        result = {"ok": True}
    except BaseException as error:  # SystemExit and KeyboardInterrupt at import time are failures too
        result = describe(error, job)
    result["seconds"] = time.perf_counter() - started
    sys.stdout.flush()
    result_out.write(json.dumps(result))
    result_out.flush()


main()
