"""Runs as cron makes them: incremental (--skip-unchanged), one at a time (the lock), stopped by signals."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from commands import ARTICLE, command
from test_hostile_files import run

STATE = ".newsclean-state.json"
BATCH = 600
PARAGRAPHS = 200  # per article: a batch then takes seconds, long enough to be stopped midway


def _batch(tmp_path: Path, count: int = BATCH) -> Path:
    """``count`` articles long enough that a batch of them takes a few seconds."""
    folder = tmp_path / "in"
    folder.mkdir()
    long_body = "\n\n".join(f"Paragraph {n}: rescue teams moved families to schools on higher ground overnight, "
                            "officials said on Thursday." for n in range(PARAGRAPHS))
    for n in range(count):
        text = ARTICLE.replace("three villages", f"{n + 2} villages")
        text = text.replace("Rain is expected", long_body + "\n\nRain")
        (folder / f"{n:04d}.txt").write_text(text, encoding="utf-8")
    return folder


def _written(out: Path) -> list[Path]:
    return sorted(p for p in out.glob("*.json") if not p.name.startswith("."))


def test_cron_twice_the_second_run_does_nothing_and_exits_0(tmp_path: Path) -> None:
    folder = _batch(tmp_path, 12)
    out = tmp_path / "out"
    first = run(str(folder), "-o", str(out), "--skip-unchanged")
    assert first.returncode == 0 and first.stderr == b""
    stamps = {p.name: p.stat().st_mtime_ns for p in _written(out)}
    assert len(stamps) == 12
    second = run(str(folder), "-o", str(out), "--skip-unchanged", "--verbose")
    assert second.returncode == 0
    assert second.stderr.decode().count("skipped (unchanged since the last run)") == 12
    assert {p.name: p.stat().st_mtime_ns for p in _written(out)} == stamps  # nothing rewritten
    (folder / "0003.txt").write_text(ARTICLE.replace("three villages", "nine villages"), encoding="utf-8")
    third = run(str(folder), "-o", str(out), "--skip-unchanged")
    assert third.returncode == 0
    changed = [name for name, stamp in stamps.items() if (out / name).stat().st_mtime_ns != stamp]
    assert changed == ["0003.json"]
    assert "nine villages" in (out / "0003.json").read_text("utf-8")


def test_state_is_keyed_by_content_version_and_options(tmp_path: Path) -> None:
    folder = _batch(tmp_path, 3)
    out = tmp_path / "out"
    assert run(str(folder), "-o", str(out), "--skip-unchanged").returncode == 0
    state = json.loads((out / STATE).read_text("utf-8"))
    entry = state["inputs"][str(folder / "0000.txt")]
    assert set(entry) == {"sha256", "version", "options"}
    other_options = run(str(folder), "-o", str(out), "--skip-unchanged", "--explain", "--verbose")
    assert b"unchanged" not in other_options.stderr  # --explain changes the records: all redone
    assert "removed" in json.loads((out / "0000.json").read_text("utf-8"))


def test_skip_unchanged_needs_an_output_dir(tmp_path: Path) -> None:
    result = run(str(_batch(tmp_path, 1)), "--skip-unchanged")
    assert result.returncode == 2 and b"--output-dir" in result.stderr


def _start(args: list[str], **kwargs: object) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    return subprocess.Popen([*command(), *args], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env, **kwargs)


def _wait_for(test, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not test():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        time.sleep(0.02)


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        found.update(int(c) for c in (task / "children").read_text().split())
    return found


def _alive(pid: int) -> bool:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return False
    return fields[0] != "Z"  # a zombie has exited; only its parent's wait is missing


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc to see worker processes")
@pytest.mark.parametrize(("signum", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_signal_mid_batch_stops_cleanly_and_the_next_run_finishes(tmp_path: Path, signum: int, code: int) -> None:
    folder = _batch(tmp_path)
    out = tmp_path / "out"
    proc = _start([str(folder), "-o", str(out), "--skip-unchanged", "--jobs", "2"])
    _wait_for(lambda: len(_written(out)) >= 10 if out.exists() else False)
    workers = _children(proc.pid)
    assert len(workers) >= 2
    proc.send_signal(signum)
    _, stderr = proc.communicate(timeout=30)
    assert proc.returncode == code
    assert stderr.decode().endswith(f"newsclean: stopped by {signal.Signals(signum).name}; "
                                    "the inputs not done yet were not written\n")
    _wait_for(lambda: not any(_alive(w) for w in workers), 10)  # no worker outlives the run
    done = _written(out)
    assert 10 <= len(done) < BATCH  # stopped mid-batch
    assert not list(out.glob("*.tmp")) and not list(out.glob(".*.tmp"))
    for path in done:  # every file written is whole
        assert json.loads(path.read_text("utf-8"))["title"].startswith("Rescue teams")
    state = json.loads((out / STATE).read_text("utf-8"))
    assert len(state["inputs"]) <= len(done)
    rest = run(str(folder), "-o", str(out), "--skip-unchanged", "--verbose")
    assert rest.returncode == 0
    assert rest.stderr.decode().count("unchanged since the last run") == len(state["inputs"])
    assert len(_written(out)) == BATCH


def test_a_killed_run_leaves_the_state_readable(tmp_path: Path) -> None:
    folder = _batch(tmp_path)
    out = tmp_path / "out"
    proc = _start([str(folder), "-o", str(out), "--skip-unchanged", "--jobs", "1"])
    _wait_for(lambda: (out / STATE).exists(), 60)  # the state is first saved ~2 s in
    proc.kill()
    assert proc.wait(timeout=30) == -signal.SIGKILL  # killed mid-run, not finished first
    assert len(_written(out)) < BATCH
    state = json.loads((out / STATE).read_text("utf-8"))
    for name in state["inputs"]:
        assert (out / (Path(name).stem + ".json")).is_file()  # listed only once its file was written
    assert run(str(folder), "-o", str(out), "--skip-unchanged").returncode == 0
    assert len(_written(out)) == BATCH


def test_a_second_run_waits_for_the_lock_or_exits_at_once_with_no_wait(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    holder = subprocess.Popen([sys.executable, "-c", (
        "import fcntl, os, sys, time\n"
        f"fd = os.open({str(out / '.newsclean.lock')!r}, os.O_RDWR | os.O_CREAT)\n"
        "fcntl.lockf(fd, fcntl.LOCK_EX)\nprint('held', flush=True)\ntime.sleep(1.5)\n")],
        stdout=subprocess.PIPE)
    assert holder.stdout.readline() == b"held\n"
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    refused = run("a.txt", "-o", str(out), "--no-wait", cwd=tmp_path)
    assert refused.returncode == 75
    assert refused.stderr.decode() == f"newsclean: another run is writing to {out}; not started (--no-wait)\n"
    assert not (out / "a.json").exists()
    started = time.monotonic()
    waited = run("a.txt", "-o", str(out), cwd=tmp_path)
    assert waited.returncode == 0, waited.stderr
    assert holder.poll() is not None  # it finished only after the holder let go
    assert time.monotonic() - started > 0.5
    assert (out / "a.json").is_file()
    holder.wait(timeout=10)


def test_a_crontab_like_environment(tmp_path: Path) -> None:
    folder = _batch(tmp_path, 3)
    out = tmp_path / "out"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "SHELL": "/bin/sh"}  # what cron gives, no locale
    for _ in range(2):
        result = subprocess.run([*command(), str(folder), "-o", str(out), "--skip-unchanged", "--quiet"],
                                env=env, capture_output=True, timeout=60, stdin=subprocess.DEVNULL, cwd=tmp_path)
        assert (result.returncode, result.stdout, result.stderr) == (0, b"", b"")
    assert len(_written(out)) == 3

