"""``algokit week``'s output: one cell per member and problem, as text, Markdown and JSON."""

from __future__ import annotations

from .timing import ratio_width


def cell_text(cell):
    """``—`` (no file), ``stub``, a failing status, or ``OK 1.20x ±3%``."""
    if not cell.status:
        return "—"
    if cell.status == "OK" and cell.ratio is not None:
        return f"OK {cell.ratio:.2f}x ±{ratio_width(cell.ratio, cell.low, cell.high):.0%}"
    return str(cell.status)


LEGEND = ("Cells: the verdict of `algokit check`; for OK, the time at the largest size against the "
          "baseline (the spec's trusted reference), timed in pairs on every worst case and shown on the "
          "member's slowest: 1.00x = as fast, ± the quartiles of the rounds.")


def footer(week):
    cells = sum(1 for _, row in week.rows for cell in row.values() if cell.status)
    lines = [LEGEND]
    if week.cached:
        lines.append(f"{week.cached} of {cells} cells from the cache (nothing they depend on changed; "
                     f"--fresh works them out again).")
    return lines


def markdown(week):
    lines = [f"| week {week.number} | " + " | ".join(week.members) + " |", "|---|" + "---|" * len(week.members)]
    for spec, cells in week.rows:
        lines.append(f"| {spec.title_ko} ({spec.slug}) | "
                     + " | ".join(cell_text(cells[m]) for m in week.members) + " |")
    return "\n".join(lines + [""] + footer(week))


def as_json(week):
    """``algokit week --json``."""
    return {"week": week.number, "members": week.members, "baseline": week.baselines,
            "rows": [{"problem": spec.slug, "title": {"ko": spec.title_ko, "en": spec.title_en},
                      "cells": {member: {"verdict": cell.status or None, "ratio": cell.ratio, "low": cell.low,
                                         "high": cell.high, "case": cell.case, "message": cell.message,
                                         "counterexample": cell.counterexample, "cached": cell.cached}
                                for member, cell in cells.items()}}
                     for spec, cells in week.rows]}
