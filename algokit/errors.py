"""The one exception family algokit raises for a user's mistake."""


class AlgokitError(Exception):
    """A problem the user can fix; its message says where and what to do."""


class SpecError(AlgokitError):
    """A malformed problem spec: names the file, the field and what is expected."""

    def __init__(self, path, field, problem, hint=""):
        self.path, self.field, self.problem, self.hint = path, field, problem, hint
        where = f"{path}: {field}" if field else str(path)
        super().__init__(f"{where}: {problem}" + (f" ({hint})" if hint else ""))
