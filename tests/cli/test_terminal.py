"""Under a terminal, stdout carries the same bytes as in a pipe: progress and messages go to stderr.

Each test runs the installed command with stderr (and stdin) on a pseudo-terminal and
stdout redirected to a file, as `newsclean DIR -f ndjson > out.ndjson` typed at a
prompt does, then compares that file byte for byte with a run where nothing is a terminal.
"""
from __future__ import annotations

import os
import select
import subprocess
from pathlib import Path

import pytest
from test_cli import ARTICLE, _command

pty = pytest.importorskip("pty")

BATCH = 25  # more than messages.PROGRESS_FROM, so a terminal run draws the bar


def _batch(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(BATCH):
        (folder / f"{n:02d}.txt").write_text(ARTICLE.replace("three villages", f"{n + 2} villages"), "utf-8")
    (folder / "zz_empty.txt").write_text("", "utf-8")  # one failure, reported on stderr
    return folder


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    env.update(TERM="xterm-256color", COLUMNS="250", **extra)  # wide enough for a long temporary path
    return env


def _run_on_terminal(args: list[str], stdout_path: Path, env: dict[str, str]) -> tuple[int, bytes]:
    """Run with stdin and stderr on a pty, stdout into a file; return the exit code and what the pty got."""
    master, slave = pty.openpty()
    with open(stdout_path, "wb") as out:
        proc = subprocess.Popen([*_command(), *args], stdin=slave, stdout=out, stderr=slave, env=env)
    os.close(slave)
    screen = b""
    while True:
        ready, _, _ = select.select([master], [], [], 60)
        if not ready:
            proc.kill()
            break
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        screen += chunk
    os.close(master)
    return proc.wait(timeout=60), screen


def _run_in_pipe(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*_command(), *args], capture_output=True, env=env, timeout=60, stdin=subprocess.DEVNULL)


@pytest.mark.parametrize("fmt", ["ndjson", "json", "markdown"])
@pytest.mark.parametrize("no_color", [False, True])
def test_terminal_stdout_equals_pipe_stdout(tmp_path: Path, fmt: str, no_color: bool) -> None:
    folder = _batch(tmp_path)
    env = _env(NO_COLOR="1") if no_color else _env()
    args = [str(folder), "-f", fmt]
    piped = _run_in_pipe(args, env)
    code, screen = _run_on_terminal(args, tmp_path / "out", env)
    assert piped.returncode == code == 1  # the empty file failed, the others were written
    assert all(f"reached {n + 2} villages".encode() in piped.stdout for n in range(BATCH))  # every record
    assert (tmp_path / "out").read_bytes() == piped.stdout
    assert b"zz_empty.txt: empty input" in screen
    assert b"villages" not in screen  # no record leaked onto the terminal
    if no_color:
        assert b"\x1b[31m" not in screen  # no red under NO_COLOR
