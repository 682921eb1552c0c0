"""What the rules for other stories' leads remove from real articles, outlet by outlet.

    python bench/other_story_leads.py --corpus PATH [--per-outlet 300] [--seed 2018] [--show] [--json]

Draws ``per-outlet`` articles at random from each outlet of the corpus, reads each as a
page (title, blank line, text) the way the tagging evaluation does, and counts the lines
parsing removes as the lead of another story (kind ``other_story``: a later paragraph
opening with its own dateline, or a lead without one in the run that ends a wire-format
page, see ``dossier.ingest.other_stories``). ``--show`` prints every removed line under
its article's title and opening, for reading: a removed line that belongs to the article
is a wrong removal. The figures are counts, not a judgement; the judgement is the reading.

``ungated`` counts what the rule for leads without a dateline would remove if every page
were taken as wire-format (``--show`` lists those lines too, marked "ungated"): the
reason the rule is kept to wire-format pages.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
if str(HERE.parent) not in sys.path:
    sys.path.append(str(HERE.parent))

from corpus import read_document  # noqa: E402

OUTLETS = ("Alarabia", "BBC", "CNN", "France24", "SkyNews")


def measure(root: Path, per_outlet: int, seed: int, show: bool) -> dict:
    from dossier.ingest.lines import OTHER_STORY
    from dossier.ingest.other_stories import appended_leads
    from dossier.ingest.parse import ImportRejected, decode, parse_article

    figures = {}
    for outlet in OUTLETS:
        files = sorted((root / outlet).glob("*/*.txt"))
        chosen = random.Random(seed).sample(files, min(per_outlet, len(files)))
        lines = removed = touched = ungated = 0
        for path in chosen:
            doc = read_document(path, root)
            try:
                article = parse_article(decode(f"{doc.title}\n\n{doc.text}\n".encode("utf-8")))
            except ImportRejected:
                continue
            leads = [r for r in article.removed if r.role == OTHER_STORY]
            lines += article.body.count("\n") + 1 + len(leads)
            removed += len(leads)
            touched += bool(leads)
            body = article.body.split("\n")
            would = [] if leads else appended_leads(article.title, body)
            ungated += len(would)
            if show and (leads or would):
                print(f"== {outlet} {doc.docno} | {doc.title}")
                print(f"   opens: {body[0][:150]}")
                for lead in leads:
                    print(f"   removed line {lead.number}: {lead.text[:170]}")
                for n in would:
                    print(f"   ungated: {body[n][:170]}")
        figures[outlet] = {"articles": len(chosen), "articles_with_removals": touched,
                           "body_lines": lines, "lines_removed": removed, "ungated": ungated}
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--per-outlet", type=int, default=300)
    parser.add_argument("--seed", type=int, default=2018)
    parser.add_argument("--show", action="store_true", help="print every removed line")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    figures = measure(args.corpus, args.per_outlet, args.seed, args.show and not args.json)
    if args.json:
        print(json.dumps(figures))
        return
    print(f"{'outlet':10} {'articles':>8} {'touched':>8} {'lines':>7} {'removed':>8} {'ungated':>8}")
    for outlet, part in figures.items():
        print(f"{outlet:10} {part['articles']:8} {part['articles_with_removals']:8} "
              f"{part['body_lines']:7} {part['lines_removed']:8} {part['ungated']:8}")


if __name__ == "__main__":
    main()
