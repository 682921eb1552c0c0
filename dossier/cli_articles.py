"""Commands that correct and re-derive articles: ``article show|edit``, ``tag``, ``reparse``.

    dossier article show 12 [--removed] [--original]
    dossier article edit 12 --outlet "سكاي نيوز عربية" --date 2018-07-29 --author "..."
    dossier tag 12 +KZ -CN +water -energy
    dossier reparse

They call the library's services, as the window does (see ``dossier.cli``).
"""

from __future__ import annotations

import argparse

from .curation import COUNTRY, CurationError, parse_tag_changes


def add_parsers(sub, id_type, emit) -> dict:
    """Add the commands to ``sub``; the handlers by command name."""
    global _emit
    _emit = emit
    p = sub.add_parser("article", help="show or correct one article")
    asub = p.add_subparsers(dest="action", required=True)
    a = asub.add_parser("show", help="an article's details, text and what parsing removed")
    a.add_argument("id", type=id_type)
    a.add_argument("--removed", action="store_true", help="list the removed lines")
    a.add_argument("--original", action="store_true", help="print the record as imported")
    a.add_argument("--json", action="store_true")
    a = asub.add_parser("edit", help="correct an article's details (kept through reparse)")
    a.add_argument("id", type=id_type)
    for option in ("title", "outlet", "author", "date", "url"):
        a.add_argument(f"--{option}", help=f"the {option} ('' clears it)")
    a.add_argument("--json", action="store_true")

    p = sub.add_parser("tag", help="add or remove countries and topics: tag ID +KZ -CN +water")
    p.add_argument("id", type=id_type)
    p.add_argument("changes", nargs=argparse.REMAINDER, help="+CODE, -CODE, +topic, -topic")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("reparse", help="parse every article again from its kept original")
    p.add_argument("--json", action="store_true")
    return {"article": _article, "tag": _tag, "reparse": _reparse}


_emit = None


def _details(lib, article_id: int) -> dict:
    article = lib.article(article_id)
    if article is None:
        raise CurationError(f"no article {article_id}")
    source = article.source
    repeat = lib.repeat_of(article_id)
    return {"id": article.id, "title": article.title,
            "outlet": source.outlet if source else None, "author": source.author if source else None,
            "date": source.published if source else None, "url": source.url if source else None,
            "countries": list(article.countries), "topics": list(article.topics),
            "near_duplicate_of": repeat[0] if repeat else None,
            "repeated_by": [i for i, _ in lib.repeats(article_id)]}


def _article(lib, args) -> int:
    if args.action == "edit":
        changes = {("published" if k == "date" else k): getattr(args, k)
                   for k in ("title", "outlet", "author", "date", "url") if getattr(args, k) is not None}
        if not changes:
            raise CurationError("nothing to change: give --title, --outlet, --author, --date or --url")
        change = lib.edit_article(args.id, **changes)
        data = _details(lib, args.id)
        _emit(args, data, [f"{field:10} {change.before.get(field) or '-'} -> {value or '-'}"
                           for field, value in change.after.items() if change.before.get(field) != value]
              or ["nothing changed"])
        return 0
    data = _details(lib, args.id)
    article = lib.article(args.id)
    original = lib.original(args.id)
    data["body"] = article.body
    data["removed"] = [{"line": n, "role": role, "text": text}
                       for n, role, text in (original.removed if original else ())]
    data["file"] = ({"name": original.name, "format": original.format, "record": original.record}
                    if original else None)
    lines = [f"{k:10} {v}" for k, v in data.items() if k not in ("body", "removed", "file")]
    if args.removed:
        lines += [f"  removed line {r['line'] + 1:4} ({r['role']}): {r['text']}" for r in data["removed"]]
    if args.original:
        raw = lib.original_bytes(args.id)
        data["original"] = raw.decode("utf-8", "replace") if raw is not None else None
        lines += ["", *(data["original"] or "(no original kept: imported before originals were)").split("\n")]
    else:
        lines += ["", *article.body.split("\n")]
    _emit(args, data, lines)
    return 0


def _tag(lib, args) -> int:
    tokens = [t for t in args.changes if t != "--json"]
    args.json = args.json or "--json" in args.changes
    if not tokens:
        raise CurationError("give changes such as +KZ -CN +water -energy")
    changes = parse_tag_changes(tokens, [t.slug for t in lib.topics()])
    done = lib.change_tags(args.id, changes)
    article = lib.article(args.id)
    data = {"id": args.id, "countries": list(article.countries), "topics": list(article.topics),
            "changes": [{"kind": c.kind, "key": c.key, "present": c.present} for c in done]}
    _emit(args, data, [f"{'+' if c.present else '-'}{c.key} ({'country' if c.kind == COUNTRY else 'topic'})"
                       for c in done]
          + [f"countries: {' '.join(article.countries) or '-'}", f"topics: {' '.join(article.topics) or '-'}"])
    return 0


def _reparse(lib, args) -> int:
    report = lib.reparse()
    data = {"reparsed": report.reparsed, "unchanged": report.unchanged,
            "without_original": report.without_original,
            "kept": [{"article_id": i, "why": why} for i, why in report.kept]}
    lines = [f"kept article {i}: {why}" for i, why in report.kept]
    lines.append(f"{report.reparsed} reparsed, {report.unchanged} unchanged, "
                 f"{len(report.kept)} kept as they were, {report.without_original} without an original")
    _emit(args, data, lines)
    return 0
