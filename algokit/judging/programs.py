"""Java, C++ and JavaScript members' files: built once per content, then run by a small driver.

A file in another language than Python is judged through a **driver** shipped in
``drivers/``: a program in that language that reads the call's arguments, calls the
member's function as the platform would, and writes back the answer and the CPU time
of the call alone. The drivers read the member's own declaration, so whatever types the
platform's stub declares (``int[]`` or ``long[]``, ``vector<int>`` or ``const
vector<int>&``, ``long`` or ``int``) the arguments are built to fit:

- **C++**: templates over the function's type (``decltype(&solution)``); the member's file
  is included into the driver, its ``main`` (if any) renamed out of the way.
- **Java**: reflection on the method's generic parameter types; the member's classes are
  loaded by a class loader of their own per call, so static fields start fresh.
- **JavaScript**: the file runs in a fresh ``vm`` context per call.

Stdin programs need no driver: ``public class Main`` (in a file of any name, as
BaekjoonHub saves it), ``int main()`` or a Node.js script reading ``/dev/stdin``, each
started afresh per test case. A small launcher (Java) or preload (Node.js) records the
CPU time from the end of the runtime's start-up, so JVM and Node.js start-up are never
counted against a member; a C++ program's time is its whole CPU time.

Values cross in one self-describing text format, both ways, which needs no library a
fresh JDK, g++ or Node.js lacks:
``i <int>`` | ``f <float>`` | ``b 0|1`` | ``s <bytes> <raw bytes>`` | ``l <count> <items>`` | ``n``.

**Built once per content.** Compiling (g++ about 1.5 s, javac about 1 s here) happens
once per file content, driver and entry point, in ``.algokit/build/`` of the workspace
(or the user's cache folder when the workspace is read-only); a compile error is cached
too, and is the file's verdict, CE, with the compiler's first lines.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from .. import languages, layout
from ..valuetypes import parse_type

DRIVERS = Path(__file__).resolve().parent / "drivers"
COMPILE_TIMEOUT = 120.0  # seconds a compiler may take on one file
CE_LINES = 12  # lines of the compiler's complaint kept for the verdict
MLE_EXIT = 86  # the exit status the stdin launchers use for "out of memory under the cap"
CPP_FLAGS = ("-std=gnu++17", "-O2", "-pipe", "-DONLINE_JUDGE", "-DBOJ")  # Baekjoon's, but -static
CPP_HEADROOM_MB = 64  # address space a C++ program gets beyond the problem's memory: its libraries and stack
BUILD_VERSION = "1"  # bump when a driver's protocol changes, so old builds are not reused
_PUBLIC_CLASS = re.compile(r"^\s*public\s+(?:final\s+|abstract\s+)*class\s+(\w+)", re.MULTILINE)
_PACKAGE = re.compile(r"^\s*package\s+[\w.]+\s*;", re.MULTILINE)


@dataclass(frozen=True)
class Program:
    """How to run a built file: the argv (with ``{args}``, ``{answer}``, ``{loops}`` to fill), or why not.

    ``error`` holds the compiler's complaint when the file does not compile (CE).
    ``address_space_mb``: the cap on the program's address space (C++); 0 where the
    runtime caps its own heap instead (``-Xmx``, ``--max-old-space-size``).
    """

    language: str
    argv: tuple[str, ...] = ()
    error: str = ""
    address_space_mb: int = 0
    startup: float = 0.0
    serves: bool = False  # its driver answers many calls in one process, fresh state per call
    folder: str = ""  # the member's build folder, which the sandbox lets its run read


def prepare(path, style, function, class_name, memory_mb, root=None, keeps_state=False) -> Program:
    """Build ``path`` (once per content) for the problem's style and entry point.

    ``keeps_state``: the platform keeps a solution's state between test cases (LeetCode
    runs them all in one process), so a C++ driver serves every call in one process too.

    Raises ``languages.MissingToolchain`` when the compiler or runtime is not installed.
    """
    language = languages.of_path(path)
    languages.require_tools(language)
    source = Path(path).read_bytes()
    if language.id == "cpp":
        program = _cpp(path, source, style, function, class_name, memory_mb, root)
        return replace(program, serves=keeps_state and style != "stdin" and not program.error)
    if language.id == "java":
        return _java(path, source, style, function, class_name, memory_mb, root)
    if language.id == "js":
        return _js(path, source, style, function, class_name, memory_mb, root)
    raise ValueError(f"not a compiled language: {language.id}")


# --- building -------------------------------------------------------------------------------


def _build_root(root) -> Path:
    """``.algokit/build/`` in the workspace where it can be written, else the user's cache folder."""
    candidates = []
    if root is not None:
        candidates.append(Path(root, layout.CACHE, "build").resolve())
    cache_home = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    candidates += [Path(cache_home, "algokit", "build"), Path(tempfile.gettempdir(), "algokit-build")]
    for folder in candidates:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            if os.access(folder, os.W_OK):
                return folder
        except OSError:
            continue
    raise OSError("no writable folder for compiled files")


def _built(root, language, parts, make) -> tuple[Path, str]:
    """The build folder for ``parts`` (made by ``make(folder) -> error text`` if new): ``(folder, error)``.

    Builds go to a temporary folder renamed into place, so two processes building the
    same file at once (``pytest -n``) never see half a build.
    """
    digest = hashlib.sha256(b"\0".join([BUILD_VERSION.encode(), *parts])).hexdigest()[:20]
    base = _build_root(root)
    final = base / f"{language}-{digest}"
    if not (final / "done").exists():
        temporary = Path(tempfile.mkdtemp(prefix=f".{language}-", dir=base))
        error = make(temporary)
        (temporary / "error.txt").write_text(error, encoding="utf-8")
        (temporary / "done").write_text("", encoding="utf-8")
        try:
            os.rename(temporary, final)
        except OSError:  # another process built it first
            shutil.rmtree(temporary, ignore_errors=True)
    return final, (final / "error.txt").read_text(encoding="utf-8")


def _compile(argv, cwd, member_name, build_folder) -> str:
    """Run a compiler: "" when it succeeded, else its first lines, naming the member's file."""
    try:
        # LC_ALL=C: the compiler's messages in plain ASCII, the same on every machine
        done = subprocess.run(argv, cwd=cwd, capture_output=True, timeout=COMPILE_TIMEOUT,
                              env=dict(os.environ, LC_ALL="C"))
    except subprocess.TimeoutExpired:
        return f"the compiler took over {COMPILE_TIMEOUT:g} s"
    if done.returncode == 0:
        return ""
    text = (done.stderr or done.stdout).decode("utf-8", errors="replace")
    text = text.replace(str(build_folder) + os.sep, "").replace(str(build_folder), "")
    lines = [line for line in text.splitlines()
             if line.strip() and not (line.startswith("In file included from") and "driver.cpp" in line)]
    kept = "\n".join(lines[:CE_LINES]) + (f"\n... ({len(lines) - CE_LINES} more lines)" if len(lines) > CE_LINES else "")
    return f"{member_name} does not compile:\n{kept}"


def _cpp(path, source, style, function, class_name, memory_mb, root) -> Program:
    compiler = shutil.which("g++")
    driver = (DRIVERS / ("stdin_memory.cpp" if style == "stdin" else "driver.cpp")).read_bytes()
    no_processes = (DRIVERS / "no_processes.cpp").read_bytes()
    if style == "stdin":
        entry = []
    elif style == "class":
        entry = [f"-DALGOKIT_CLASS={class_name}", f"-DALGOKIT_METHOD={function}"]
    else:
        entry = [f"-DALGOKIT_FUNCTION={function}"]
    member_name = Path(path).name

    def make(folder):
        (folder / "member.cpp").write_bytes(source)
        (folder / "driver.cpp").write_bytes(driver)
        (folder / "no_processes.cpp").write_bytes(no_processes)
        if style == "stdin":
            sources = ["member.cpp", "driver.cpp", "no_processes.cpp"]
        else:
            sources = ["driver.cpp", "no_processes.cpp", f'-DALGOKIT_MEMBER="{folder / "member.cpp"}"']
        error = _compile([compiler, *CPP_FLAGS, *entry, *sources, "-o", "program"], folder, member_name, folder)
        return error.replace("member.cpp", member_name)

    folder, error = _built(root, "cpp", [source, driver, no_processes, compiler.encode(), " ".join(entry).encode(),
                                         " ".join(CPP_FLAGS).encode()], make)
    if error:
        return Program("cpp", error=error)
    program = str(folder / "program")
    argv = (program,) if style == "stdin" else (program, "{args}", "{answer}", "{loops}")
    return Program("cpp", argv, address_space_mb=memory_mb + CPP_HEADROOM_MB, startup=0.2, folder=str(folder))


def _java_flags(memory_mb):
    stack = min(512, memory_mb)
    # Baekjoon's: a heap as large as the limit, a deep stack, the serial collector.
    return (f"-Xmx{memory_mb}m", f"-Xss{stack}m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
            "-XX:TieredStopAtLevel=4", "-Xshare:auto")


def _java(path, source, style, function, class_name, memory_mb, root) -> Program:
    javac, java = shutil.which("javac"), shutil.which("java")
    text = source.decode("utf-8", errors="replace")
    public = _PUBLIC_CLASS.search(text)
    # javac wants a public class in a file of its name: BaekjoonHub saves `public class Main`
    # as `미로 탐색.java`, so the file is copied under the name javac expects.
    file_name = f"{public.group(1)}.java" if public else ("Main.java" if style == "stdin" else f"{class_name}.java")
    member_name = Path(path).name
    drivers = [(DRIVERS / name).read_bytes() for name in ("AlgokitDriver.java", "AlgokitMain.java")]

    def make(folder):
        (folder / "member").mkdir()
        (folder / "driver").mkdir()
        (folder / "member" / file_name).write_bytes(source)
        if _PACKAGE.search(text):
            return (f"{member_name} does not compile:\nit declares a package; the judge runs classes in the "
                    f"default package, so remove the `package ...;` line")
        error = _compile([javac, "-encoding", "UTF-8", "-nowarn", "-d", "member", f"member/{file_name}"], folder,
                         member_name, folder)
        if error:
            return error.replace(f"member/{file_name}", member_name)
        for name, data in zip(("AlgokitDriver.java", "AlgokitMain.java"), drivers):
            (folder / "driver" / name).write_bytes(data)
        return _compile([javac, "-encoding", "UTF-8", "-nowarn", "-d", "driver", "driver/AlgokitDriver.java",
                         "driver/AlgokitMain.java"], folder, "algokit's Java driver", folder)

    folder, error = _built(root, "java", [source, *drivers, javac.encode(), file_name.encode()], make)
    if error:
        return Program("java", error=error)
    flags = _java_flags(memory_mb)
    member, driver = str(folder / "member"), str(folder / "driver")
    if style == "stdin":
        main = public.group(1) if public else "Main"
        argv = (java, *flags, "-cp", os.pathsep.join([member, driver]), "AlgokitMain", "{answer}", main)
    else:
        argv = (java, *flags, "-cp", driver, "AlgokitDriver", member, class_name, function, "{args}", "{answer}",
                "{loops}")
    return Program("java", argv, startup=2.0, serves=style != "stdin", folder=str(folder))


def _js(path, source, style, function, class_name, memory_mb, root) -> Program:
    node = shutil.which("node")
    drivers = [(DRIVERS / name).read_bytes() for name in ("driver.js", "stdin.js")]

    def make(folder):
        (folder / "member.js").write_bytes(source)
        (folder / "driver.js").write_bytes(drivers[0])
        (folder / "stdin.js").write_bytes(drivers[1])
        return ""

    folder, _ = _built(root, "js", [source, *drivers], make)
    heap = f"--max-old-space-size={memory_mb}"
    member = str(folder / "member.js")
    if style == "stdin":
        argv = (node, heap, "-r", str(folder / "stdin.js"), member)
    else:
        # LeetCode's JavaScript entry is a global function named like the method: var twoSum = function ...
        argv = (node, heap, str(folder / "driver.js"), member, function, "{args}", "{answer}", "{loops}")
    return Program("js", argv, startup=1.0, serves=style != "stdin", folder=str(folder))


# --- the wire format --------------------------------------------------------------------------


def encode(values) -> bytes:
    """The call's arguments in the drivers' format."""
    out = []
    for value in values:
        _encode(value, out)
    return b"".join(out)


def _encode(value, out):
    if value is None:
        out.append(b"n\n")
    elif isinstance(value, bool):
        out.append(b"b 1\n" if value else b"b 0\n")
    elif isinstance(value, int):
        out.append(b"i %d\n" % value)
    elif isinstance(value, float):
        out.append(b"f " + repr(value).encode() + b"\n")
    elif isinstance(value, str):
        data = value.encode("utf-8")
        out.append(b"s %d " % len(data) + data + b"\n")
    elif isinstance(value, (list, tuple)):
        out.append(b"l %d\n" % len(value))
        for item in value:
            _encode(item, out)
    else:
        raise TypeError(f"a {type(value).__name__} cannot be sent to a Java, C++ or JavaScript solution")


class WireError(ValueError):
    """A driver's answer that does not parse."""


def decode(data: bytes):
    """The one value in ``data``, in the drivers' format."""
    value, at = _decode(data, _skip(data, 0))
    if _skip(data, at) != len(data):
        raise WireError("more than one value")
    return value


def _skip(data, at):
    while at < len(data) and data[at] in b" \n\r":
        at += 1
    return at


def _word(data, at):
    at = _skip(data, at)
    end = at
    while end < len(data) and data[end] not in b" \n\r":
        end += 1
    return data[at:end].decode("ascii", errors="replace"), end


def _decode(data, at):
    tag, at = _word(data, at)
    try:
        if tag == "i":
            text, at = _word(data, at)
            return int(text), at
        if tag == "f":
            text, at = _word(data, at)
            return float(text), at
        if tag == "b":
            text, at = _word(data, at)
            return text == "1", at
        if tag == "n":
            return None, at
        if tag == "s":
            text, at = _word(data, at)
            size = int(text)
            start = at + 1
            return data[start:start + size].decode("utf-8", errors="replace"), start + size
        if tag == "l":
            text, at = _word(data, at)
            items = []
            for _ in range(int(text)):
                item, at = _decode(data, at)
                items.append(item)
            return items, at
    except ValueError as error:
        raise WireError(str(error)) from None
    raise WireError(f"unknown tag {tag!r}")


def fit(value, returns):
    """``value`` as the spec's return type where the language cannot say it: JavaScript's
    whole numbers for a ``float``, a Java ``char[]`` for a ``str``."""
    if not returns:
        return value
    try:
        return _fit(value, parse_type(returns))
    except ValueError:
        return value


def _fit(value, parsed):
    if isinstance(parsed, tuple):
        if parsed[0] == "list" and isinstance(value, list):
            return [_fit(item, parsed[1]) for item in value]
        return value
    if parsed == "float" and type(value) is int:
        return float(value)
    if parsed == "str" and isinstance(value, list) and all(isinstance(c, str) and len(c) == 1 for c in value):
        return "".join(value)
    return value
