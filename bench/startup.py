"""Window benchmark: start-up, a country click, scrolling and search on large libraries.

    python bench/startup.py --articles 20000,100000 [--corpus PATH] [--runs 3] [--json]
                            [--baseline TREE]

For each size, a library of real press articles is built once (bench/build_library.py,
cached), then the app is started in fresh processes (bench/window_probe.py):
- ``startup_s``: launch to a shown, usable window (panes counted, list filled), with
  the modules' bytecode cached as an installed app has it (an untimed launch first);
  ``startup_cpu_s``: the processor time the app used for it (what other programs on a
  busy machine add to the first figure, this one leaves out);
- ``relaunch_s``: the same, launching again after a session left the list further down
  with an article open (both restored);
- ``click_s``: a click on a country in the pane (tick, then untick; the biggest
  countries and a smaller one) until the list and all panes' counts are painted;
- ``scroll_step_ms``: one wheel step of the article list with the paint it causes (300
  steps, through several pages read as the list grows): median, 95th percentile and max;
- ``page_step_ms``: one Page Down in the list (a whole page of new rows painted);
- ``search_s``: a search from the end of the debounce to the hits painted.
Timed figures are given as min and median over every sample of every run, with the
machine's load (1-minute average) before and after. Targets at 100,000 articles:
start-up 1.2 s, click 0.3 s, search 0.12 s, scrolling without visible stalls.

``--baseline TREE`` runs another checkout's code (e.g. main before a change) on the same
library, interleaved run by run, and adds the ratios this/baseline of the medians.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from build_library import cached, default_corpus  # noqa: E402

PROBE = ROOT / "bench" / "window_probe.py"
PYCACHE = Path(tempfile.gettempdir()) / "dossier-bench-window" / "pycache"


def _schema_version(tree: Path) -> int:
    out = subprocess.run([sys.executable, "-c", "from dossier.storage.schema import SCHEMA_VERSION;"
                          "print(SCHEMA_VERSION)"], env={**os.environ, "PYTHONPATH": str(tree)},
                         capture_output=True, text=True, check=True, cwd=tempfile.gettempdir())
    return int(out.stdout)


def baseline_copy(library: Path, tree: Path) -> Path:
    """A copy of ``library`` as the other checkout's schema had it: the indexes of the newer
    migrations undone (the only kind of change this can undo; anything else is refused)."""
    import re
    import sqlite3

    from dossier.storage.schema import MIGRATIONS

    from dossier.storage.schema import SCHEMA_VERSION

    version = _schema_version(tree)
    if version == SCHEMA_VERSION:
        return library  # the same schema: the same file serves both
    copy = library.with_name(f"{library.stem}-schema{version}.sqlite")
    if copy.exists():
        return copy
    creates = {m.group(1): statement for migration in MIGRATIONS for statement in migration
               if (m := re.match(r"CREATE INDEX (\w+)", statement))}
    undo, empty = [], []  # tables dropped must be empty: nothing of the measure is lost
    for migration in reversed(MIGRATIONS[version:]):
        for statement in reversed(migration):
            if m := re.match(r"CREATE INDEX (\w+)", statement):
                undo.append(f"DROP INDEX {m.group(1)}")
            elif m := re.match(r"DROP INDEX (\w+)", statement):
                undo.append(creates[m.group(1)])
            elif re.match(r"\s*INSERT OR REPLACE INTO meta", statement):
                continue  # a flag that asks for the search index to be rebuilt: nothing to undo
            elif m := re.match(r"\s*CREATE TABLE (\w+)", statement):
                empty.append(m.group(1))
                undo.append(f"DROP TABLE {m.group(1)}")
            else:
                raise SystemExit(f"cannot undo for the baseline: {statement[:60]}")
    partial = copy.with_name(copy.name + ".partial")
    source, target = sqlite3.connect(library), sqlite3.connect(partial)
    source.backup(target)
    source.close()
    for table in empty:
        if target.execute(f"SELECT count(*) FROM {table}").fetchone()[0]:
            raise SystemExit(f"cannot undo for the baseline: {table} has rows")
    for statement in undo + [f"PRAGMA user_version = {version}"]:
        target.execute(statement)
    target.commit()
    target.close()
    partial.rename(copy)
    return copy


def launch(tree: Path, library: Path, mode: str, settings: Path | None = None) -> dict:
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # An installed app starts from compiled bytecode (pip writes it); a shell that forbids
    # writing it would time compiling every module instead. The cache lives outside the
    # checkouts, and a first untimed launch (``warm_up``) fills it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    env["PYTHONPATH"] = str(tree) + os.pathsep + env.get("PYTHONPATH", "")
    with tempfile.TemporaryDirectory() as tmp:
        started = time.time()
        out = subprocess.run([sys.executable, str(PROBE), repr(started), str(library),
                              str(settings or Path(tmp) / "settings.ini"), mode],
                             env=env, capture_output=True, text=True, timeout=900, cwd=tmp)
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if out.returncode != 0 or not lines:
        raise SystemExit(f"the app did not run:\n{out.stderr[-3000:]}")
    return json.loads(lines[-1])


def relaunch(tree: Path, library: Path) -> dict:
    """A launch that restores the previous session (the list's place, an open article)."""
    with tempfile.TemporaryDirectory() as tmp:
        settings = Path(tmp) / "settings.ini"
        launch(tree, library, "session", settings)
        again = launch(tree, library, "startup", settings)
    return {"relaunch_s": again["startup_s"], "relaunch_cpu_s": again["cpu_s"]}


def _stats(values: list[float], scale: float = 1.0) -> dict:
    values = sorted(v * scale for v in values)
    return {"min": round(values[0], 3), "median": round(statistics.median(values), 3),
            "max": round(values[-1], 3), "n": len(values)}


def summarise(runs: list[dict]) -> dict:
    full = [r for r in runs if "click_s" in r]
    figures = {"articles": runs[0]["total"],
               "startup_s": _stats([r["startup_s"] for r in runs]),
               "imports_s": _stats([r["imports_s"] for r in runs]),
               "startup_cpu_s": _stats([r["cpu_s"] for r in runs if "cpu_s" in r] or [0.0]),
               "peak_rss_mb": round(max(r["peak_rss_mb"] for r in runs), 1)}
    relaunches = [r["relaunch_s"] for r in runs if "relaunch_s" in r]
    if relaunches:
        figures["relaunch_s"] = _stats(relaunches)
        figures["relaunch_cpu_s"] = _stats([r["relaunch_cpu_s"] for r in runs if "relaunch_cpu_s" in r])
    if full:
        steps = sorted(s * 1000 for r in full for s in r["scroll_step_s"])
        figures["click_s"] = _stats([t for r in full for t in r["click_s"]])
        figures["scroll_step_ms"] = {"median": round(statistics.median(steps), 1),
                                     "p95": round(steps[int(len(steps) * 0.95)], 1),
                                     "max": round(steps[-1], 1),
                                     "rows_reached": full[0]["rows_after_scroll"]}
        pages = sorted(s * 1000 for r in full for s in r.get("page_step_s", []))
        if pages:
            figures["page_step_ms"] = {"median": round(statistics.median(pages), 1),
                                       "p95": round(pages[int(len(pages) * 0.95)], 1),
                                       "max": round(pages[-1], 1)}
        figures["search_s"] = _stats([t for r in full for t in r["search_s"]])
    return figures


def ratios(ours: dict, base: dict) -> dict:
    out = {}
    for key in ("startup_s", "startup_cpu_s", "relaunch_s", "click_s", "search_s"):
        if key in ours and key in base and base[key]["median"]:
            out[key] = round(ours[key]["median"] / base[key]["median"], 3)
    return out


def measure(library: Path, runs: int, baseline: Path | None) -> dict:
    ours, theirs = [], []
    theirs_library = baseline_copy(library, baseline) if baseline else None
    for tree, path in ((ROOT, library), (baseline, theirs_library)):
        if tree is not None:
            launch(tree, path, "startup")  # untimed: fills the bytecode cache
    load_before = os.getloadavg()[0]
    for number in range(runs):
        # Start-up alone (nothing else in the process), then a full session.
        for tree, path, into in ((ROOT, library, ours), (baseline, theirs_library, theirs)):
            if tree is None:
                continue
            into.append(launch(tree, path, "startup"))
            into.append(launch(tree, path, "full"))
            into[-1].update(relaunch(tree, path))
    result = {"load_before": round(load_before, 2), **summarise(ours)}
    if theirs:
        result["baseline"] = summarise(theirs)
        result["ratio_to_baseline"] = ratios(result, result["baseline"])
    result["load_after"] = round(os.getloadavg()[0], 2)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", default="20000",
                        help="library sizes, comma-separated (e.g. 20000,100000)")
    parser.add_argument("--corpus", type=Path, help="the ANT corpus folder (else the seeds)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--baseline", type=Path, help="another checkout to compare with")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    corpus = default_corpus(args.corpus)
    report = {"source": "corpus" if corpus else "seeds"}
    for size in (int(s) for s in args.articles.split(",")):
        library, build_s = cached(size, corpus)
        figures = measure(library, max(1, args.runs), args.baseline)
        figures["library_build_s"] = round(build_s, 1) if build_s else "cached"
        report[str(size)] = figures
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
        return
    for key, value in report.items():
        if isinstance(value, dict):
            print(f"{key} articles:")
            for name, figure in value.items():
                print(f"  {name:18} {figure}")
        else:
            print(f"{key:20} {value}")


if __name__ == "__main__":
    main()
