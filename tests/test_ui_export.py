"""Exporting from the real window: the menu, the options dialog's formats, a Word file
read back."""

from __future__ import annotations

import pytest
from docx import Document
from docx.oxml.ns import qn

from dossier.export import ExportOptions
from dossier.ui.export_dialog import ExportDialog

pytest_plugins = ["ui_fixtures"]


class ExportAnswers:
    """The composer's questions answered as the test says; the options go through the
    real dialog, set as an analyst would set them."""

    def __init__(self, qtbot, save_path, file_format: str):
        self.qtbot = qtbot
        self.save_path = save_path
        self.file_format = file_format
        self.filters: list[str] = []
        self.opened: list[str] = []
        self.errors: list[str] = []
        self.confirmed: list[str] = []

    def export_options(self, parent, options: ExportOptions) -> ExportOptions:
        dialog = ExportDialog(options, parent)
        self.qtbot.addWidget(dialog)
        dialog.file_format.setCurrentIndex(dialog.file_format.findData(self.file_format))
        return dialog.options()

    def save_file(self, parent, caption, suggested, name_filter):
        self.filters.append(name_filter)
        return str(self.save_path)

    def confirm(self, parent, title, text):
        self.confirmed.append(text)
        return True

    def open_file(self, path):
        self.opened.append(path)

    def error(self, parent, title, text):
        self.errors.append(text)


def test_word_export_from_the_window_menu_reads_back(qtbot, make_window, library, tmp_path):
    window = make_window()
    if not window.has_panel():
        pytest.skip("the briefing composer is not available")
    answers = ExportAnswers(qtbot, tmp_path / "موجز", "docx")
    window.briefing.dialogs = answers
    window.menus.export_pdf.trigger()
    run = window.briefing.export_run
    assert run is not None
    with qtbot.waitSignal(run.finished, timeout=30_000) as blocker:
        pass
    target = tmp_path / "موجز.docx"
    assert blocker.args == [str(target)] and answers.opened == [str(target)]
    assert len(answers.filters) == 1 and "*.docx" in answers.filters[0]
    assert answers.errors == [] and window.briefing.export_options.file_format == "docx"
    briefing = library.briefings.get(window.briefing.current_briefing_id())
    doc = Document(str(target))
    assert doc.sections[0]._sectPr.find(qn("w:bidi")) is not None
    texts = [p.text for p in doc.paragraphs]
    joined = "\n".join(texts)
    quotes = [" ".join(i.excerpt.quote.split()) for s in briefing.sections for i in s.items
              if i.excerpt is not None]
    assert quotes
    positions = [joined.index(quote[:60]) for quote in quotes]
    assert positions == sorted(positions)
    for section in briefing.sections:
        assert section.heading in texts
    quote_para = next(p for p in doc.paragraphs if p.text.startswith(quotes[0][:30]))
    assert quote_para._p.pPr.find(qn("w:bidi")) is not None
    assert not list(tmp_path.glob("*.pdf"))


def test_characters_drawn_as_boxes_are_named_when_the_pdf_is_done(qtbot, make_window, library,
                                                                   tmp_path):
    briefing = library.briefings.get(library.briefings.list()[0].id)
    library.briefings.add_note(briefing.sections[0].id, "حرف لا يملكه أي خط: \u0d85")
    window = make_window()
    if not window.has_panel():
        pytest.skip("the briefing composer is not available")
    answers = ExportAnswers(qtbot, tmp_path / "out.pdf", "pdf")
    window.briefing.dialogs = answers
    window.menus.export_pdf.trigger()
    with qtbot.waitSignal(window.briefing.export_run.finished, timeout=30_000):
        pass
    assert answers.errors == [] and (tmp_path / "out.pdf").exists()
    assert len(answers.confirmed) == 1 and "U+0D85" in answers.confirmed[0]


def test_the_dialog_offers_pdf_and_word(qtbot):
    dialog = ExportDialog(ExportOptions(file_format="docx", digits="arabic"))
    qtbot.addWidget(dialog)
    assert [dialog.file_format.itemData(i) for i in range(dialog.file_format.count())] == ["pdf", "docx"]
    assert dialog.options() == ExportOptions(file_format="docx", digits="arabic")
    dialog.file_format.setCurrentIndex(dialog.file_format.findData("pdf"))
    dialog.retranslate()  # keeps the choice
    assert dialog.options().file_format == "pdf" and dialog.options().suffix == ".pdf"
    with pytest.raises(ValueError):
        ExportOptions(file_format="odt")
