"""Right-to-left PDF dossier of a briefing snapshot.

    export_briefing(briefing, "out.pdf", ExportOptions(page_size="Letter"), progress)

`progress(done, total, label)` is called as the export goes; returning False from it,
or setting `options.cancel`, stops the export (ExportCancelled). The PDF is written to
a temporary file beside the target and moved into place at the end, so a failed or
cancelled export leaves no partial file and never replaces the old one. The target must
be a regular file or absent, and never the open library (see dossier/safe_output.py).
"""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from pathlib import Path

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from dossier.model import Briefing
from dossier.safe_output import OutputError, replacing

from .compose import compose, shorten_words
from .fonts import REGULAR, register
from .layout import Frame, paginate
from .options import ExportCancelled, ExportError, ExportOptions, ExportResult, Reporter
from .pdf_writer import PageWriter

__all__ = ["export_briefing", "ExportOptions", "ExportResult", "ExportError", "ExportCancelled"]

MARGIN_SIDE = 62.0
MARGIN_TOP = 66.0
MARGIN_BOTTOM = 58.0
METADATA_TITLE_CHARS = 2000
# reportlab keeps per-document font state on shared font objects: one export at a time.
_export_lock = threading.Lock()


@contextmanager
def _no_cycle_collection():
    """Cyclic garbage collection paused while a document is built: layout makes hundreds
    of thousands of small tuples and no cycles, and the collector's passes over them
    cost a tenth of the export."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _render(briefing: Briefing, tmp: Path, options: ExportOptions,
            report: Reporter) -> tuple[int, frozenset[str]]:
    width, height = options.page_dimensions
    digits = options.digits == "arabic"
    blocks, _ = compose(briefing, digits)
    frame = Frame(MARGIN_SIDE, width - MARGIN_SIDE, height - MARGIN_TOP, MARGIN_BOTTOM)
    flow = paginate(blocks, frame, lambda done, total: report(0, 1, "layout"))
    info = briefing.info
    # A TrueType initial font keeps the unembedded Helvetica out of the file.
    canvas = Canvas(str(tmp), pagesize=(width, height), lang="ar", pageCompression=1,
                    initialFontName=REGULAR)
    # A pathological multi-megabyte title would cost seconds to escape into the metadata.
    canvas.setTitle(shorten_words(info.title, METADATA_TITLE_CHARS))
    canvas.setAuthor(info.author)
    canvas.setSubject(info.subtitle or info.title)
    canvas.setKeywords(", ".join(s.heading for s in briefing.sections if s.heading.strip()))
    canvas.setCreator("Dossier")
    canvas.showOutline()
    # Two-page spreads read right to left, as a bound Arabic dossier does.
    canvas.setViewerPreference("Direction", "R2L")
    PageWriter(canvas, flow, (width, height), info.title, info.classification, digits).draw(report)
    canvas.save()
    return len(flow.pages), frozenset(flow.missing)


def _render_docx(briefing: Briefing, tmp: Path, options: ExportOptions,
                 report: Reporter) -> tuple[int, frozenset[str]]:
    from .docx_writer import write_docx

    # Word draws with the reader's own fonts: nothing is drawn as a box here.
    return write_docx(briefing, tmp, options.digits == "arabic", report), frozenset()


def export_briefing(briefing: Briefing, path, options: ExportOptions | None = None,
                    progress=None) -> ExportResult:
    """Write the briefing as a PDF at `path` (a Word document if it ends in .docx);
    returns the path, the page count (paragraph count for Word) and the characters
    drawn as boxes because no bundled face has them."""
    options = options or ExportOptions()
    target = Path(path).expanduser().absolute()
    report = Reporter(progress, options.cancel)
    register()
    try:
        with replacing(target) as tmp, _export_lock:
            # Binary (Flate only) streams: the ASCII85 layer is pure Python here and
            # would cost more than all the Arabic processing together.
            saved, rl_config.useA85 = rl_config.useA85, 0
            try:
                render = _render_docx if target.suffix.lower() == ".docx" else _render
                with _no_cycle_collection():
                    pages, missing = render(briefing, tmp, options, report)
            finally:
                rl_config.useA85 = saved
    except OutputError as exc:
        raise ExportError(str(exc)) from None
    return ExportResult(target, pages, tuple(sorted(missing)))
