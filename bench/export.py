"""Export benchmark: a briefing of about N pages, against plain reportlab on the same text.

    python bench/export.py --pages 100 [--corpus PATH] [--runs 5] [--weasyprint PYTHON] [--json]
    python bench/export.py --pages 100 --only export      # one figure, for timing a process

Each figure is taken in a fresh process (no warm caches from an earlier export): the
export, the baseline and WeasyPrint are started in turn, A B C A B C ..., `--runs`
times, and the ratios are taken run by run, so a machine whose speed drifts still gives
a fair ratio. Printed: min and median seconds of each, min and median ratios, pages,
peak memory and the machine's load average. Each is given in wall seconds and in
processor seconds (`cpu`): on a busy shared machine the wall clock also counts the
time others' work held the processor, the processor time does not.

- export: `export_briefing` to PDF, everything included (layout, shaping, bidi, fonts).
- baseline: the same paragraphs through reportlab's own Paragraph flow with the same
  font and no Arabic processing at all (wrong text, the right amount of work for the
  library): the floor of this stack.
- weasyprint (with `--weasyprint PYTHON`, an interpreter that has WeasyPrint): the same
  dossier as HTML (bench/export_html.py) rendered to PDF by WeasyPrint.

Text: without `--corpus`, seed paragraphs cycled (the same paragraphs recur); with
`--corpus PATH` (the ANT corpus folder), distinct paragraphs of real articles, none
repeated. Targets: export at most 2x the baseline and at least 10x faster than WeasyPrint.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from bench.corpus import iter_documents  # noqa: E402
from dossier.model import Briefing, BriefingInfo, Citation, Excerpt, Item, Section  # noqa: E402

KINDS = ("export", "baseline", "weasyprint")
PER_SECTION = 6
ITEMS_PER_PAGE = 3.1  # a quote, its attribution and a note: about three fill a page


def corpus_briefing(corpus: Path, pages: int) -> Briefing:
    """About `pages` pages of distinct real paragraphs: quotes and notes from articles."""
    wanted = 2 * (int(pages * ITEMS_PER_PAGE) + 1)
    paragraphs: list[tuple[int, str]] = []
    citations: list[Citation] = []
    seen: set[str] = set()
    for doc in iter_documents(corpus, limit=max(40, wanted // 3)):
        fresh = [p.strip() for p in doc.text.split("\n") if len(p.strip()) > 60]
        fresh = [p for p in fresh if p not in seen]
        if not fresh:
            continue
        citations.append(Citation(len(citations) + 1, doc.title, doc.outlet, doc.author or None,
                                  doc.published, doc.url or None))
        for p in fresh[:4]:
            seen.add(p)
            paragraphs.append((len(citations), p))
        if len(paragraphs) >= wanted + 1:
            break
    summary = paragraphs[0][1]
    pairs = [(paragraphs[i], paragraphs[i + 1]) for i in range(1, len(paragraphs) - 1, 2)]
    sections = []
    for s in range(0, len(pairs), PER_SECTION):
        items = tuple(Item(k + 1, s + 1, k - s, note,
                           Excerpt(k + 1, article, 0, len(quote), quote, "", "", "2026-11-20T10:00:00"))
                      for k, ((article, quote), (_, note)) in enumerate(pairs[s:s + PER_SECTION], start=s))
        sections.append(Section(len(sections) + 1, 1, len(sections), f"القسم {len(sections) + 1}", items))
    info = BriefingInfo(1, "إحاطة مطولة من الصحافة العربية", "نصوص حقيقية", "وحدة الرصد",
                        "سري — للاستخدام الرسمي", "2026-11-21", summary)
    return Briefing(info, tuple(sections), tuple(citations))


def make_briefing(pages: int, corpus: Path | None) -> Briefing:
    if corpus is not None:
        return corpus_briefing(corpus, pages)
    from export_fixtures import long_briefing
    return long_briefing(pages)


def briefing_texts(briefing) -> list[str]:
    texts = [briefing.info.summary]
    for section in briefing.sections:
        texts.append(section.heading)
        for item in section.items:
            if item.excerpt is not None:
                texts.append(item.excerpt.quote)
            texts.append(item.note)
    return [t for t in texts if t]


def baseline(texts: list[str], path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from dossier.export.fonts import REGULAR

    style = ParagraphStyle("body", fontName=REGULAR, fontSize=12, leading=21,
                           alignment=4, spaceAfter=6)
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=62, rightMargin=62,
                            topMargin=66, bottomMargin=58)
    doc.build([Paragraph(escape(t), style) for t in texts])


def measure(kind: str, briefing: Briefing, folder: Path, weasy_python: str | None) -> dict:
    """Seconds for one kind, timed around the work alone (imports and fonts loaded first)."""
    from dossier.export import export_briefing
    from dossier.export.fonts import register

    register()  # font loading is a one-off per process, not part of any figure
    if kind == "weasyprint":
        from export_html import briefing_html
        html = folder / "weasy.html"
        html.write_text(briefing_html(briefing), encoding="utf-8")
        out = subprocess.run([weasy_python, str(Path(__file__).with_name("export_html.py")),
                              str(html), str(folder / "weasy.pdf")],
                             check=True, capture_output=True, text=True).stdout
        return json.loads(out)
    texts = briefing_texts(briefing)
    start, cpu = time.perf_counter(), time.process_time()
    if kind == "export":
        pages = export_briefing(briefing, folder / "export.pdf").pages
    else:
        baseline(texts, folder / "baseline.pdf")
        pages = None
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "cpu_seconds": time.process_time() - cpu, "pages": pages,
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def _spread(values: list[float]) -> dict:
    return {"min": round(min(values), 3), "median": round(statistics.median(values), 3)}


def interleaved(args, kinds: list[str]) -> dict:
    """Every kind in a fresh process, in turn, `args.runs` times."""
    command = [sys.executable, __file__, "--pages", str(args.pages), "--json"]
    if args.corpus:
        command += ["--corpus", str(args.corpus)]
    if args.keep:
        command += ["--keep", str(args.keep)]
    if args.weasyprint:
        command += ["--weasyprint", args.weasyprint]
    runs: dict[str, list[dict]] = {kind: [] for kind in kinds}
    loads = [os.getloadavg()[0]]
    for _ in range(args.runs):
        for kind in kinds:
            out = subprocess.run(command + ["--only", kind], check=True, capture_output=True, text=True)
            runs[kind].append(json.loads(out.stdout))
        loads.append(os.getloadavg()[0])
    figures: dict = {"pages": runs["export"][0]["pages"], "runs": args.runs,
                     "corpus": bool(args.corpus)}
    for clock, field in (("", "seconds"), ("cpu_", "cpu_seconds")):
        seconds = {kind: [r[field] for r in rs] for kind, rs in runs.items()}
        for kind in kinds:
            figures[f"{kind}_{clock}s"] = _spread(seconds[kind])
        figures[f"{clock}ratio_to_baseline"] = _spread(
            [e / b for e, b in zip(seconds["export"], seconds["baseline"])])
        if "weasyprint" in kinds:
            figures[f"{clock}weasyprint_over_export"] = _spread(
                [w / e for w, e in zip(seconds["weasyprint"], seconds["export"])])
    figures["export_peak_rss_mb"] = max(r["peak_rss_mb"] for r in runs["export"])
    figures["load_1min"] = _spread(loads)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--corpus", type=Path, help="the ANT corpus folder (distinct real text)")
    parser.add_argument("--runs", type=int, default=3, help="interleaved runs of each kind")
    parser.add_argument("--weasyprint", metavar="PYTHON", help="an interpreter with WeasyPrint")
    parser.add_argument("--only", choices=KINDS, help="take one figure in this process")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--keep", type=Path, help="folder to keep the PDFs in")
    args = parser.parse_args()

    if args.only:
        folder = args.keep or Path(tempfile.mkdtemp(prefix="dossier-bench-"))
        folder.mkdir(parents=True, exist_ok=True)
        figures = measure(args.only, make_briefing(args.pages, args.corpus), folder, args.weasyprint)
    else:
        kinds = list(KINDS if args.weasyprint else KINDS[:2])
        figures = interleaved(args, kinds)
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key}: {value}")


if __name__ == "__main__":
    main()
