"""Bad input in figures: the command line run on hundreds of bad inputs, counting how
each ended.

    python bench/bad_inputs.py [--timeout 60] [--json] [--show-failures]

Each case is one run of ``python -m dossier`` on a library in a temporary folder:
unusable library files, out-of-range numbers, hostile text in files, file names and
queries, FIFOs, devices and links where files are expected, broken briefing files,
dangerous export targets, malformed lexicons. (Full disks and read-only mounts need a
tmpfs: they are in tests/test_library_faults.py and tests/test_safe_output.py.)

A case is *clean* when it exits 0, or non-zero with exactly one line on stderr and no
traceback. Also counted: tracebacks, hangs (no end within ``--timeout``), raw control
characters that reached the terminal, and rows lost (any table of the library with fewer
rows afterwards, or a failed integrity check).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
TABLES = ("articles", "sources", "article_countries", "article_topics", "excerpts", "briefings",
          "sections", "items")
HUGE = [str(2 ** 63), str(2 ** 64), str(-(2 ** 63) - 1), "9" * 30, "9" * 5000, "-1", "0", "1e3",
        "0x10", "", " ", "abc", "١٢", "1.5", "NaN"]
CONTROLS = ["\x1b[31m", "\x1b]0;title\x07", "\x07", "\x9b2J", "\x00", "\x08\x08", "\r", "\n",
            "\u202e", "\ud800"]


@dataclass
class Case:
    name: str
    args: list[str]
    db: str = "main"           # which library: "main", or a path prepared by the case
    stdin: bytes | None = None


def _run(args: list[str], env: dict, timeout: float) -> tuple[int | None, str, str, float]:
    started = time.monotonic()
    try:
        result = subprocess.run([sys.executable, "-m", "dossier", *args], capture_output=True,
                                env=env, cwd=ROOT, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, "", "", time.monotonic() - started
    out = result.stdout.decode("utf-8", "surrogateescape")
    err = result.stderr.decode("utf-8", "surrogateescape")
    return result.returncode, out, err, time.monotonic() - started


def _counts(db: Path) -> tuple[dict, str]:
    conn = sqlite3.connect(db)
    try:
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        return counts, conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def _article_text(n: int) -> str:
    seed = sorted(SEEDS.glob("*.txt"))[n % 5].read_text(encoding="utf-8")
    return seed + f"\nنسخة للاختبار رقم {n}\n"


class Workshop:
    """The files the cases point at, made once in a temporary folder."""

    def __init__(self, root: Path):
        self.root = root
        self.main = root / "main.sqlite"
        self.files = root / "files"
        self.files.mkdir()

    def path(self, name: str) -> Path:
        return self.files / name

    def write(self, name: str, data: bytes | str) -> str:
        path = self.path(name)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass"))
        return str(path)


def library_cases(ws: Workshop) -> list[Case]:
    cases = []
    other = ws.path("contacts.db")
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.close()
    damaged = ws.path("damaged.sqlite")
    shutil.copy(ws.main, damaged)
    data = bytearray(damaged.read_bytes())
    data[100:4096] = b"\xa5" * 3996
    damaged.write_bytes(bytes(data))
    deep_damage = ws.path("deep.sqlite")
    shutil.copy(ws.main, deep_damage)
    data = bytearray(deep_damage.read_bytes())
    for offset in range(8192, len(data), 16384):
        data[offset:offset + 64] = b"\xff" * 64
    deep_damage.write_bytes(bytes(data))
    newer = ws.path("newer.sqlite")
    shutil.copy(ws.main, newer)
    with sqlite3.connect(newer) as conn:
        conn.execute("PRAGMA user_version = 99")
    conn.close()
    ws.write("text.sqlite", "not a database\n" * 100)
    ws.write("empty-other.db", b"")
    os.mkfifo(ws.path("fifo.sqlite"))
    os.symlink("loop2.sqlite", ws.path("loop1.sqlite"))
    os.symlink("loop1.sqlite", ws.path("loop2.sqlite"))
    targets = {"other program's database": other, "damaged header": damaged,
               "damaged pages": deep_damage, "newer version": newer, "text file": ws.path("text.sqlite"),
               "FIFO": ws.path("fifo.sqlite"), "symlink loop": ws.path("loop1.sqlite"),
               "folder": ws.files, "device": Path(os.devnull),
               "missing parent under a file": ws.path("text.sqlite") / "lib.sqlite",
               "over-long name": ws.files / ("x" * 300 + ".sqlite"),
               "control characters": ws.files / "li\x1b[2Jb.sqlite"}
    commands = [["articles"], ["search", "كازاخستان"], ["briefings"], ["briefing", "show", "1"],
                ["countries"], ["retag"], ["check"], ["import", str(SEEDS)]]
    for label, target in targets.items():
        for command in commands:
            cases.append(Case(f"library: {label}: {command[0]}", ["--db", str(target), *command],
                              db=str(target)))
    return cases


def number_cases() -> list[Case]:
    cases = []
    for value in HUGE:
        for args in (["briefing", "show", value], ["briefing", "export", value, "x.json"],
                     ["export", value, "-o", "x.pdf"], ["search", "x", "--limit", value]):
            cases.append(Case(f"number {value[:12]!r}: {' '.join(args[:2])}", args))
    return cases


def text_cases(ws: Workshop) -> list[Case]:
    cases = []
    queries = ['"', '""', "AND", "OR OR", "NOT", "-", "*", "x*", "(", ")", "'; DROP TABLE articles;--",
               "ا" * 50_000, " ".join(["كلمة"] * 5000), "\u0640" * 50, "NEAR(a b)", "a:b", "^x",
               "\ufeff", "\u200f\u200e", "🙂", "﷽", "٠١٢", "COP-14", "1.3", "a\"b\"c", "-\"x\""]
    queries += [f"كازاخستان{c}" for c in CONTROLS if c not in ("\x00", "\ud800")]
    for query in queries:
        cases.append(Case(f"query {query[:15]!r}", ["search", query]))
        cases.append(Case(f"query {query[:15]!r} --json", ["search", query, "--json"]))
    for n, control in enumerate(CONTROLS):
        if control in ("\x00",):
            continue
        title = f"عنوان{control}الخبر"
        folder = ws.files / f"hostile{n}"
        ws.write(f"hostile{n}/a{n}.txt", f"{title}\n\n{_article_text(n)}")
        cases.append(Case(f"import title with {control!r}", ["import", str(folder)]))
        cases.append(Case(f"import title with {control!r} --json", ["import", str(folder), "--json"]))
    return cases


def import_cases(ws: Workshop) -> list[Case]:
    cases = []
    bad_files = {
        "empty": b"", "spaces": b"   \n\n  ", "binary": bytes(range(256)) * 10,
        "nul": b"abc\x00def" * 50, "latin1": "café crème".encode("latin-1") * 20,
        "utf16 without bom": "نص عربي".encode("utf-16-le") * 50,
        "utf16 with bom": "\ufeffنص عربي طويل بما يكفي للاستيراد.".encode("utf-16"),
        "bom only": b"\xef\xbb\xbf", "huge": b"a " * (1_100_000), "one huge line": ("ك" * 500_000).encode(),
        "one huge word": ("ب" * 1_000_000).encode(), "controls": b"\x1b[31m\x07" * 100,
        "cp1256": "مقال عربي بترميز ويندوز".encode("cp1256") * 20,
        "truncated utf8": "مقال".encode() + b"\xd8", "only newlines": b"\n" * 10000,
        "crlf": _article_text(1).replace("\n", "\r\n").encode(),
        "lone cr": _article_text(2).replace("\n", "\r").encode(),
        "surrogate bytes": b"\xed\xa0\x80 text", "html": b"<html><body><p>x</p></body></html>",
    }
    for name, data in bad_files.items():
        path = ws.write(f"bad/{name.replace(' ', '_')}.txt", data)
        cases.append(Case(f"import file: {name}", ["import", path]))
    cases.append(Case("import folder of bad files", ["import", str(ws.files / "bad")]))
    special = ws.files / "special"
    special.mkdir()
    os.mkfifo(special / "pipe.txt")
    os.symlink("/proc/self/status", special / "proc.txt")
    os.symlink(os.path.expanduser("~/.bashrc"), special / "outside.txt")
    os.symlink(".", special / "loop_dir")
    os.symlink("missing.txt", special / "dangling.txt")
    (special / "real.txt").write_text(_article_text(7), encoding="utf-8")
    os.symlink("real.txt", special / "inside.txt")
    raw = os.fsencode(special) + b"/caf\xe9\x1b[2J.txt"
    with open(raw, "wb") as handle:
        handle.write(_article_text(8).encode())
    (special / ("n" * 250 + ".txt")).write_text(_article_text(9), encoding="utf-8")
    (special / "new\nline.txt").write_text(_article_text(10), encoding="utf-8")
    deep = special
    for _ in range(60):
        deep = deep / "d"
    deep.mkdir(parents=True)
    (deep / "deep.txt").write_text(_article_text(11), encoding="utf-8")
    cases.append(Case("import folder of FIFOs, links, odd names", ["import", str(special)]))
    cases.append(Case("import folder of FIFOs, links, odd names --json", ["import", str(special), "--json"]))
    for name in ("pipe.txt", "proc.txt", "outside.txt", "dangling.txt", "loop_dir"):
        cases.append(Case(f"import named: {name}", ["import", str(special / name)]))
    # Not "/": importing the whole disk is a long job the user asked for, not a fault.
    for path in ["", ".", "/proc", "/sys", "/dev", "/nonexistent", "/dev/zero", "/dev/null", "/proc/kmsg",
                 "/proc/self/status", "x" * 5000, "/" + "a/" * 3000, "-", "--", str(ws.main),
                 str(ws.main) + "-wal", str(ws.main) + "-shm"]:
        if path == "/proc/kmsg" and not os.path.exists(path):
            continue
        cases.append(Case(f"import path {path[:20]!r}", ["import", path]))
    cases.append(Case("import good and bad together", ["import", str(SEEDS), "/nonexistent/x.txt"]))
    cases.append(Case("import good and over-long", ["import", str(SEEDS / "000.txt") if (SEEDS / "000.txt").exists() else str(SEEDS), "y" * 4000]))
    return cases


def briefing_cases(ws: Workshop) -> list[Case]:
    good_item = {"article": 1, "quote": "placeholder"}
    base = {"title": "موجز", "sections": [{"heading": "قسم", "items": [{"note": "ملاحظة"}]}]}
    bad_values = [None, 0, -1, 2 ** 63, 2 ** 64, 1.5, float("inf"), True, "", " ", "x" * 200_000,
                  [], {}, [[[]]], "\ud800", "a\x00b", "\x1b[31m"]
    specs = []
    for field in ("title", "subtitle", "author", "classification", "summary", "date", "sections"):
        for value in bad_values:
            specs.append((f"{field}={str(value)[:10]!r}", {**base, field: value}))
    for field in ("heading", "items"):
        for value in bad_values:
            specs.append((f"section.{field}={str(value)[:10]!r}",
                           {**base, "sections": [{"heading": "h", "items": [], field: value}]}))
    for field in ("article", "quote", "note"):
        for value in bad_values:
            specs.append((f"item.{field}={str(value)[:10]!r}",
                           {**base, "sections": [{"heading": "h", "items": [{**good_item, field: value}]}]}))
    for day in ("2025-00-10", "2025-02-30", "2025-13-01", "0000-01-01", "2025-1-1", "10/01/2025",
                "2025-01-01T00:00", "٢٠٢٥-٠١-٠١"):
        specs.append((f"date {day}", {**base, "date": day}))
    specs.append(("too many items", {**base, "sections": [{"heading": "h", "items": [{"note": "n"}] * 60_000}]}))
    specs.append(("too many sections", {**base, "sections": [{"heading": "h"}] * 1_200}))
    specs.append(("quote not in article", {**base, "sections": [{"heading": "h", "items": [
        {"article": 1, "quote": "جملة ليست في المقال أبدا"}]}]}))
    specs.append(("missing article", {**base, "sections": [{"heading": "h", "items": [
        {"article": 999999, "quote": "x"}]}]}))
    cases = []
    for n, (label, spec) in enumerate(specs):
        text = json.dumps(spec, ensure_ascii=False, allow_nan=True)
        path = ws.write(f"briefings/{n}.json", text)
        cases.append(Case(f"briefing file: {label}", ["briefing", "import", path]))
    raw_texts = {
        "not json": "{title: x}", "empty": "", "array": "[]", "deep nesting": "[" * 100_000 + "]" * 100_000,
        "deep object": '{"a":' * 50_000 + "1" + "}" * 50_000, "lone surrogate": '{"title": "\\ud800"}',
        "huge number": '{"title": "t", "sections": [{"heading": "h", "items": [{"article": ' + "9" * 5000 + ', "quote": "q"}]}]}',
        "NaN": '{"title": NaN}', "trailing garbage": '{"title": "t"} xyz', "utf-16": None, "latin-1": None,
        "bom": "\ufeff" + json.dumps(base),
    }
    for label, text in raw_texts.items():
        if label == "utf-16":
            path = ws.write("briefings/utf16.json", json.dumps(base).encode("utf-16"))
        elif label == "latin-1":
            path = ws.write("briefings/latin1.json", '{"title": "café"}'.encode("latin-1"))
        else:
            path = ws.write(f"briefings/raw-{label.replace(' ', '_')}.json", text)
        cases.append(Case(f"briefing raw: {label}", ["briefing", "import", path]))
    os.mkfifo(ws.path("briefings/pipe.json"))
    for path in (str(ws.path("briefings/pipe.json")), "/dev/zero", "/nonexistent.json", "", str(ws.files)):
        cases.append(Case(f"briefing import from {path[-20:]!r}", ["briefing", "import", path]))
    return cases


def export_cases(ws: Workshop) -> list[Case]:
    cases = []
    out = ws.files / "out"
    out.mkdir()
    os.mkfifo(out / "pipe.pdf")
    (out / "dir.pdf").mkdir()
    os.symlink("/etc/hostname", out / "link.pdf")
    try:
        os.mknod(out / "null.pdf", stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (PermissionError, AttributeError):
        pass
    other = out / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    targets = [str(ws.main), str(ws.main) + "-wal", str(ws.main) + "-shm", str(out / "pipe.pdf"),
               str(out / "dir.pdf"), str(out / "link.pdf"), str(out / "null.pdf"), str(other),
               str(out / "missing" / "x.pdf"), str(out / ("x" * 300 + ".pdf")), str(out / "c\x1b[2J.pdf"),
               "", str(out) + "/", str(out / "ok.pdf"), str(out / "ok.docx")]
    for target in targets:
        cases.append(Case(f"export to {target[-24:]!r}", ["export", "1", "-o", target]))
        cases.append(Case(f"briefing export to {target[-24:]!r}", ["briefing", "export", "1", target]))
    return cases


def lexicon_cases(ws: Workshop) -> list[tuple[Case, dict]]:
    bad = {"commas": "# ar: موضوع\n# en: Topic\nكلمة, كلمة\n", "no names": "كلمة\n",
           "not utf8": b"\xff\xfe\x00", "empty": "", "slash": "# ar: x\n# en: y\na/b\n",
           "duplicate header": "# ar: x\n# ar: y\n# en: z\nكلمة\n", "only exclusions": "# ar: x\n# en: y\n!كلمة\n"}
    cases = []
    for n, (label, text) in enumerate(bad.items()):
        home = ws.root / f"home{n}"
        topics = home / "dossier" / "topics"
        topics.mkdir(parents=True)
        (topics / "mine.txt").write_bytes(text if isinstance(text, bytes) else text.encode())
        cases.append((Case(f"lexicon: {label}", ["articles"]), {"XDG_DATA_HOME": str(home)}))
    return cases


def run_case(case: Case, ws: Workshop, env: dict, timeout: float) -> dict:
    db = str(ws.main) if case.db == "main" else case.db
    args = case.args if case.db != "main" else ["--db", db, *case.args]
    before = _counts(ws.main)
    code, out, err, seconds = _run(args, env, timeout)
    after = _counts(ws.main)
    lost = sum(max(0, before[0][t] - after[0][t]) for t in TABLES) + (after[1] != "ok")
    raw_controls = any(c in out + err for c in ("\x1b", "\x07", "\x9b", "\x08"))
    lines = err.strip().splitlines()
    clean = code is not None and "Traceback" not in err and not raw_controls and \
        (code == 0 or len(lines) == 1)
    return {"case": case.name, "code": code, "seconds": round(seconds, 2), "clean": clean,
            "traceback": "Traceback" in err, "hang": code is None, "raw_controls": raw_controls,
            "rows_lost": lost, "stderr": err.strip()[-300:]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=60)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--show-failures", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workshop(Path(tmp))
        env = dict(os.environ, XDG_DATA_HOME=str(ws.root / "data"), PYTHONPATH=str(ROOT))
        env.pop("DOSSIER_DB", None)
        _run(["--db", str(ws.main), "import", str(SEEDS)], env, 300)
        shutil.copy(ws.main, ws.root / "pristine.sqlite")
        cases = [(c, {}) for c in (library_cases(ws) + number_cases() + text_cases(ws)
                                   + import_cases(ws) + briefing_cases(ws) + export_cases(ws))]
        cases += lexicon_cases(ws)
        results = []
        for case, extra_env in cases:
            result = run_case(case, ws, {**env, **extra_env}, args.timeout)
            results.append(result)
            mark = "ok " if result["clean"] else "BAD"
            print(f"{mark} {result['code']!s:>4} {result['seconds']:6.2f}s  {case.name[:90]!r}", file=sys.stderr)
    summary = {"inputs": len(results), "clean": sum(r["clean"] for r in results),
               "tracebacks": sum(r["traceback"] for r in results),
               "hangs": sum(r["hang"] for r in results),
               "raw_control_characters": sum(r["raw_controls"] for r in results),
               "rows_lost": sum(r["rows_lost"] for r in results),
               "not_one_line": sum(1 for r in results if not r["clean"] and not r["traceback"]
                                   and not r["hang"] and not r["raw_controls"])}
    if args.json:
        print(json.dumps({"summary": summary, "cases": results}, ensure_ascii=False))
    else:
        for key, value in summary.items():
            print(f"{key}: {value}")
        if args.show_failures:
            for r in results:
                if not r["clean"]:
                    print(f"- {r['case']!r}: code {r['code']}, {r['stderr']!r}")


if __name__ == "__main__":
    main()
