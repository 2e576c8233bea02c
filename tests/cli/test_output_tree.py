"""``-o DIR``: the inputs' tree mirrored, the same names every run, nothing written outside DIR, no temp file left."""
from __future__ import annotations

import json
import os
from pathlib import Path

from commands import ARTICLE
from test_hostile_files import run, without_root_powers


def _outputs(out: Path) -> list[str]:
    """Every file under ``out`` but the lock and state dot-files, as sorted relative paths."""
    return sorted(p.relative_to(out).as_posix() for p in out.rglob("*")
                  if p.is_file() and p.name not in (".newsclean.lock", ".newsclean-state.json"))


def _tree(tmp_path: Path) -> Path:
    top = tmp_path / "in"
    for folder in ("a", "b", "b/deep"):
        (top / folder).mkdir(parents=True)
    for place in ("a/story.txt", "b/story.txt", "b/deep/story.text", "b/story.html"):
        (top / place).write_text(ARTICLE, encoding="utf-8")
    return top


def test_the_tree_is_mirrored_and_stable_from_run_to_run(tmp_path: Path) -> None:
    top = _tree(tmp_path)
    out = tmp_path / "out"
    first = run(str(top), "-o", str(out))
    assert first.returncode == 0, first.stderr
    expected = ["a/story.json", "b/deep/story.json", "b/story-2.json", "b/story.json"]
    assert _outputs(out) == expected
    # b/story.html sorts before b/story.txt, so it keeps the plain name: check which is which
    assert json.loads((out / "b/story.json").read_text("utf-8"))["input"]["path"] == str(top / "b/story.html")
    again = run(str(top), "-o", str(out))
    assert again.returncode == 0 and _outputs(out) == expected


def test_names_that_climb_or_are_absolute_stay_inside_dir(tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    (tmp_path / "outside.txt").write_text(ARTICLE, encoding="utf-8")
    out = work / "out"
    listing = f"../outside.txt\n{tmp_path / 'outside.txt'}\n"
    result = run("--from-list", "-", "-o", "out", stdin=listing.encode(), cwd=work)
    assert result.returncode == 0, result.stderr
    assert _outputs(out) == ["outside.json", str(tmp_path / "outside.json").lstrip("/")]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["outside.txt", "work"]  # nothing written beside


def test_a_symlink_planted_in_dir_is_not_followed_out(tmp_path: Path) -> None:
    top = _tree(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    (out / "a").symlink_to(elsewhere)  # out/a -> elsewhere: out/a/story.json would land outside
    result = run(str(top), "-o", str(out))
    assert result.returncode == 1
    assert list(elsewhere.iterdir()) == []
    assert result.stderr.decode() == (f"newsclean: {top / 'a/story.txt'}: cannot write {out / 'a/story.json'}: "
                                      f"{out / 'a'} leads outside the output directory; not written\n")
    assert (out / "b/story.json").is_file()


def test_a_failed_input_keeps_the_last_good_file_and_leaves_no_temp(tmp_path: Path) -> None:
    top = _tree(tmp_path)
    out = tmp_path / "out"
    assert run(str(top), "-o", str(out)).returncode == 0
    good = (out / "a/story.json").read_bytes()
    (top / "a/story.txt").write_bytes(b"")  # now fails
    result = run(str(top), "-o", str(out))
    assert result.returncode == 1
    assert (out / "a/story.json").read_bytes() == good
    assert not [p for p in out.rglob("*.tmp")]


def test_a_read_only_output_dir_is_a_clear_error(tmp_path: Path) -> None:
    top = _tree(tmp_path)
    out = tmp_path / "out"
    (out / "a").mkdir(parents=True)
    (out / "a").chmod(0o555)
    try:
        result = run(str(top), "-o", str(out), prefix=without_root_powers())
    finally:
        (out / "a").chmod(0o755)
    assert result.returncode == 1
    assert result.stderr.decode() == (f"newsclean: {top / 'a/story.txt'}: cannot write {out / 'a/story.json'}: "
                                      "Permission denied\n")
    assert _outputs(out) == ["b/deep/story.json", "b/story-2.json", "b/story.json"]


def test_a_full_disk_is_a_clear_error_and_leaves_no_temp_file(tmp_path: Path) -> None:
    import resource
    import subprocess

    from commands import command

    top = tmp_path / "in"
    top.mkdir()
    (top / "small.txt").write_text(ARTICLE, encoding="utf-8")
    (top / "large.txt").write_text(ARTICLE.replace("Rain is expected", "Rain is expected " + "very " * 2000),
                                   encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()

    def small_disk() -> None:  # files may grow to 6 KB: the large record hits the limit as a full disk would
        resource.setrlimit(resource.RLIMIT_FSIZE, (6000, 6000))

    result = subprocess.run([*command(), str(top), "-o", str(out)], capture_output=True, timeout=60,
                            preexec_fn=small_disk, stdin=subprocess.DEVNULL)
    assert result.returncode == 1
    assert result.stderr.decode() == (f"newsclean: {top / 'large.txt'}: cannot write {out / 'large.json'}: "
                                      "File too large\n")
    assert _outputs(out) == ["small.json"]
    assert json.loads((out / "small.json").read_text("utf-8"))["title"].startswith("Rescue teams")
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    assert os.stat(out / "small.json").st_size < 6000
