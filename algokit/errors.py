"""The one exception family algokit raises for a user's mistake."""

from pathlib import Path


def shown(path):
    """``path`` as the user would type it: relative to the current folder when inside it."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return str(path)


class AlgokitError(Exception):
    """A problem the user can fix; its message says where and what to do."""


class SpecError(AlgokitError):
    """A malformed problem spec: names the file, the field and what is expected."""

    def __init__(self, path, field, problem, hint=""):
        self.path, self.field, self.problem, self.hint = path, field, problem, hint
        where = f"{shown(path)}: {field}" if field else shown(path)
        super().__init__(f"{where}: {problem}" + (f" ({hint})" if hint else ""))


def shell_word(text):
    """``text`` as one word to paste into a shell: quoted only when it must be (a space, a quote...).

    ``shlex.quote`` would also quote every Korean name, which reads badly in a command to copy.
    """
    import re
    import shlex

    return shlex.quote(text) if re.search(r"[\s'\"\\$`!*?&;|<>(){}\[\]#~]", text) or not text else text
