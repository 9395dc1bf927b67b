"""Terminal output with Rich: the timing table (Korean names line up) and the progress bar."""

from __future__ import annotations

import contextlib
import sys

from .timing import footer, table_rows
from .week import cell_text, unknown_lines
from .week import footer as week_footer


def _console(stderr=False):
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    # Not a terminal (a pipe, a file): keep every column whole rather than wrap at 80.
    return Console(file=stream, width=None if _on_terminal(stream) else 1000)


def _on_terminal(stream):
    """Whether ``stream`` is a terminal: progress is drawn there only, never in a pipe or a file."""
    return stream.isatty()


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
    if text in ("WA", "RE", "TLE", "MLE", "CE"):
        return f"[bold red]{text}[/]"
    if text == "BUSY":  # not judged: the machine was too busy (a warning under the table says so)
        return f"[bold yellow]{text}[/]"
    if text.startswith("est."):
        return f"[dim]{text}[/]"
    return text


@contextlib.contextmanager
def progress(enabled=True):
    """A progress bar on stderr; yields ``update(done, total, text)``, a no-op when disabled."""
    if not enabled or not _on_terminal(sys.stderr):
        yield None
        return
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
                  TimeElapsedColumn(), console=_console(stderr=True), transient=True) as bar:
        task = bar.add_task("timing", total=1)

        def update(done, total, text):
            bar.update(task, completed=done, total=total, description=text)

        yield update


@contextlib.contextmanager
def status(enabled=True):
    """A spinner line on stderr; yields ``update(text)``, a no-op when disabled or not a terminal."""
    if not enabled or not _on_terminal(sys.stderr):
        yield None
        return
    with _console(stderr=True).status("working") as spinner:
        yield lambda text: spinner.update(text)


def show_week(week):
    """Problems as rows, members as columns: verdict and speed against the baseline."""
    from rich.table import Table

    table = Table(title=f"week {week.number}", title_justify="left")
    table.add_column("problem", no_wrap=True)
    for member in week.members:
        table.add_column(member, justify="center", no_wrap=True)
    for spec, cells in week.rows:
        table.add_row(f"{spec.title_ko} ({spec.slug})", *[_style(cell_text(cells[m])) for m in week.members])
    console = _console()
    console.print(table)
    for line in week_footer(week) + unknown_lines(week):
        console.print(line, highlight=False, markup=False)


def show_problems(rows):
    """The catalogue and workspace problems as a table."""
    from rich.table import Table

    table = Table()
    for name in ("id", "제목", "title", "level", "set", "techniques", "refs", "where"):
        table.add_column(name, no_wrap=True)
    for row in rows:
        table.add_row(row["id"], row["title"]["ko"], row["title"]["en"], str(row["level"] or ""),
                      ", ".join(row["parts"]), ", ".join(row["techniques"]), str(row["references"]), row["where"])
    _console().print(table)
