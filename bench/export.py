"""Export benchmark: a briefing of about N pages of seed text, against plain reportlab.

    python bench/export.py --pages 100 [--json] [--keep DIR]

Prints pages, export_s, baseline_s and peak_rss_mb. baseline_s sends the same
paragraphs through reportlab's own Paragraph flow with the same font and no Arabic
processing at all (wrong text, right amount of work for the library): the floor of
this stack. Targets: export_s at most 2x baseline_s and under 6 s for 100 pages;
under 20 s for 300 pages.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate  # noqa: E402

from dossier.export import export_briefing  # noqa: E402
from dossier.export.fonts import REGULAR, register  # noqa: E402
from export_fixtures import long_briefing  # noqa: E402


def briefing_texts(briefing) -> list[str]:
    texts = [briefing.info.summary]
    for section in briefing.sections:
        texts.append(section.heading)
        for item in section.items:
            if item.excerpt is not None:
                texts.append(item.excerpt.quote)
            texts.append(item.note)
    return [t for t in texts if t]


def baseline(texts: list[str], path: Path) -> float:
    register()
    style = ParagraphStyle("body", fontName=REGULAR, fontSize=12, leading=21,
                           alignment=4, spaceAfter=6)
    start = time.perf_counter()
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=62, rightMargin=62,
                            topMargin=66, bottomMargin=58)
    doc.build([Paragraph(escape(t), style) for t in texts])
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--keep", type=Path, help="folder to keep the PDFs in")
    args = parser.parse_args()

    briefing = long_briefing(args.pages)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="dossier-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    register()  # font loading is a one-off per process, not part of either figure
    start = time.perf_counter()
    result = export_briefing(briefing, folder / "export.pdf")
    export_s = time.perf_counter() - start
    baseline_s = baseline(briefing_texts(briefing), folder / "baseline.pdf")
    figures = {
        "pages": result.pages,
        "export_s": round(export_s, 3),
        "baseline_s": round(baseline_s, 3),
        "ratio": round(export_s / baseline_s, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key}: {value}")


if __name__ == "__main__":
    main()
