"""Files that are not files: a FIFO named x.kok or x.csv (opening it used to wait for ever), a
.kok or .csv symlinked to /dev/zero (reading it used to fill the memory), a folder. Each gives a
clear error at once; the reads are bounded even when the file lies about its size or changes
between the check and the read. Every case runs in a child process with a timeout, so a hang is
a failure, not a stuck test run."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kokapp.io import bounded_read
from kokapp.io.bounded_read import NOT_A_FILE, TOO_LARGE, ReadRefused, read_regular_file
from kokapp.io.project_file import MAX_FILE_BYTES, ProjectFileError, load_project, save_project
from kokapp.io.sheet_reader import MAX_SOURCE_BYTES
from kokapp.io.table_import import ImportFileError, import_table
from kokapp.paths import demo_project

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
needs_dev_zero = pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero on this system")

OPEN = """
import sys
from kokapp.io.project_file import ProjectFileError, load_project
from kokapp.io.table_import import ImportFileError, import_table
from kokapp.core.datapack import bundled_datapack
try:
    if sys.argv[1].endswith(".kok"):
        load_project(sys.argv[1])
    else:
        import_table(sys.argv[1], bundled_datapack())
except (ProjectFileError, ImportFileError) as exc:
    print(exc.message)
else:
    print("read")
"""


def open_in_child(path: Path) -> str:
    """The message opening ``path`` gives, from a child process that must finish within 60 s
    (the FIFO case used to block for ever, the /dev/zero case to run out of memory)."""
    done = subprocess.run([sys.executable, "-c", OPEN, str(path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@needs_fifo
@pytest.mark.parametrize("name", ["x.kok", "x.csv", "x.xlsx"])
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path, name):
    os.mkfifo(tmp_path / name)
    assert open_in_child(tmp_path / name) == "is a folder, a device or a pipe, not a file"


@needs_dev_zero
@pytest.mark.parametrize("name", ["x.kok", "x.csv", "x.xlsx"])
def test_a_symlink_to_dev_zero_is_refused_without_reading_it(tmp_path, name):
    os.symlink("/dev/zero", tmp_path / name)
    assert open_in_child(tmp_path / name) == "is a folder, a device or a pipe, not a file"


@pytest.mark.parametrize("name", ["x.kok", "x.csv"])
def test_a_folder_is_refused(tmp_path, name):
    (tmp_path / name).mkdir()
    with pytest.raises((ProjectFileError, ImportFileError)) as caught:
        load_project(tmp_path / name) if name.endswith(".kok") else import_table(tmp_path / name, None)
    assert caught.value.message in ("is a folder, a device or a pipe, not a file",
                                    "cannot be read (Permission denied)")     # Windows cannot open a folder


def test_a_symlink_to_a_project_still_opens(tmp_path):
    link = tmp_path / "kısayol.kok"
    link.symlink_to(demo_project())
    assert load_project(link).company.startswith("Uludağ")


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path):
    """Sparse files: the size is there, the bytes are not written to the disk."""
    project, sheet = tmp_path / "büyük.kok", tmp_path / "büyük.csv"
    for path, limit in ((project, MAX_FILE_BYTES), (sheet, MAX_SOURCE_BYTES)):
        with open(path, "wb") as fh:
            fh.truncate(limit + 1)
    with pytest.raises(ProjectFileError, match="^.*: is too large to be a Kök project$"):
        load_project(project)
    with pytest.raises(ImportFileError) as caught:
        import_table(sheet, None)
    assert caught.value.message == "is larger than 50 MB: too large to import"


def test_limit_itself_is_read(tmp_path):
    path = tmp_path / "tam.bin"
    path.write_bytes(b"k" * 100)
    assert read_regular_file(path, 100) == b"k" * 100
    with pytest.raises(ReadRefused) as caught:
        read_regular_file(path, 99)
    assert caught.value.reason == TOO_LARGE


@needs_dev_zero
def test_the_opened_descriptor_is_checked_not_only_the_name(tmp_path, monkeypatch):
    """A name that is a file when checked and a device when opened (swapped in between): the
    check of the opened descriptor refuses it. Simulated: the name check is told "a file"."""
    real_stat, regular = os.stat, os.stat(demo_project())

    def stale_stat(path, *args, **kwargs):
        return regular if str(path) == "/dev/zero" else real_stat(path, *args, **kwargs)

    monkeypatch.setattr(bounded_read.os, "stat", stale_stat)
    with pytest.raises(ReadRefused) as caught:
        read_regular_file("/dev/zero", 1000)
    assert caught.value.reason == NOT_A_FILE


def test_a_file_that_grows_while_read_is_cut_at_the_limit(tmp_path, monkeypatch):
    """The opened file says it is small (it grows after the check): at most limit + 1 bytes are
    read, and the file is refused as too large."""
    path = tmp_path / "büyüyen.kok"
    path.write_bytes(b"x" * 10_000)
    reads = []
    small = os.stat_result(tuple(10 if i == 6 else v for i, v in enumerate(os.stat(path))))   # st_size = 10
    monkeypatch.setattr(bounded_read.os, "fstat", lambda fd: small)
    real_read = os.read
    monkeypatch.setattr(bounded_read.os, "read", lambda fd, n: reads.append(n) or real_read(fd, n))
    with pytest.raises(ReadRefused) as caught:
        read_regular_file(path, 1000)
    assert caught.value.reason == TOO_LARGE and sum(reads) == 1001


def test_save_refuses_a_link_to_a_pipe_and_leaves_it(tmp_path):
    """Saving must never replace a device or a pipe behind a link (think /dev/null as root)."""
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this system")
    fifo = tmp_path / "boru"
    os.mkfifo(fifo)
    (tmp_path / "proje.kok").symlink_to(fifo)
    with pytest.raises(OSError) as caught:
        save_project(load_project(demo_project()), tmp_path / "proje.kok")
    assert caught.value.filename == str(tmp_path / "proje.kok")
    assert "a device or a pipe" in caught.value.strerror
    assert Path(fifo).is_fifo() and (tmp_path / "proje.kok").is_symlink()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["boru", "proje.kok"]
