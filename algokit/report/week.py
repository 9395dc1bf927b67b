"""``algokit week``'s output: one cell per member and problem, as text, Markdown and JSON.

The Markdown is a session report for the group's README: the table, then per
problem each solution's speed and fitted complexity next to the baseline's, a plot
link, and a ``<details>`` block per failing member with the smallest counterexample
and the first hint. It holds nothing that changes between two runs with nothing
changed (what came from the cache goes to stderr: see :func:`cache_note`), so
``--update`` rewrites a README to the very same bytes.
"""

from __future__ import annotations

import html
import os
from pathlib import Path
from urllib.parse import quote

from .. import languages
from ..errors import AlgokitError
from ..judging.timing import INTERVAL_CONFIDENCE
from ..verdicts import Mark, Status
from .problems import HINT_LABELS
from .timing import fit_text, log_log_png, ratio_width
from .verdicts import describe_input, value_text


def cell_text(cell):
    """``—`` (no file), ``stub``, a failing status, or ``OK 1.20x ±3%``."""
    if cell.status == Mark.NO_FILE:
        return "—"
    if cell.status == Status.OK and cell.ratio is not None:
        return f"OK {cell.ratio:.2f}x ±{ratio_width(cell.ratio, cell.low, cell.high):.0%}" + language_note(cell)
    return str(cell.status) + language_note(cell)


def language_note(cell):
    """`` · Java`` beside a cell whose file is not Python: its limit and its speed are that language's."""
    language = languages.get(cell.language)
    return f" · {language.name}" if language is not None and language is not languages.PYTHON else ""


LEGEND = ("Cells: the verdict of `algokit check`; for OK, the time at the largest size against the "
          "baseline (the spec's trusted reference), timed in pairs on every worst case and shown on the "
          f"member's slowest: 1.00x = as fast, ± an interval that holds the median of the rounds with "
          f"{INTERVAL_CONFIDENCE:.0%} confidence.")
COMPLEXITY_LEGEND = ("Complexity: the class fitted to each solution's median times at a few sizes up to the "
                     "largest, on its slowest worst case; `?` marks a poor fit, with the growth per doubling of n.")


def footer(week):
    """The lines under the terminal table: the legend, and how much came from the cache."""
    return [LEGEND] + ([cache_note(week)] if week.cached else [])


def cache_note(week):
    """How many cells came from the cache: true of this run only, so never part of the Markdown block."""
    cells = sum(1 for _, row in week.rows for cell in row.values() if cell.status != Mark.NO_FILE)
    return (f"{week.cached} of {cells} cells from the cache (nothing they depend on changed; "
            f"--fresh works them out again).")


def markdown(week, plots=None):
    """The week as a Markdown session report; ``plots`` is ``{slug: link}`` (relative, with ``/``).

    The same input gives the same text, byte for byte: it depends only on the cells,
    which a second run reads back from the cache.
    """
    plots = plots or {}
    lines = [f"| week {week.number} | " + " | ".join(map(table_cell, week.members)) + " |",
             "|---|" + "---|" * len(week.members)]
    for spec, cells in week.rows:
        lines.append(f"| {table_cell(f'{spec.title_ko} ({spec.slug})')} | "
                     + " | ".join(cell_text(cells[m]) for m in week.members) + " |")
    lines += unknown_lines(week, code_span)
    lines += ["", LEGEND, "", COMPLEXITY_LEGEND]
    for spec, cells in week.rows:
        lines += problem_section(spec, cells, week.references.get(spec.slug), week.baselines[spec.slug],
                                 plots.get(spec.slug))
    return "\n".join(lines)


def problem_section(spec, cells, reference, baseline, plot):
    """One problem: speed and complexity per solution, the baseline first; its plot; a block per failure."""
    members = [(member, cell) for member, cell in cells.items() if cell.status != Mark.NO_FILE]
    if not members:
        return []
    size = f"{spec.size_label} = {spec.size_max:,}"
    lines = ["", f"**{md_text(spec.title_ko)} ({spec.slug})**", "",
             f"| solution | verdict | speed at {table_cell(size)} | complexity |", "|---|---|---|---|",
             f"| baseline `{table_cell(baseline)}` | OK | 1.00x | {complexity_text(reference)} |"]
    for member, cell in members:
        speed = (cell_text(cell).removeprefix("OK ").removesuffix(language_note(cell))
                 if cell.status == Status.OK and cell.ratio is not None else "—")
        lines.append(f"| {table_cell(member + language_note(cell))} | {table_cell(cell.status)} | {speed} | "
                     f"{complexity_text(cell)} |")
    if plot:
        lines += ["", f"![{md_text(spec.title_ko)}: seconds per call against {md_text(spec.size_label)}, "
                      f"log-log]({plot})"]
    for member, cell in members:
        if cell.status != Status.OK:
            lines += [""] + details(spec, member, cell)
    return lines


def complexity_text(cell):
    """A cell's fitted class, as ``algokit time`` shows it; ``—`` without a fit (or without the cell)."""
    if cell is None:
        return "—"
    return fit_text(cell.complexity, cell.fit_trusted, cell.growth)


def details(spec, member, cell):
    """A collapsed block for a member who is not OK: message, smallest counterexample, hint 1 (ko, en).

    GitHub renders Markdown inside ``<details>`` only after a blank line following
    ``<summary>``; values go in fenced blocks, so nothing in them is read as Markdown.
    """
    lines = ["<details>", f"<summary>{html.escape(member)}: {html.escape(cell.status)} on "
                          f"{html.escape(spec.title_ko)} ({spec.slug})</summary>", ""]
    if cell.message:
        lines += [code_span(cell.message), ""]
    found = cell.counterexample if cell.status != Mark.STUB else None  # a stub's failing input tells nothing
    if found:
        args = [found["input"].get(name) for name in spec.names]
        origin = f", {found['where']}" if found.get("where") else ""  # example 3, cross-check, or a worst case
        lines += [f"Input (the smallest found{origin}):", ""] + fenced("\n".join(describe_input(spec, args)))
        lines += ["", "Expected:", ""] + fenced(value_text(found.get("expected")))
        if cell.status == Status.WA:
            got = found["got_repr"] if "got_repr" in found else value_text(found.get("got"))
            lines += ["", "Got:", ""] + fenced(got)
        lines.append("")
    if spec.hints:
        ko, en = HINT_LABELS[1]
        lines += [f"힌트 1 ({ko}): {md_text(spec.hints[0].ko)}", "",
                  f"Hint 1 ({en}): {md_text(spec.hints[0].en)}", ""]
    return lines + ["</details>"]


def table_cell(text):
    """Text that stays inside one Markdown table cell: ``|`` escaped, lines joined."""
    return " ".join(str(text).split("\n")).replace("|", "\\|")


def md_text(text):
    """Plain text in Markdown: no HTML tag can start in it, no link bracket can close."""
    return html.escape(str(text), quote=False).replace("[", "\\[").replace("]", "\\]")


def code_span(text):
    """Inline code holding ``text`` whatever backticks it has (CommonMark: a longer fence, padded)."""
    text = " ".join(str(text).split())
    fence = "`" * (_longest_run(text, "`") + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def fenced(text):
    """A fenced code block holding ``text``: its fence is longer than any run of backticks inside."""
    fence = "`" * max(3, _longest_run(text, "`") + 1)
    return [fence + "text", *text.split("\n"), fence]


def _longest_run(text, char):
    longest = run = 0
    for c in text:
        run = run + 1 if c == char else 0
        longest = max(longest, run)
    return longest


def plot(week, folder):
    """One log-log PNG per problem in ``folder``: each member's times and the baseline's.

    Returns ``({slug: path}, notes)``. Drawn from the cells, so plots of a cached week
    need no timing.
    """
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise AlgokitError(f"--plot {folder}: cannot make that folder ({error.strerror}); give another") from None
    written, notes = {}, []
    for spec, cells in week.rows:
        reference = week.references.get(spec.slug)
        series = [(f"baseline {Path(week.baselines[spec.slug]).stem}", reference)]
        series += [(member, cell) for member, cell in cells.items() if cell.status == Status.OK]
        lines = [(f"{label} ({complexity_text(cell)})", _points(cell), []) for label, cell in series if cell]
        if not any(points for _, points, _ in lines):
            continue
        path = folder / f"week{week.number}-{spec.slug}.png"
        notes += log_log_png(path, f"week {week.number}, {spec.title_ko} ({spec.slug}): each on its slowest "
                                   f"worst case", lines, spec.time_limit, xlabel=spec.size_label)
        written[spec.slug] = path
    return written, list(dict.fromkeys(notes))


def _points(cell):
    return sorted((int(n), seconds) for n, seconds in (cell.times or {}).items() if seconds)


def unknown_lines(week, quoted=str):
    """Files of the week's problems whose author is not in ``members``: listed once each, never dropped."""
    if not week.unknown:
        return []
    return (["", "Unknown authors (not in `members` of algokit.toml: add them there to give them a column):", ""]
            + [f"- {quoted(path)} ({slug}): {author}" for slug, path, author in week.unknown])


def link(path, start):
    """``path`` relative to the folder ``start``, as a Markdown link target: ``/`` and %-escapes."""
    return quote(Path(os.path.relpath(os.path.abspath(path), os.path.abspath(start))).as_posix())


def as_json(week, environment=None):
    """``algokit week --json``; ``environment``: the runner and the sandbox (``sandbox.environment``)."""
    return {"week": week.number, "members": week.members, "baseline": week.baselines, "environment": environment,
            "unknown": [{"problem": slug, "file": path, "author": author} for slug, path, author in week.unknown],
            "rows": [{"problem": spec.slug, "title": {"ko": spec.title_ko, "en": spec.title_en},
                      "reference": {"file": week.baselines[spec.slug], **_fit_json(week.references.get(spec.slug))},
                      "cells": {member: {"verdict": None if cell.status == Mark.NO_FILE else str(cell.status), "ratio": cell.ratio, "low": cell.low,
                                         "high": cell.high, "case": cell.case, "message": cell.message,
                                         "counterexample": cell.counterexample, **_fit_json(cell),
                                         "language": cell.language or None,
                                         "cached": cell.cached}
                                for member, cell in cells.items()}}
                     for spec, cells in week.rows]}


def _fit_json(cell):
    """The fit and the times behind it, as ``algokit time --json`` names them."""
    if cell is None:
        return {"complexity": None, "fit_error": None, "fit_trusted": False, "growth_per_doubling": None,
                "times": {}}
    return {"complexity": cell.complexity, "fit_error": cell.fit_error, "fit_trusted": cell.fit_trusted,
            "growth_per_doubling": cell.growth, "times": cell.times or {}}
