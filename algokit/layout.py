"""Where things live in a workspace: the one module that knows the folder layout.

A workspace is a folder holding ``problems/`` (one folder per problem, with its
``problem.toml``) and ``solutions/`` (one folder per problem, every ``.py`` file
in it a solution). ``algokit init`` adds ``algokit.toml``. The catalogue is the
kit's own workspace: the repository's folders in a source checkout, or their
copy inside the installed package, so every command works with no network.

    <workspace>/
        algokit.toml                     the group: author, members, weeks, where members' files live
        problems/problem.schema.json     the spec's JSON Schema, for editors
        problems/<slug>/problem.toml     the spec
        problems/<slug>/README.md        the statement, in our own words
        problems/<slug>/gen.py           inputs beyond what the constraints give (optional)
        problems/<slug>/checker.py       a custom checker, where many answers are right (optional)
        solutions/<slug>/<name>.py       references and members' files alike (.py, .java, .cpp, .js)
        .hypothesis/                     failing inputs remembered per machine (not committed)
        .algokit/cache/                  results worth keeping, e.g. algokit week's cells (not committed)

Where members' files live beyond ``solutions/<slug>/`` is the group's own pattern
(``algokit.group.memberfiles``); every name in the tree above is here.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from . import languages
from .errors import AlgokitError

SPEC_FILE = "problem.toml"
STATEMENT = "README.md"
GEN_FILE = "gen.py"
CHECKER_FILE = "checker.py"
PROBLEM_FILES = (SPEC_FILE, STATEMENT, GEN_FILE, CHECKER_FILE)  # what makes a problem, in its folder
SCHEMA_FILE = "problem.schema.json"  # in problems/, beside the problem folders
SCHEMA_LINE = f"#:schema ../{SCHEMA_FILE}"  # the first line of every problem.toml
CONFIG = "algokit.toml"
PROBLEMS, SOLUTIONS = "problems", "solutions"
HYPOTHESIS = ".hypothesis"  # the folder .gitignore keeps out of the group's repo
CACHE = ".algokit"  # results worth keeping between commands (algokit week's cells); not committed either


class MissingFile(AlgokitError):
    """A FILE argument names no file."""


def problem_dir(root, slug) -> Path:
    return Path(root, PROBLEMS, slug)


def solutions_dir(root, slug) -> Path:
    return Path(root, SOLUTIONS, slug)


def problem_files(folder) -> list[Path]:
    """The files that make the problem in ``folder`` (spec, statement, gen.py, checker.py), those there are.

    ``algokit new`` copies these, and a cached ``algokit week`` cell is keyed by them: one list for both.
    """
    return [Path(folder, name) for name in PROBLEM_FILES if Path(folder, name).exists()]


def schema_file(root) -> Path:
    return Path(root, PROBLEMS, SCHEMA_FILE)


def workspace_of(spec_path) -> Path:
    """The workspace a ``problems/<slug>/problem.toml`` belongs to."""
    return Path(spec_path).parent.parent.parent


def problem_dirs(root) -> list[Path]:
    """Every ``problems/<slug>/`` folder that holds a spec, sorted by slug."""
    return sorted(p.parent for p in Path(root, PROBLEMS).glob(f"*/{SPEC_FILE}"))


def solution_files(root, slug) -> list[Path]:
    """Every solution of a problem, references and members' files alike, sorted by name."""
    folder = solutions_dir(root, slug)
    return sorted(p for p in folder.glob("*") if languages.is_solution(p) and p.is_file()) if folder.is_dir() else []


def member_stem(member) -> str:
    """A file name for a member: NFC (macOS hands out NFD), no path separators or spaces."""
    stem = unicodedata.normalize("NFC", member).strip()
    stem = re.sub(r"[\s/\\:]+", "_", stem).strip("._")
    if not stem:
        raise AlgokitError(f"--author {member!r}: give a name with letters or digits")
    return stem


def member_file(root, slug, member, extension=".py") -> Path:
    """Where a member's solution of a problem lives (``extension``: their language's)."""
    return solutions_dir(root, slug) / f"{member_stem(member)}{extension}"


def write_new(path, content) -> str:
    """Write ``content`` (text or bytes) to a new file at ``path``, making its folders: ``"created"``.

    A file already there is the user's and is never overwritten, not even by a race
    (the file is opened for exclusive creation): ``"kept"``.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    binary = isinstance(content, bytes)
    try:
        with path.open("xb" if binary else "x", **({} if binary else {"encoding": "utf-8"})) as f:
            f.write(content)
    except FileExistsError:
        return "kept"
    return "created"


def examples_database(root) -> Path:
    """Hypothesis's example database of a workspace: failures found once are replayed first."""
    return Path(root, HYPOTHESIS, "examples")


def cache_dir(root) -> Path:
    """Where a workspace keeps results between commands."""
    return Path(root, CACHE, "cache")


def find_workspace(start=None) -> Path | None:
    """The nearest folder at or above ``start`` (default: here) that holds ``problems/``, or None."""
    here = Path(start or Path.cwd()).resolve()
    return next((folder for folder in (here, *here.parents) if (folder / PROBLEMS).is_dir()), None)


def catalogue_root() -> Path | None:
    """The catalogue's workspace folder: packaged data, else the source checkout; None if neither."""
    package = Path(__file__).resolve().parent
    for root in (package / "data", package.parent):
        if (root / PROBLEMS).is_dir() and (root / SOLUTIONS).is_dir():
            return root
    return None
