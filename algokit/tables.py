"""Terminal output with Rich: the timing table (Korean names line up) and the progress bar."""

from __future__ import annotations

import contextlib
import sys

from .timing import footer, table_rows


def _console(stderr=False):
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    # Not a terminal (a pipe, a file): keep every column whole rather than wrap at 80.
    return Console(file=stream, width=None if stream.isatty() else 200)


def show_timing(timing):
    """Print the timing table and its footer."""
    from rich.table import Table

    header, rows = table_rows(timing)
    table = Table(title=f"{timing.problem}: seconds per call", title_justify="left")
    for i, name in enumerate(header):
        table.add_column(name, justify="left" if i == 0 else "right", no_wrap=True)
    for row in rows:
        table.add_row(*[_style(text) for text in row])
    console = _console()
    console.print(table)
    for line in footer(timing):
        console.print(line, style="yellow" if line.startswith(("warning", "interrupted")) else None,
                      highlight=False)


def _style(text):
    if text in ("WA", "RE", "TLE", "MLE"):
        return f"[bold red]{text}[/]"
    if text.startswith("est."):
        return f"[dim]{text}[/]"
    return text


@contextlib.contextmanager
def progress(enabled=True):
    """A progress bar on stderr; yields ``update(done, total, text)``, a no-op when disabled."""
    if not enabled or not sys.stderr.isatty():
        yield None
        return
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
                  TimeElapsedColumn(), console=_console(stderr=True), transient=True) as bar:
        task = bar.add_task("timing", total=1)

        def update(done, total, text):
            bar.update(task, completed=done, total=total, description=text)

        yield update
