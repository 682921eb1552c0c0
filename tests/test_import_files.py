"""Which files an import reads, and how: links, FIFOs, devices, bad paths and names."""

from __future__ import annotations

import os
import sys
import threading

import pytest

from conftest import SEEDS
from dossier.ingest.files import ARTICLE_SUFFIXES, collect, read_file
from dossier.ingest.parse import ImportRejected
from fault_fixtures import small_disk  # noqa: F401 (fixture)

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX links, FIFOs and devices")


def _seed_bytes() -> bytes:
    return sorted(SEEDS.glob("*.txt"))[1].read_bytes()


def _import_within(library, paths, seconds=60):
    """The import's report, or a failure if it does not finish (a blocked read)."""
    box = {}
    worker = threading.Thread(target=lambda: box.setdefault("report", library.import_paths(paths)),
                              daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), "the import blocked"
    return box["report"]


def _by_name(report):
    return {os.path.basename(r.path): r for r in report.results}


@posix_only
def test_a_link_to_a_file_outside_the_folder_is_refused(empty_library, tmp_path):
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "id_rsa.txt").write_bytes(_seed_bytes())
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "x.txt").symlink_to(secret / "id_rsa.txt")
    report = empty_library.import_paths([folder])
    assert _by_name(report)["x.txt"].code == "outside_link"
    assert empty_library.article_count() == 0


@posix_only
def test_a_link_inside_the_folder_is_followed(empty_library, tmp_path):
    folder = tmp_path / "in"
    (folder / "real").mkdir(parents=True)
    (folder / "real" / "a.bin").write_bytes(_seed_bytes())
    (folder / "a.txt").symlink_to(folder / "real" / "a.bin")
    report = empty_library.import_paths([folder])
    assert (report.imported, report.rejected) == (1, 0)


@posix_only
def test_a_fifo_in_a_folder_is_refused_without_waiting(empty_library, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "a_pipe.txt")
    (folder / "b_good.txt").write_bytes(_seed_bytes())
    report = _import_within(empty_library, [folder])
    names = _by_name(report)
    assert names["a_pipe.txt"].code == "not_a_file"
    assert names["b_good.txt"].status == "imported"


@posix_only
def test_a_fifo_named_directly_with_a_writer_is_refused(empty_library, tmp_path):
    pipe = tmp_path / "p.txt"
    os.mkfifo(pipe)
    # With a writer attached a plain open succeeds, and a read would wait for data.
    writer = os.open(pipe, os.O_RDWR)
    try:
        report = _import_within(empty_library, [pipe])
    finally:
        os.close(writer)
    assert report.results[0].code == "not_a_file"


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_device_is_refused(empty_library):
    report = _import_within(empty_library, ["/dev/zero"])
    assert report.results[0].code == "not_a_file"


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="needs /proc")
def test_a_kernel_file_of_size_zero_is_not_read(empty_library, tmp_path):
    # /proc/kmsg reports size 0 and blocks on read; /proc/self/status has the same
    # shape without the wait, and is never read either.
    link = tmp_path / "k.txt"
    link.symlink_to("/proc/self/status")
    report = _import_within(empty_library, [link])
    assert report.results[0].code == "empty"


def test_an_empty_path_is_refused_not_the_current_folder(empty_library, tmp_path, monkeypatch):
    (tmp_path / "here.txt").write_bytes(_seed_bytes())
    monkeypatch.chdir(tmp_path)
    report = empty_library.import_paths([""])
    assert [r.code for r in report.results] == ["empty_path"]
    assert empty_library.article_count() == 0


def test_one_over_long_path_does_not_stop_the_batch(empty_library, tmp_path):
    good = tmp_path / "good.txt"
    good.write_bytes(_seed_bytes())
    too_long = tmp_path / ("x" * 300 + ".txt")
    deep = str(tmp_path) + "/a" * 3000
    report = empty_library.import_paths([str(too_long), deep, good])
    assert [r.status for r in report.results] == ["rejected", "rejected", "imported"]
    assert all(r.message for r in report.results[:2])


@posix_only
def test_a_file_name_that_is_not_utf8_is_imported_and_named_safely(empty_library, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    raw = os.path.join(os.fsencode(folder), b"caf\xe9.txt")
    with open(raw, "wb") as handle:
        handle.write(_seed_bytes())
    report = empty_library.import_paths([folder])
    assert report.imported == 1
    assert report.results[0].path.endswith("caf\ufffd.txt")
    assert empty_library.articles()[0].source_file == "caf\ufffd.txt"


def test_only_the_suffixes_asked_for_are_collected(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "b.TXT").write_text("x")
    (tmp_path / "c.html").write_text("x")
    assert [p.name for p in collect([tmp_path]).files] == ["a.txt", "b.TXT"]
    both = collect([tmp_path], ARTICLE_SUFFIXES | {".html"}).files
    assert [p.name for p in both] == ["a.txt", "b.TXT", "c.html"]


def test_a_file_that_grows_past_the_limit_is_refused(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 100)
    with pytest.raises(ImportRejected) as caught:
        read_file(path, limit=50)
    assert caught.value.code == "too_large"
    assert read_file(path, limit=100) == b"a" * 100


def test_another_file_system_inside_the_folder_is_not_entered(empty_library, tmp_path, small_disk):
    (small_disk.path / "inside.txt").write_bytes(_seed_bytes())
    (tmp_path / "here.txt").write_bytes(sorted(SEEDS.glob("*.txt"))[2].read_bytes())
    report = empty_library.import_paths([tmp_path])
    names = _by_name(report)
    assert names["here.txt"].status == "imported"
    assert names["disk"].code == "other_filesystem" and "inside.txt" not in names
