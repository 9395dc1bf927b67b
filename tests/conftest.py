import shutil
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parents[1]  # the catalogue: problems/ and solutions/


@pytest.fixture
def workspace_with(tmp_path, monkeypatch):
    """``workspace_with(*slugs)``: tmp_path, made the current directory, holding a copy of each
    catalogue problem named (problems/SLUG, and its references in solutions/SLUG)."""

    def make(*slugs):
        for slug in slugs:
            for part in ("problems", "solutions"):
                shutil.copytree(ROOT / part / slug, tmp_path / part / slug)
        monkeypatch.chdir(tmp_path)
        return tmp_path

    return make
