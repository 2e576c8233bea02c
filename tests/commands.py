"""The installed ``newsclean`` command for tests that run it as a subprocess, and an article to give it."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ARTICLE = """World
2021.06.03 18:20 GMT+8

Rescue teams reach villagers cut off by floods in mountain county

By Wang Min

Rescue teams on Thursday reached three villages that had been cut off for two days by floods in the mountain county.

Local officials said about 1,200 people had been moved to schools and sports halls on higher ground overnight.

Rain is expected to ease by Saturday, according to the provincial weather bureau.

Copyright © 2021 CGTN. All rights reserved.
"""


def command() -> list[str]:
    """The installed ``newsclean`` command (beside this Python, else on PATH)."""
    beside = Path(sys.executable).with_name("newsclean")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("newsclean")
    if found is None:
        pytest.skip("the newsclean command is not installed")
    return [found]


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run the command with ``args`` (and ``stdin``), without NO_COLOR; output captured, 60 s at most."""
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    return subprocess.run([*command(), *args], input=stdin, capture_output=True, cwd=cwd, env=env, timeout=60)
