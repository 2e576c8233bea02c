"""The installed ``newsclean`` command, run as a subprocess the way pipelines run it."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from commands import ARTICLE, run


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "floods.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_one_file_gives_one_json_object(article_file: Path, validate) -> None:
    result = run(str(article_file), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    record = validate(json.loads(result.stdout))
    assert result.stdout.endswith(b"}\n")
    assert record["title"] == "Rescue teams reach villagers cut off by floods in mountain county"
    assert record["published_utc"] == "2021-06-03T10:20:00Z"
    assert record["authors"] == ["Wang Min"]
    assert record["body"].count("\n\n") == 2
    assert "Copyright" not in record["body"]
    assert "removed" not in record


def test_seed_end_to_end(seed_bytes: bytes, validate) -> None:
    from conftest import SEED

    result = run(str(SEED), "--format", "json")
    assert result.returncode == 0, result.stderr
    record = validate(json.loads(result.stdout))
    assert record["source"] == {"id": "cgtn", "name": "CGTN", "parser": "cgtn"}
    assert (record["published"], record["updated_utc"]) == ("2020-02-28T07:03:00+08:00", "2020-02-28T01:00:00Z")
    assert len(record["body"].split("\n\n")) == 12


def test_stdin(validate) -> None:
    result = run("-", "--format", "ndjson", stdin=ARTICLE.encode("utf-8"))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode("utf-8").splitlines()
    assert len(lines) == 1
    record = validate(json.loads(lines[0]))
    assert record["input"]["path"] == "-"
    assert record["section"] == "World"


def test_directory_is_walked_recursively_in_order(tmp_path: Path, validate) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b" / "c.text").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an input", encoding="utf-8")
    result = run(str(tmp_path), "--format", "json")
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    assert isinstance(records, list)
    assert [Path(r["input"]["path"]).name for r in records] == ["a.txt", "c.text"]
    for record in records:
        validate(record)
    ndjson = run(str(tmp_path), "-f", "ndjson")
    assert len(ndjson.stdout.splitlines()) == 2


def test_bad_inputs_fail_one_line_each_and_the_rest_is_written(tmp_path: Path, article_file: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\t\n\r\n")
    (tmp_path / "noise.txt").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "menu.txt").write_text("Home\nNews\nSport\n", encoding="utf-8")
    (tmp_path / "title.html").write_text("<html><head><title>Only a title</title></head><body><nav>"
                                         "<a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    bad = ["missing.txt", "empty.txt", "blank.txt", "noise.txt", "menu.txt", "title.html", "loop.txt"]
    result = run(*bad, str(article_file), "-f", "ndjson", cwd=tmp_path)
    assert result.returncode == 1
    errors = result.stderr.decode("utf-8").splitlines()
    assert len(errors) == len(bad)
    for name, line in zip(bad, errors):
        assert line.startswith(f"newsclean: {name}: ")
        assert "Traceback" not in line
    assert len(result.stdout.splitlines()) == 1
    assert json.loads(result.stdout)["title"].startswith("Rescue teams")


def test_unreadable_input_is_named(tmp_path: Path) -> None:
    dangling = tmp_path / "gone.txt"
    dangling.symlink_to(tmp_path / "nowhere.txt")
    result = run(str(dangling))
    assert result.returncode == 1
    assert result.stderr.decode().strip() == f"newsclean: {dangling}: cannot read: No such file or directory"


def test_quiet_keeps_the_exit_code(tmp_path: Path) -> None:
    result = run("--quiet", str(tmp_path / "missing.txt"))
    assert (result.returncode, result.stderr) == (1, b"")


@pytest.mark.parametrize(
    "args",
    [[], ["x.txt", "--format", "xml"], ["x.txt", "--timezone", "Mars/Olympus"], ["x.txt", "--source", "nope"],
     ["x.txt", "--now", "yesterday"], ["-", "-"], ["--no-such-option"]],
)


def test_usage_errors_exit_2(args: list[str]) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert result.stdout == b""


def test_output_dir_writes_one_file_per_input_without_clobbering(tmp_path: Path, validate) -> None:
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    result = run(str(tmp_path / "x"), str(tmp_path / "y"), "-o", str(out), "-f", "markdown")
    assert result.returncode == 0, result.stderr
    assert result.stdout == b""
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == ["story-2.md", "story.md"]
    assert (out / "story.md").stat().st_mode & 0o644 == 0o644


def test_markdown_front_matter_loads_back_to_the_json_values(article_file: Path) -> None:
    as_json = json.loads(run(str(article_file), "-f", "json").stdout)
    text = run(str(article_file), "-f", "markdown").stdout.decode("utf-8")
    assert text.startswith("---\n")
    front_text, _, rest = text[4:].partition("\n---\n")
    front = yaml.safe_load(front_text)
    assert front == {k: v for k, v in as_json.items() if k not in ("body", "blocks")}
    assert rest.lstrip().startswith("# Rescue teams reach villagers")
    assert "Local officials said about 1,200 people" in rest


def test_output_is_byte_identical_between_runs(article_file: Path) -> None:
    first = run(str(article_file), "--explain")
    second = run(str(article_file), "--explain")
    assert first.returncode == 0
    assert first.stdout == second.stdout
    assert json.loads(first.stdout)["removed"][0]["kind"] == "copyright"


def test_schema_version_and_sources() -> None:
    schema = json.loads(run("--schema").stdout)
    assert schema["properties"]["schema_version"] == {"const": 1}
    assert run("--version").stdout.decode().startswith("newsclean ")
    listing = run("--list-sources").stdout.decode()
    assert listing.splitlines()[0].split("\t") == ["id", "name", "domains", "languages", "zone", "layouts"]
    assert listing.splitlines()[1].startswith("cgtn\tCGTN\t")


def test_timezone_option_applies_to_times_without_zone(tmp_path: Path) -> None:
    text = "Harbour reopens after storm repairs\n\n2021-03-04 09:15\n\n" + \
        "The harbour reopened on Thursday after three weeks of repairs to the storm wall, the port authority said.\n"
    path = tmp_path / "harbour.txt"
    path.write_text(text, encoding="utf-8")
    plain = json.loads(run(str(path)).stdout)
    assert plain["published"] == "2021-03-04T09:15:00"
    assert plain["published_utc"] is None
    assert plain["warnings"]
    zoned = json.loads(run(str(path), "--timezone", "Europe/Lisbon").stdout)
    assert zoned["published"] == "2021-03-04T09:15:00+00:00"
    assert zoned["published_utc"] == "2021-03-04T09:15:00Z"


def test_parallel_workers_keep_input_order_and_bytes(tmp_path: Path) -> None:
    for n in range(12):
        (tmp_path / f"story{n:02}.txt").write_text(ARTICLE.replace("three villages", f"{n + 3} villages"), "utf-8")
    (tmp_path / "story99.txt").write_bytes(b"")
    serial = run(str(tmp_path), "-f", "ndjson", "--jobs", "1")
    parallel = run(str(tmp_path), "-f", "ndjson", "--jobs", "3")
    assert serial.returncode == parallel.returncode == 1
    assert serial.stdout == parallel.stdout
    assert serial.stderr == parallel.stderr
    assert len(serial.stdout.splitlines()) == 12


def test_a_feed_is_read_by_its_content_whatever_its_suffix(tmp_path: Path, validate) -> None:
    feed = tmp_path / "feed.xml.html"
    feed.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>Herald</title><item>'
                    "<title>Ferry resumes</title><description>The ferry resumed its timetable on Sunday."
                    "</description></item></channel></rss>", encoding="utf-8")
    result = run(str(feed))
    assert result.returncode == 0, result.stderr
    (record,) = map(validate, json.loads(result.stdout))  # a feed is an array, even of one item
    assert (record["title"], record["source"]["name"]) == ("Ferry resumes", "Herald")
    assert record["input"]["format"] == "feed" and record["input"]["item"] == 1


def test_ndjson_lines_survive_any_line_reader(tmp_path: Path) -> None:
    """U+2028 and U+2029 in a record are written as escapes: splitlines() sees one line a record."""
    page = ARTICLE.replace("on higher ground overnight.", "on higher ground\u2028overnight\u2029today.")
    for n in range(2):
        (tmp_path / f"{n}.txt").write_text(page, encoding="utf-8")
    result = run(str(tmp_path), "--format", "ndjson")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode("utf-8").splitlines()
    assert len(lines) == 2
    assert "overnight\u2029today" in json.loads(lines[0])["body"]
