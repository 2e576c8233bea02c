"""Batch figures of the installed ``newsclean`` command: inputs/s for --jobs 1 and 2, and peak memory by batch size.

Run: python bench/batch_throughput.py [--quick]. Prints text dumps/s and HTML pages/s
(the repository's samples copied into a temp dir), then the peak RSS of runs over 1,000
and 20,000 small inputs: a batch streams its records, so the peak should stay flat.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
COMMAND = [str(Path(sys.executable).with_name("newsclean"))]
_PEAK = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, "
         "stderr=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
SMALL = ("World\n2021.06.03 18:20 GMT+8\n\nRescue teams reach village {n}\n\nBy Wang Min\n\n"
         "Rescue teams on Thursday reached village {n}, cut off for two days by floods in the mountain county.\n\n"
         "Local officials said about 1,200 people had been moved to schools on higher ground overnight.\n")


def _copies(folder: Path, pattern: str, count: int) -> int:
    sources = sorted(p for p in SAMPLES.rglob(pattern) if ".expected." not in p.name)
    folder.mkdir()
    for n in range(count):
        src = sources[n % len(sources)]
        shutil.copyfile(src, folder / f"{n:05d}{src.suffix}")
    return count


def _rate(folder: Path, count: int, jobs: int) -> float:
    start = time.perf_counter()
    subprocess.run([*COMMAND, str(folder), "-f", "ndjson", "--jobs", str(jobs), "--quiet"],
                   stdout=subprocess.DEVNULL, check=False)
    return count / (time.perf_counter() - start)


def _peak_kib(folder: Path) -> int:
    out = subprocess.run([sys.executable, "-c", _PEAK, *COMMAND, str(folder), "-f", "ndjson", "--jobs", "1"],
                         capture_output=True, text=True, check=True)
    return int(out.stdout.strip())


def main() -> None:
    quick = "--quick" in sys.argv
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for label, pattern, count in (("text dumps", "*.txt", 300 if quick else 1000),
                                      ("HTML pages", "*.html", 100 if quick else 400)):
            folder = root / label.replace(" ", "_")
            _copies(folder, pattern, count)
            rates = ", ".join(f"--jobs {jobs}: {_rate(folder, count, jobs):6.0f}/s" for jobs in (1, 2))
            print(f"{label:11} ({count:5} inputs)  {rates}")
        for count in (1000, 2000 if quick else 20000):
            folder = root / f"small_{count}"
            folder.mkdir()
            for n in range(count):
                (folder / f"{n:05d}.txt").write_text(SMALL.format(n=n), encoding="utf-8")
            print(f"peak RSS, {count:6,} small inputs: {_peak_kib(folder) / 1024:6.1f} MiB")


if __name__ == "__main__":
    main()
