"""The ``dossier`` command: the app with no command, the library's services otherwise.

Every command calls the same services as the window. Errors are one line on stderr
and a non-zero exit, never a traceback: an unexpected one is written with its traceback
to the log file (see dossier/logs.py) and named in one line. Text from the library and
from file names is printed with its control characters escaped (dossier/terminal_text.py).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

from . import __version__, cli_articles
from .curation import CurationError
from .logs import setup_logging
from .terminal_text import safe_json, safe_text
from .briefing.briefing_file import BriefingFileError, export_file, import_file
from .briefing.briefings import BriefingError
from .briefing.excerpts import QuoteNotFound
from .ingest.parse import ImportRejected
from .search.engine import SORTS
from .search.query import QueryError
from .storage.database import LibraryDamaged, LibraryError
from .storage.errors import translate
from .storage.filters import ArticleFilter


log = logging.getLogger("dossier.cli")  # also when run as ``python -m dossier.cli``

# SQLite's integers: ids, counts and offsets beyond this cannot even be looked up.
INT_MAX = 2 ** 63 - 1


class CommandError(Exception):
    """A failure to report in one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):
        # One line, like every other error of the command (argparse adds the usage).
        self.exit(2, f"{self.prog}: error: {safe_text(message)} (see {self.prog} --help)\n")


def whole_number(low: int, high: int = INT_MAX, what: str = "number"):
    """An argparse type: an integer from ``low`` to ``high``, else a one-line error."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{what} must be from {low} to {high}")
        return value
    parse.__name__ = what  # argparse names the type in its messages
    return parse


ID = whole_number(1, what="id")
COUNT = whole_number(0, what="count")


def _filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--country", action="append", default=[], help="ISO code, e.g. KZ (repeatable)")
    parser.add_argument("--topic", action="append", default=[], help="topic slug (repeatable)")
    parser.add_argument("--source", action="append", default=[], help="outlet name (repeatable)")
    parser.add_argument("--from", dest="date_from", help="published on or after YYYY-MM-DD")
    parser.add_argument("--to", dest="date_to", help="published on or before YYYY-MM-DD")


def _filter_of(args) -> ArticleFilter:
    return ArticleFilter(tuple(c.upper() for c in args.country), tuple(args.topic),
                         tuple(args.source), args.date_from, args.date_to)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="dossier", description="Arabic press library and briefings.")
    parser.add_argument("--db", help="library file (default: $DOSSIER_DB or the user data folder)")
    parser.add_argument("--version", action="version", version=f"dossier {__version__}")
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("import", help="import saved pages (.txt, .html), exports (.jsonl, .csv) and folders")
    p.add_argument("paths", nargs="+")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("articles", help="list articles")
    _filters(p)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("search", help="search articles (or excerpts with --excerpts)")
    p.add_argument("query")
    _filters(p)
    p.add_argument("--sort", choices=SORTS, default="relevance")
    p.add_argument("--limit", type=COUNT, default=20)
    p.add_argument("--offset", type=COUNT, default=0)
    p.add_argument("--excerpts", action="store_true", help="search the excerpts taken")
    p.add_argument("--json", action="store_true")

    for name in ("countries", "topics", "sources", "briefings"):
        p = sub.add_parser(name, help=f"list {name}")
        p.add_argument("--json", action="store_true")

    p = sub.add_parser("briefing", help="briefing files: import, export, show")
    bsub = p.add_subparsers(dest="action", required=True)
    b = bsub.add_parser("import", help="import a briefing file (all or nothing)")
    b.add_argument("file")
    b.add_argument("--json", action="store_true")
    b = bsub.add_parser("export", help="write a briefing file")
    b.add_argument("id", type=ID)
    b.add_argument("file")
    b = bsub.add_parser("show", help="print a briefing")
    b.add_argument("id", type=ID)
    b.add_argument("--json", action="store_true")

    p = sub.add_parser("export", help="export a briefing as a PDF dossier (or .docx by the suffix)")
    p.add_argument("id", type=ID)
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--page-size", choices=["A4", "Letter"], default="A4")
    p.add_argument("--digits", choices=["latin", "arabic"], default="latin")

    sub.add_parser("retag", help="tag every article again with the current lexicons")

    _COMMANDS.update(cli_articles.add_parsers(sub, ID, _emit))

    p = sub.add_parser("check", help="check the library's file, references and search indexes")
    p.add_argument("--repair", action="store_true", help="also mend what can be mended safely")
    p.add_argument("--json", action="store_true")
    _accept_db_everywhere(parser)
    return parser


def _subcommands(parser: argparse.ArgumentParser):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield sub
                yield from _subcommands(sub)


def _accept_db_everywhere(parser: argparse.ArgumentParser) -> None:
    """``--db`` after the command name too (``dossier articles --db X``), on every
    command, including those added later; SUPPRESS keeps a value given before it."""
    for sub in _subcommands(parser):
        if "--db" not in sub._option_string_actions:
            sub.add_argument("--db", default=argparse.SUPPRESS, help="library file")


def _emit(args, data, lines) -> None:
    if getattr(args, "json", False):
        print(safe_json(data))
    else:
        for line in lines:
            print(safe_text(line))


def run(args) -> int:
    from .library import open_library

    try:
        lib = open_library(args.db, seed=args.command != "check")
    except LibraryDamaged as exc:
        hint = ("it cannot be read: restore a copy" if args.command == "check"
                else "`dossier check` tells more")
        raise CommandError(f"{exc}; {hint}") from exc
    try:
        return _COMMANDS[args.command](lib, args)
    finally:
        lib.close()


def _import(lib, args) -> int:
    if "" in args.paths:
        raise CommandError("an empty path names no file or folder")
    missing = [p for p in args.paths if not os.path.lexists(p)]
    if missing:
        raise CommandError(f"no such file or folder: {missing[0]}")
    report = lib.import_paths(args.paths, workers=min(os.cpu_count() or 1, 4))
    data = {"imported": report.imported, "duplicates": report.duplicates,
            "rejected": report.rejected,
            "near_duplicates": report.near_duplicates,
            "files": [{"path": r.path, "status": r.status, "article_id": r.article_id,
                       "title": r.title, "reason": r.code, "message": r.message,
                       "near_duplicate_of": r.near_duplicate_of, "resemblance": r.resemblance}
                      for r in report.results]}
    lines = [f"{r.status:9} {r.path}" + (f": {r.message}" if r.message else "")
             + (f" (repeats article {r.near_duplicate_of})" if r.near_duplicate_of else "")
             for r in report.results]
    lines.append(f"{report.imported} imported ({report.near_duplicates} repeating another story), "
                 f"{report.duplicates} duplicates, {report.rejected} rejected")
    _emit(args, data, lines)
    return 0


def _articles(lib, args) -> int:
    rows = lib.articles(_filter_of(args))
    data = [{"id": a.id, "title": a.title, "source_file": a.source_file, "published": a.published,
             "outlet": a.outlet, "author": a.author, "countries": list(a.countries),
             "topics": list(a.topics)} for a in rows]
    _emit(args, data, [f"{a.id:5}  {a.published or '----------'}  {a.title}" for a in rows])
    return 0


def _search(lib, args) -> int:
    if args.excerpts:
        return _search_excerpts(lib, args)
    page = lib.search(args.query, _filter_of(args), limit=args.limit, offset=args.offset,
                      sort=args.sort)
    data = {"total": page.total, "offset": page.offset, "sort": page.sort, "hits": [
        {"article_id": h.article_id, "title": h.title, "snippet": h.snippet,
         "snippet_start": h.snippet_start, "matches": [list(m) for m in h.matches],
         "published": h.published, "outlet": h.outlet, "score": h.score}
        for h in page.hits]}
    shown = f"{page.offset + 1}-{page.offset + len(page.hits)}" if page.hits else "none"
    lines = [f"{page.total} matches ({shown} shown, by {page.sort})"]
    for h in page.hits:
        lines += [f"{h.article_id:5}  {h.score:8.3f}  {h.published or '----------'}  {h.title}",
                  f"       {h.snippet}".replace("\n", " ")]
    _emit(args, data, lines)
    return 0


def _search_excerpts(lib, args) -> int:
    hits = lib.search_excerpts(args.query, limit=args.limit, offset=args.offset)
    data = [{"excerpt_id": h.excerpt_id, "article_id": h.article_id, "quote": h.quote,
             "matches": [list(m) for m in h.matches], "score": h.score} for h in hits]
    lines = [f"{h.excerpt_id:5}  {h.article_id:5}  {h.quote}".replace("\n", " ") for h in hits]
    _emit(args, data, lines or ["no matches"])
    return 0


def _named_facets(args, key: str, rows, facets) -> int:
    counts = {f.key: f.count for f in facets}
    data = [{key: getattr(r, key), "name_ar": r.name_ar, "name_en": r.name_en,
             "articles": counts.get(getattr(r, key), 0)} for r in rows]
    _emit(args, data, [f"{d[key]:12} {d['articles']:5}  {d['name_ar']}  ({d['name_en']})"
                       for d in data if d["articles"]])
    return 0


def _countries(lib, args) -> int:
    return _named_facets(args, "code", lib.countries(), lib.country_facets())


def _topics(lib, args) -> int:
    return _named_facets(args, "slug", lib.topics(), lib.topic_facets())


def _sources(lib, args) -> int:
    rows = lib.sources()
    _emit(args, rows, [f"{r['id']:4}  {r['published'] or '----------'}  {r['outlet'] or '?'}"
                       f"  {r['author'] or ''}  ({r['articles']})" for r in rows])
    return 0


def _briefings(lib, args) -> int:
    rows = lib.briefings.list()
    data = [{"id": b.id, "title": b.title, "date": b.date, "author": b.author} for b in rows]
    _emit(args, data, [f"{b.id:4}  {b.date or '----------'}  {b.title}" for b in rows])
    return 0


def _briefing(lib, args) -> int:
    if args.action == "import":
        briefing_id = import_file(lib.db, args.file)
        _emit(args, {"briefing_id": briefing_id}, [f"imported briefing {briefing_id}"])
    elif args.action == "export":
        export_file(lib.briefings.get(args.id), args.file)
        print(safe_text(f"wrote {args.file}"))
    else:
        from .briefing.briefing_file import to_data
        data = to_data(lib.briefings.get(args.id))
        lines = [data["title"]]
        for section in data["sections"]:
            lines.append(f"## {section['heading']}")
            for item in section["items"]:
                if "quote" in item:
                    lines.append(f"  > {item['quote']}  [{item['article']}]")
                if item.get("note"):
                    lines.append(f"    {item['note']}")
        _emit(args, data, lines)
    return 0


def _export(lib, args) -> int:
    from .export import ExportError, ExportOptions, export_briefing

    briefing = lib.briefings.get(args.id)
    try:
        result = export_briefing(briefing, args.output,
                                 ExportOptions(page_size=args.page_size, digits=args.digits))
    except ExportError as exc:
        raise CommandError(str(exc)) from exc
    print(safe_text(f"wrote {args.output} ({result.pages} pages)"))
    if result.missing:
        print(f"dossier: warning: {safe_text(result.missing_note())}", file=sys.stderr)
    return 0


def _retag(lib, args) -> int:
    print(f"retagged {lib.retag()} articles")
    return 0


def _check(lib, args) -> int:
    report = lib.check(repair=args.repair)
    data = {"ok": report.ok, "checks": [{"check": f.check, "ok": f.ok, "repaired": f.repaired,
                                         "detail": f.detail} for f in report.findings]}
    _emit(args, data, [f"{f.check + ':':16} {f.detail}" for f in report.findings]
          + [("library is whole" if report.ok else "library has problems")])
    return 0 if report.ok else 1


_COMMANDS = {
    "import": _import, "articles": _articles, "search": _search, "countries": _countries,
    "topics": _topics, "sources": _sources, "briefings": _briefings, "briefing": _briefing,
    "export": _export, "retag": _retag, "check": _check,
}


def _fail(message: str, code: int = 1) -> int:
    if len(message) > 500:
        message = message[:500] + "…"
    print(f"dossier: {safe_text(message)}", file=sys.stderr)
    return code


def _printable_streams() -> None:
    # A terminal that cannot show a character gets an escape, not an exception.
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="backslashreplace")
        except (AttributeError, ValueError):
            pass


def main(argv: list[str] | None = None) -> int:
    _printable_streams()
    log_file = setup_logging()
    args = build_parser().parse_args(argv)
    if args.command is None:
        from .ui.app import run_app
        return run_app(args.db)
    try:
        return run(args)
    except (CommandError, LibraryError, BriefingFileError, BriefingError, QuoteNotFound,
            QueryError, ImportRejected, CurationError) as exc:
        if isinstance(exc, LibraryError):  # a fault of the file, worth a line in the log
            log.warning("%s: %s", args.command, exc)
        return _fail(str(exc))
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    except BrokenPipeError:
        # The reader went away (``dossier articles | head``): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except OSError as exc:
        log.warning("%s failed", args.command, exc_info=True)
        return _fail(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "))
    except Exception as exc:  # the last net: a bug must still not show a traceback
        error = translate(exc, args.db)  # a fault of the file met outside a transaction
        if error is not None:
            log.warning("%s failed", args.command, exc_info=True)
            return _fail(str(error))
        log.error("%s failed", args.command, exc_info=True)
        where = f"; details in {log_file}" if log_file else ""
        return _fail(f"unexpected error ({type(exc).__name__}: {exc}){where}")


if __name__ == "__main__":
    sys.exit(main())
