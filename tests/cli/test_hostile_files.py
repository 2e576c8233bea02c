"""Unlucky files among the inputs: FIFOs, devices, symlink loops, unreadable or vanishing files, odd names.

Each case gives a correct record for the good inputs and one clear line for the bad
one, never a hang: every run here has a timeout.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from commands import ARTICLE, command

TIMEOUT = 30


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None,
        prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    return subprocess.run([*prefix, *command(), *args], input=stdin, capture_output=True, cwd=cwd, env=env,
                          timeout=TIMEOUT, stdin=None if stdin is not None else subprocess.DEVNULL)


def without_root_powers() -> tuple[str, ...]:
    """A command prefix under which file permissions hold even for root (CAP_DAC_OVERRIDE dropped)."""
    if os.geteuid() != 0:
        return ()
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: permissions cannot be made to hold")
    return ("setpriv", "--bounding-set=-dac_override,-dac_read_search")


def _folder_with_article(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_good.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


def test_a_fifo_named_as_input_is_not_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    result = run(str(fifo), str(good), "-f", "ndjson")  # opening the FIFO for reading would block forever
    assert result.returncode == 1
    assert result.stderr.decode() == f"newsclean: {fifo}: a FIFO (named pipe), not a regular file; not read\n"
    assert len(result.stdout.splitlines()) == 1


def test_a_fifo_and_a_socket_inside_a_scanned_directory_do_not_block(tmp_path: Path) -> None:
    folder = _folder_with_article(tmp_path)
    os.mkfifo(folder / "b_pipe")
    import socket

    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(folder / "c_socket"))
        result = run(str(folder), "-f", "ndjson")
    finally:
        sock.close()
    assert result.returncode == 1
    lines = result.stderr.decode().splitlines()
    assert lines == [f"newsclean: {folder / 'b_pipe'}: a FIFO (named pipe), not a regular file; not read",
                     f"newsclean: {folder / 'c_socket'}: a socket, not a regular file; not read"]
    assert json.loads(result.stdout)["title"].startswith("Rescue teams")


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_device_files_are_never_read(device: str) -> None:
    if not os.path.exists(device):
        pytest.skip(f"{device} is not on this system")
    result = run(device)
    assert result.returncode == 1
    assert result.stderr.decode() == f"newsclean: {device}: a character device, not a regular file; not read\n"


def _loop_tree(tmp_path: Path) -> Path:
    top = _folder_with_article(tmp_path)
    (top / "sub").mkdir()
    (top / "sub" / "story.txt").write_text(ARTICLE, encoding="utf-8")
    (top / "sub" / "loop").symlink_to("..")  # in/sub/loop -> in: a cycle
    (top / "sub" / "self").symlink_to(".")
    return top


def test_a_symlink_loop_under_a_directory_ends(tmp_path: Path) -> None:
    top = _loop_tree(tmp_path)
    result = run(str(top), "-f", "ndjson")
    assert result.returncode == 0, result.stderr
    paths = [json.loads(line)["input"]["path"] for line in result.stdout.splitlines()]
    assert paths == [str(top / "a_good.txt"), str(top / "sub" / "story.txt")]


def test_a_symlink_loop_under_a_quoted_recursive_glob_ends(tmp_path: Path) -> None:
    top = _loop_tree(tmp_path)
    result = run("in/**/*.txt", "-f", "ndjson", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    paths = [json.loads(line)["input"]["path"] for line in result.stdout.splitlines()]
    assert paths == ["in/a_good.txt", "in/sub/story.txt"]
    assert top.exists()


def test_a_symlink_that_points_at_itself_is_one_clear_line(tmp_path: Path) -> None:
    knot = tmp_path / "knot.txt"
    knot.symlink_to(knot.name)
    result = run(str(knot))
    assert result.returncode == 1
    assert result.stderr.decode().startswith(f"newsclean: {knot}: cannot read: Too many levels of symbolic links")


def test_an_unreadable_file_fails_alone(tmp_path: Path) -> None:
    folder = _folder_with_article(tmp_path)
    locked = folder / "b_locked.txt"
    locked.write_text(ARTICLE, encoding="utf-8")
    locked.chmod(0)
    result = run(str(folder), "-f", "ndjson", prefix=without_root_powers())
    assert result.returncode == 1
    assert result.stderr.decode() == f"newsclean: {locked}: cannot read: Permission denied\n"
    assert len(result.stdout.splitlines()) == 1


def test_a_file_that_vanishes_after_the_listing_fails_alone(tmp_path: Path) -> None:
    from newsclean.cli.inputs import expand, from_arguments
    from newsclean.cli.run import RunSettings, results

    folder = _folder_with_article(tmp_path)
    (folder / "b_gone.txt").write_text(ARTICLE, encoding="utf-8")
    expansion = expand(from_arguments([str(folder)]))
    (folder / "b_gone.txt").unlink()
    settings = RunSettings("json", None, None, None, None, None, False, jobs=1)
    good, gone = results(expansion.inputs, settings)
    assert len(good.records) == 1 and not good.errors
    assert gone.errors == (("", "cannot read: No such file or directory"),)


def test_odd_names_keep_their_line_and_their_bytes(tmp_path: Path, validate) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    newline = "new\nline.txt"
    latin1 = os.fsdecode(b"caf\xe9.txt")  # not UTF-8: reaches Python as 'caf\udce9.txt'
    for name in (newline, latin1, "-dash.txt", "with space.txt"):
        (folder / name).write_text(ARTICLE, encoding="utf-8")
    (folder / "empty\nbad.txt").write_bytes(b"")
    result = run(str(folder), "-f", "ndjson")
    assert result.returncode == 1
    result.stdout.decode("utf-8")  # no raw non-UTF-8 byte on stdout
    assert b"\\udce9" in result.stdout
    paths = sorted(os.fsencode(validate(json.loads(line))["input"]["path"]) for line in result.stdout.splitlines())
    assert paths == sorted(os.fsencode(str(folder / n)) for n in (newline, latin1, "-dash.txt", "with space.txt"))
    assert result.stderr.decode() == f"newsclean: {folder}/empty\\nbad.txt: empty input\n"  # one line


def test_a_leading_dash_name_after_double_dash(tmp_path: Path) -> None:
    (tmp_path / "-story.txt").write_text(ARTICLE, encoding="utf-8")
    result = run("--", "-story.txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["input"]["path"] == "-story.txt"


def test_max_bytes_refuses_a_larger_input_with_a_clear_line(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(ARTICLE + "More words. " * 1000, encoding="utf-8")
    result = run(str(big), "--max-bytes", "4096")
    assert result.returncode == 1
    assert result.stderr.decode() == f"newsclean: {big}: larger than --max-bytes (4,096 bytes); not read\n"
    stdin = run("-", "--max-bytes", "4096", stdin=big.read_bytes())
    assert stdin.stderr.decode() == "newsclean: -: larger than --max-bytes (4,096 bytes); not read\n"


def test_url_with_several_inputs_is_a_usage_error_unless_listed_per_input(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    refused = run("a.txt", "b.txt", "--url", "https://news.example/a", cwd=tmp_path)
    assert refused.returncode == 2 and refused.stdout == b""
    assert b"--from-list" in refused.stderr
    listing = "a.txt\thttps://news.example/a\nb.txt\n\nb.txt\thttps://news.example/b\n"
    listed = run("--from-list", "-", "-f", "ndjson", stdin=listing.encode(), cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    urls = [json.loads(line)["url"] for line in listed.stdout.splitlines()]
    assert urls == ["https://news.example/a", None, "https://news.example/b"]


def test_from_list_takes_names_literally(tmp_path: Path) -> None:
    (tmp_path / "star*.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "starfish.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "list").write_text("star*.txt\n", encoding="utf-8")
    result = run("--from-list", "list", "-f", "ndjson", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["input"]["path"] for line in result.stdout.splitlines()] == ["star*.txt"]


def test_a_directory_takes_files_by_content_and_names_skipped_ones_when_verbose(tmp_path: Path) -> None:
    folder = _folder_with_article(tmp_path)
    (folder / "page_without_suffix").write_text("<!DOCTYPE html><html><body><article><h1>Dam opens</h1><p>"
                                                 + "The new dam opened on Friday after six years of work. " * 3
                                                 + "</p></article></body></html>", encoding="utf-8")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(100))
    (folder / "app.js").write_text("var x = 1;", encoding="utf-8")
    quiet = run(str(folder), "-f", "ndjson")
    assert quiet.returncode == 0 and quiet.stderr == b""
    assert len(quiet.stdout.splitlines()) == 2
    verbose = run(str(folder), "-f", "ndjson", "--verbose")
    assert verbose.stderr.decode().splitlines() == [
        f"newsclean: {folder / 'app.js'}: skipped (a .js file, not an article)",
        f"newsclean: {folder / 'photo.jpg'}: skipped (binary data, not an article)",
    ]


def test_a_device_node_inside_a_scanned_directory_is_not_read(tmp_path: Path) -> None:
    import stat

    folder = _folder_with_article(tmp_path)
    zero = folder / "b_zero"
    try:
        os.mknod(zero, stat.S_IFCHR | 0o644, os.makedev(1, 5))  # the numbers of /dev/zero on Linux
    except (PermissionError, AttributeError):
        pytest.skip("this system does not let the tests make a device node")
    result = run(str(folder), "-f", "ndjson")
    assert result.returncode == 1
    assert result.stderr.decode() == f"newsclean: {zero}: a character device, not a regular file; not read\n"
    assert json.loads(result.stdout)["title"].startswith("Rescue teams")
