"""Under a terminal, stdout carries the same bytes as in a pipe: progress and messages go to stderr.

Each test runs the installed command with stderr (and stdin) on a pseudo-terminal and
stdout redirected to a file, as `newsclean DIR -f ndjson > out.ndjson` typed at a
prompt does, then compares that file byte for byte with a run where nothing is a terminal.
"""
from __future__ import annotations

import os
import re
import select
import subprocess
from pathlib import Path

import pytest
from commands import ARTICLE, command

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
        proc = subprocess.Popen([*command(), *args], stdin=slave, stdout=out, stderr=slave, env=env)
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
    return subprocess.run([*command(), *args], capture_output=True, env=env, timeout=60, stdin=subprocess.DEVNULL)


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


SUMMARY = re.compile(rb"25 done, 0 skipped, 1 failed in \d+\.\d s")


def test_the_summary_is_on_the_terminal_never_on_stdout(tmp_path: Path) -> None:
    folder = _batch(tmp_path)
    args = [str(folder), "-f", "ndjson"]
    code, screen = _run_on_terminal(args, tmp_path / "out", _env())
    assert code == 1
    assert SUMMARY.search(screen)
    assert b"done," not in (tmp_path / "out").read_bytes()
    piped = _run_in_pipe(args, _env())
    assert b"done," not in piped.stdout + piped.stderr  # no terminal: no summary (cron mails stay short)
    quiet_code, quiet_screen = _run_on_terminal([*args, "--quiet"], tmp_path / "quiet", _env())
    assert quiet_code == 1 and quiet_screen == b""


def test_the_summary_counts_skipped_and_unchanged_files(tmp_path: Path) -> None:
    folder = _batch(tmp_path)
    (folder / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    out = tmp_path / "records"
    args = [str(folder), "-o", str(out), "--skip-unchanged"]
    _run_on_terminal(args, tmp_path / "first", _env())
    _, screen = _run_on_terminal(args, tmp_path / "second", _env())
    assert re.search(rb"0 done, 26 skipped \(25 unchanged\), 1 failed in \d+\.\d s", screen)


def test_a_stopped_run_still_prints_its_summary_on_the_terminal(tmp_path: Path) -> None:
    import signal
    import time

    folder = tmp_path / "in"
    folder.mkdir()
    long_body = "\n\n".join(f"Paragraph {n}: officials moved families to higher ground." for n in range(60))
    for n in range(400):
        (folder / f"{n:03d}.txt").write_text(ARTICLE.replace("Rain is expected", long_body + "\n\nRain"), "utf-8")
    out = tmp_path / "records"
    master, slave = pty.openpty()
    proc = subprocess.Popen([*command(), str(folder), "-o", str(out), "--jobs", "2"], stdin=slave,
                            stdout=subprocess.DEVNULL, stderr=slave, env=_env())
    os.close(slave)
    deadline = time.monotonic() + 60
    while not (out.exists() and len(list(out.glob("*.json"))) >= 5) and time.monotonic() < deadline:
        time.sleep(0.02)
    proc.send_signal(signal.SIGTERM)
    screen = b""
    while select.select([master], [], [], 30)[0]:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        screen += chunk
    os.close(master)
    assert proc.wait(timeout=30) == 143
    assert re.search(rb"\d+ done, 0 skipped, 0 failed in \d+\.\d s; stopped by SIGTERM", screen)
    assert len(list(out.glob("*.json"))) < 400
