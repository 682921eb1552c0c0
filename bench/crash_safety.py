"""Crash safety in figures: kill -9 at random moments of a large import and a large
export, many times, and count what was left wrong.

    python bench/crash_safety.py --corpus /path/to/ant --articles 20000 --kills 20 [--json]

Import: the command line imports ``--articles`` corpus documents (without ``--corpus``,
variants of the seeds) into a new library and is killed after a random time within one
whole import's duration, ``--kills`` times; after each kill (or every
``--finish-every``-th) the import is run again to its end.
After every kill: integrity_check, articles without their index entry (or entries
without their article), articles whose tag or original-file rows differ from a clean
import of the same folder, worker processes that outlived the kill. After the re-run:
the same articles as the clean import, and no duplicates.

Export: a briefing of ``--items`` quotes is exported to PDF and killed the same way
over an existing export of it: the target must stay a whole PDF of the same pages; the
next export must remove the temporary file the killed one left.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from crash_harness import (briefing_file, command, leftover_temporaries, library_state,  # noqa: E402
                           pdf_pages, run_and_kill, timed_run, write_articles)


def import_kills(work: Path, args) -> dict:
    folder = work / "articles"
    files = write_articles(folder, args.articles, args.corpus)
    reference = work / "reference.sqlite"
    full_s = timed_run(command(reference, "import", str(folder)))
    expected = library_state(reference).articles
    rng = random.Random(args.seed)
    rows = []
    for n in range(args.kills):
        # Each kill on a new library, so that it lands anywhere in a whole import.
        db = work / f"lib-{n}.sqlite"
        kill = run_and_kill(command(db, "import", str(folder)), rng.uniform(0.2, full_s))
        state = library_state(db, reference) if db.exists() else None
        row = {"delay_s": round(kill.delay_s, 2), "finished_first": kill.finished_first,
               "orphans": len(kill.orphans), "traceback": "Traceback" in kill.stderr,
               "integrity_ok": state is None or state.integrity == "ok",
               "articles_at_kill": state.articles if state else 0,
               "half_articles": (state.unindexed + state.incomplete) if state else 0,
               "unknown_articles": state.unknown if state else 0}
        if n % args.finish_every == 0 or n == args.kills - 1:
            row["finishing_run_s"] = round(timed_run(command(db, "import", str(folder))), 1)
            final = library_state(db, reference)
            row.update(finished_whole=final.whole, finished_articles=final.articles,
                       finished_duplicates=final.duplicates)
        for leftover in work.glob(f"lib-{n}.sqlite*"):
            leftover.unlink()
        rows.append(row)
        print(f"import kill {n + 1}: {row}", file=sys.stderr)
    finished = [r for r in rows if "finished_whole" in r]
    return {"files": files, "full_import_s": round(full_s, 1), "expected_articles": expected,
            "kills": len(rows), "killed_mid_run": sum(not r["finished_first"] for r in rows),
            "integrity_failures": sum(not r["integrity_ok"] for r in rows),
            "half_articles": sum(r["half_articles"] for r in rows),
            "unknown_articles": sum(r["unknown_articles"] for r in rows),
            "orphan_processes": sum(r["orphans"] for r in rows),
            "tracebacks": sum(r["traceback"] for r in rows),
            "reruns_finished": len(finished),
            "reruns_whole_and_complete": sum(r["finished_whole"] and r["finished_articles"] == expected
                                             for r in finished),
            "rerun_duplicates": sum(r["finished_duplicates"] for r in finished), "runs": rows}


def export_kills(work: Path, args) -> dict:
    db = work / "export.sqlite"
    folder = work / "export-articles"
    write_articles(folder, 200, args.corpus)
    timed_run(command(db, "import", str(folder)))
    spec = work / "briefing.json"
    briefing_file(db, spec, args.items)
    timed_run(command(db, "briefing", "import", str(spec)))
    target = work / "out" / "dossier.pdf"
    target.parent.mkdir()
    full_s = timed_run(command(db, "export", "2", "-o", str(target)))
    pages = pdf_pages(target)
    rng = random.Random(args.seed + 1)
    rows = []
    for n in range(args.kills):
        kill = run_and_kill(command(db, "export", "2", "-o", str(target)), rng.uniform(0.2, full_s))
        rows.append({"delay_s": round(kill.delay_s, 2), "finished_first": kill.finished_first,
                     "target_whole": pdf_pages(target) == pages, "orphans": len(kill.orphans),
                     "temporaries": len(leftover_temporaries(target.parent)),
                     "traceback": "Traceback" in kill.stderr})
        print(f"export kill {n + 1}: {rows[-1]}", file=sys.stderr)
    timed_run(command(db, "export", "2", "-o", str(target)))
    return {"pages": pages, "full_export_s": round(full_s, 1), "kills": len(rows),
            "killed_mid_run": sum(not r["finished_first"] for r in rows),
            "partial_targets": sum(not r["target_whole"] for r in rows),
            "orphan_processes": sum(r["orphans"] for r in rows),
            "tracebacks": sum(r["traceback"] for r in rows),
            "max_temporaries_after_a_kill": max((r["temporaries"] for r in rows), default=0),
            "temporaries_after_next_export": len(leftover_temporaries(target.parent)),
            "final_target_whole": pdf_pages(target) == pages, "runs": rows}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--items", type=int, default=1200, help="quotes in the exported briefing")
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--finish-every", type=int, default=1,
                        help="re-run the killed import to its end after every N-th kill")
    parser.add_argument("--only", choices=["import", "export"])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if args.only != "export":
            results["import"] = import_kills(work, args)
        if args.only != "import":
            results["export"] = export_kills(work, args)
    if args.json:
        print(json.dumps(results, ensure_ascii=False))
    else:
        for scenario, figures in results.items():
            for key, value in figures.items():
                if key != "runs":
                    print(f"{scenario}.{key}: {value}")


if __name__ == "__main__":
    main()
