"""The languages members write, each in one row: its file extensions, its tools, its time limit.

A member's file is judged in the language its extension names (``.py``, ``.java``,
``.cpp``/``.cc``/``.cxx``, ``.js``), whatever the group's pattern says. Real groups mix
them: in public Korean study repositories Java is a third to a half of the files, C++
about a quarter, and 삼성 B형 allows no Python at all, so groups preparing for it keep
Java and C++.

**The time limit per language.** A spec's ``limits.time`` is calibrated on CPython.
A compiled member must not pass the next complexity class just because the language is
faster, so the limit shrinks by a factor per language, unless the spec records its own
limit for that language (``limits.languages``). The anchor is Baekjoon's rule of extra
time: Java gets 2T + 1 s and Python 3T + 2 s for a C++ limit of T, so at T = 1 to 2 s
C++ has a quarter of Python's time and Java about 0.6 of it. JavaScript, JIT-compiled and
garbage-collected like Java, gets Java's share. The spec limits keep several times the
intended CPython reference's time, and the intended method in C++ or Java is faster than
CPython by more than these factors, so it keeps passing; the next class at the maximum
is hundreds of times slower, and fails in every language.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from .errors import AlgokitError, shown


@dataclass(frozen=True)
class Language:
    """One language members write: how files are named, what runs them, how much time they get."""

    id: str  # as specs and algokit.toml write it: "java"
    name: str  # as a table shows it
    extensions: tuple[str, ...]  # the first is the one new files get
    spellings: tuple[str, ...]  # what --lang accepts
    tools: tuple[str, ...]  # commands that must be on PATH to judge its files
    install: str  # how to get them, for the message when one is missing
    share: float  # the fraction of the spec's (CPython) time limit it gets
    startup: float  # CPU seconds a run may spend starting up (JVM, Node.js) before the watch counts it as TLE

    @property
    def extension(self) -> str:
        return self.extensions[0]

    def time_limit(self, spec_limit, recorded=None) -> float:
        """The limit a file in this language gets: the spec's own for it, else the share of CPython's."""
        if recorded is not None:
            return float(recorded)
        return round(spec_limit * self.share, 3)

    def limit_rule(self, spec_limit, recorded=None) -> str:
        """How the limit was set, in a few words, for ``check``'s output."""
        seconds = self.time_limit(spec_limit, recorded)
        if recorded is not None:
            return f"{seconds:g} s for {self.name} (the problem's own)"
        if self.share == 1:
            return f"{seconds:g} s"
        return f"{seconds:g} s for {self.name} ({self.share:g} of Python's {spec_limit:g} s)"


PYTHON = Language("python", "Python", (".py",), ("python", "py", "python3"), (), "", 1.0, 0.0)
LANGUAGES = (
    PYTHON,
    Language("java", "Java", (".java",), ("java",), ("javac", "java"),
             "install a JDK 17 or newer (macOS: brew install openjdk; Windows: winget install "
             "EclipseAdoptium.Temurin.17.JDK; Debian/Ubuntu: apt install default-jdk)", 0.6, 2.0),
    Language("cpp", "C++", (".cpp", ".cc", ".cxx"), ("cpp", "c++", "cc", "cxx", "g++"), ("g++",),
             "install g++ (macOS: xcode-select --install, or brew install gcc; Windows: MSYS2's "
             "mingw-w64-ucrt-x86_64-gcc; Debian/Ubuntu: apt install g++)", 0.25, 0.2),
    Language("js", "JavaScript", (".js",), ("js", "javascript", "node", "nodejs"), ("node",),
             "install Node.js 18 or newer (https://nodejs.org, brew install node, winget install "
             "OpenJS.NodeJS.LTS, or apt install nodejs)", 0.6, 1.0),
)
IDS = tuple(language.id for language in LANGUAGES)
EXTENSIONS = tuple(extension for language in LANGUAGES for extension in language.extensions)
SUPPORTED = ", ".join(f"{language.name} ({'/'.join(language.extensions)})" for language in LANGUAGES)


class UnsupportedLanguage(AlgokitError):
    """A file in a language the kit does not judge."""


class MissingToolchain(AlgokitError):
    """A language's compiler or runtime is not installed: a usage error, never a member's verdict."""


def get(language_id) -> Language | None:
    return next((language for language in LANGUAGES if language.id == language_id), None)


def named(text) -> Language | None:
    """The language ``text`` spells (``java``, ``C++``, ``node``), or None."""
    wanted = text.strip().lower()
    return next((language for language in LANGUAGES if wanted in (language.id, *language.spellings)), None)


def is_solution(path) -> bool:
    """Whether ``path`` has an extension of a judged language."""
    return Path(path).suffix.lower() in EXTENSIONS


def of_path(path) -> Language:
    """The language of a file, from its extension; UnsupportedLanguage names the supported ones."""
    suffix = Path(path).suffix.lower()
    found = next((language for language in LANGUAGES if suffix in language.extensions), None)
    if found is None:
        raise UnsupportedLanguage(f"{shown(path)}: algokit judges {SUPPORTED} files; "
                                  f"rename it, or rewrite it in one of those")
    return found


def require_tools(language) -> None:
    """Raise MissingToolchain when a tool ``language`` needs is not on PATH."""
    for tool in language.tools:
        if shutil.which(tool) is None:
            raise MissingToolchain(f"{language.name} files need `{tool}`, which is not on PATH: "
                                   f"{language.install}; then run the command again")
