"""Writing the file: atomic replace, failures, cancelling, progress."""

from __future__ import annotations

import os
import threading

import pytest

from dossier.export import ExportCancelled, ExportError, ExportOptions, export_briefing
from export_fixtures import sample_briefing


def test_progress_reaches_total_and_file_appears(tmp_path):
    calls = []
    result = export_briefing(sample_briefing(), tmp_path / "out.pdf",
                             progress=lambda done, total, label: calls.append((done, total)))
    assert result.path == tmp_path / "out.pdf" and result.path.read_bytes().startswith(b"%PDF")
    assert calls[-1] == (result.pages, result.pages)
    assert os.listdir(tmp_path) == ["out.pdf"]


def test_cancel_from_progress_keeps_old_file(tmp_path):
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old contents")

    def progress(done, total, label):
        return done < 2

    with pytest.raises(ExportCancelled):
        export_briefing(sample_briefing(), target, progress=progress)
    assert target.read_bytes() == b"old contents"
    assert os.listdir(tmp_path) == ["out.pdf"]


def test_cancel_event_leaves_no_file(tmp_path):
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(ExportCancelled):
        export_briefing(sample_briefing(), tmp_path / "out.pdf", ExportOptions(cancel=cancel))
    assert os.listdir(tmp_path) == []


def test_failure_mid_export_keeps_old_file(tmp_path):
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old contents")

    def progress(done, total, label):
        if done == 3:
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        export_briefing(sample_briefing(), target, progress=progress)
    assert target.read_bytes() == b"old contents"
    assert os.listdir(tmp_path) == ["out.pdf"]


def test_unwritable_path_raises_one_line_error(tmp_path):
    with pytest.raises(ExportError) as missing:
        export_briefing(sample_briefing(), tmp_path / "no" / "such" / "out.pdf")
    assert "\n" not in str(missing.value) and "out.pdf" in str(missing.value)

    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running with rights that ignore folder permissions")
        with pytest.raises(ExportError) as denied:
            export_briefing(sample_briefing(), locked / "out.pdf")
        assert "\n" not in str(denied.value)
    finally:
        locked.chmod(0o700)


def test_target_is_a_directory(tmp_path):
    (tmp_path / "out.pdf").mkdir()
    with pytest.raises(ExportError):
        export_briefing(sample_briefing(), tmp_path / "out.pdf")
    assert sorted(os.listdir(tmp_path)) == ["out.pdf"]


def test_options_are_checked():
    with pytest.raises(ValueError):
        ExportOptions(page_size="A3")
    with pytest.raises(ValueError):
        ExportOptions(digits="roman")
