"""A generated block inside a user's file, between two marker lines, rewritten in place.

    <!-- algokit:week 4 -->
    ...whatever algokit wrote...
    <!-- /algokit:week 4 -->

The file is the group's own (a README), so only the lines between the markers
change: every other byte stays as it was, line endings (LF or CRLF), a missing
final newline and a byte-order mark included; the block takes the file's line
ending. Markers that do not make one clear pair are an error naming the line, and
nothing is written. The new file is written beside the old one and moved over it
(``os.replace``), so a crash leaves the old file or the new one, never half of each.
Writing the same block twice gives the same bytes: the block must be a function of
its content only.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from ..errors import AlgokitError, shown


class MarkerError(AlgokitError):
    """The markers in a file do not make one clear pair."""


def begin(name) -> str:
    return f"<!-- algokit:{name} -->"


def end(name) -> str:
    return f"<!-- /algokit:{name} -->"


def _marker(line, name):
    """``"begin"``, ``"end"`` or None: whether ``line`` is alone a marker of block ``name`` (spacing aside)."""
    found = re.fullmatch(r"\s*<!--\s*(/?)algokit:(.*?)\s*-->\s*", line)
    if not found or " ".join(found.group(2).split()) != name:
        return None
    return "end" if found.group(1) else "begin"


def find(text, name, path):
    """``(begin line, end line)``, 0-based indexes into ``text.splitlines(keepends=True)``, or None.

    Raises MarkerError, naming ``path`` and the line, when there is one marker only,
    two of a kind, or the end before the begin.
    """
    begins, ends = [], []
    for i, line in enumerate(text.splitlines()):
        kind = _marker(line, name)
        if kind:
            (begins if kind == "begin" else ends).append(i)
    where = shown(path)
    fix = f"leave one `{begin(name)}` line and one `{end(name)}` line below it (or neither, to append the block)"
    for kind, lines in (("begin", begins), ("end", ends)):
        if len(lines) > 1:
            marker = begin(name) if kind == "begin" else end(name)
            raise MarkerError(f"{where}:{lines[1] + 1}: a second `{marker}` (the first is at line {lines[0] + 1}): "
                              f"{fix}; nothing was written")
    if begins and not ends:
        raise MarkerError(f"{where}:{begins[0] + 1}: `{begin(name)}` has no `{end(name)}` below it: {fix}; "
                          f"nothing was written")
    if ends and not begins:
        raise MarkerError(f"{where}:{ends[0] + 1}: `{end(name)}` has no `{begin(name)}` above it: {fix}; "
                          f"nothing was written")
    if begins and ends[0] < begins[0]:
        raise MarkerError(f"{where}:{ends[0] + 1}: `{end(name)}` comes before `{begin(name)}` (line "
                          f"{begins[0] + 1}): {fix}; nothing was written")
    return (begins[0], ends[0]) if begins else None


def replace(text, name, body, path):
    """``(new text, appended)``: ``body`` put between the markers of ``name``, or appended with them.

    Appended blocks get one blank line before them; the file's last line gets its
    newline first if it had none (the one byte outside the block that changes).
    """
    newline = "\r\n" if "\r\n" in text else "\n"
    inner = newline + newline.join(body.rstrip("\n").split("\n")) + newline + newline
    lines = text.splitlines(keepends=True)
    found = find(text, name, path)
    if found is not None:
        first, last = found
        return "".join(lines[:first + 1]) + inner + "".join(lines[last:]), False
    if text and not text.endswith(("\n", "\r")):
        text += newline
    if text and not text.endswith(newline + newline):
        text += newline
    return text + begin(name) + newline + inner + end(name) + newline, True


def read(path) -> str:
    """The file's text exactly as stored (no newline translation); "" when it does not exist yet."""
    path = Path(path)
    try:
        return path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        return ""
    except UnicodeDecodeError as error:
        raise MarkerError(f"{shown(path)}: not UTF-8 text (byte {error.start}): save it as UTF-8 first; "
                          f"nothing was written") from None
    except OSError as error:
        raise MarkerError(f"{shown(path)}: cannot read it ({error.strerror})") from None


def update(path, name, body):
    """Rewrite block ``name`` of the file at ``path`` with ``body``; ``"updated"``, ``"appended"``,
    ``"created"`` or ``"unchanged"``. Nothing is written when the markers are broken or nothing changed."""
    path = Path(path)
    old = read(path)
    existed = path.exists()
    new, appended = replace(old, name, body, path)
    if new == old:
        return "unchanged"
    try:
        write_atomic(path, new.encode("utf-8"))
    except OSError as error:
        raise MarkerError(f"{shown(path)}: cannot write it ({error.strerror}); the file was left as it was") from None
    return "created" if not existed else "appended" if appended else "updated"


def write_atomic(path, data):
    """Write ``data`` to a temporary file in the same folder, then move it over ``path`` in one step.

    The same folder, so ``os.replace`` is a rename on one file system; a symlink's
    target is the file replaced, and the old file's permissions are kept.
    """
    target = Path(path).resolve()
    if target.exists():
        mode = target.stat().st_mode & 0o7777
    else:  # a new file gets what open() would give it: 0o666 less the umask (mkstemp's is 0o600)
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
