"""The installed ``newsclean`` command that subprocess tests run (skip when it is not installed)."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest


def newsclean_command() -> list[str]:
    """The command beside this interpreter (the venv under test), else the one on PATH."""
    beside = Path(sys.executable).with_name("newsclean")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("newsclean")
    if found is None:
        pytest.skip("the newsclean command is not installed")
    return [found]
