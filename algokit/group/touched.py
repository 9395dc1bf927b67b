"""``algokit touched``: the problems a branch changed since it left its base, from git.

A pull request's checks run only on these: its specs, references and members'
files (in the group's own layout, ``memberfiles``) name the problems.
"""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

from .. import layout
from ..errors import AlgokitError, shown
from ..problem import catalog
from . import memberfiles


class GitError(AlgokitError):
    """git cannot answer: not a repository, an unknown commit, or a history cut short."""


def _git(root, *args):
    try:
        return subprocess.run(["git", *args], cwd=root, capture_output=True, timeout=60)
    except OSError:
        raise GitError("`algokit touched` needs git, and git is not installed here") from None
    except subprocess.TimeoutExpired:
        raise GitError(f"git {' '.join(args)} took over a minute in {shown(root)}") from None


def changed_paths(root, base) -> list[str]:
    """Paths (relative to ``root``) that differ between ``base`` and HEAD, since they parted.

    Renames count on both sides: the problem a file left changed as much as the one it joined.
    """
    if _git(root, "rev-parse", "--git-dir").returncode != 0:
        raise GitError(f"{Path(root).resolve()} is not in a git repository: `algokit touched` compares commits; "
                       f"run it in the group's clone")
    if _git(root, "rev-parse", "--verify", "--quiet", "HEAD^{commit}").returncode != 0:
        raise GitError(f"{Path(root).resolve()}: no commit yet; commit the changes, then compare them")
    if _git(root, "rev-parse", "--verify", "--quiet", f"{base}^{{commit}}").returncode != 0:
        raise GitError(f"--base {base}: no such branch or commit here; fetch it first (git fetch origin) "
                       f"or give one that `git branch -a` lists")
    if _git(root, "merge-base", base, "HEAD").returncode != 0:
        raise GitError(f"--base {base}: no common ancestor with HEAD; in a shallow clone fetch the "
                       f"whole history (actions/checkout: fetch-depth: 0)")
    done = _git(root, "diff", "--name-only", "-z", "--no-renames", "--relative", f"{base}...HEAD", "--")
    if done.returncode != 0:
        raise GitError(f"git diff {base}...HEAD failed: {done.stderr.decode('utf-8', 'replace').strip()}")
    names = done.stdout.decode("utf-8", "surrogateescape").split("\0")
    return [unicodedata.normalize("NFC", name) for name in names if name]


def problems(root, base) -> list[Path]:
    """The ``problems/<slug>`` folders of the problems changed since ``base``, sorted by slug."""
    paths = changed_paths(root, base)
    specs = catalog.load_all(root, catalogue=False)
    return [layout.problem_dir(root, slug) for slug in memberfiles.problems_touched(root, paths, specs)]
