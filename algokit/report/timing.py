"""``algokit time``'s output: the table as text, Markdown and JSON, its footer, and the plot."""

from __future__ import annotations

import sys

from ..errors import AlgokitError
from ..timing import SPREAD_WARNING, unstable


def as_json(timing):
    """The ``--json`` document."""
    return {"problem": timing.problem, "sizes": timing.sizes,
            "results": [{"solution": row.label, "file": str(row.path),
                         "times": {str(n): row.cells[n].median if n in row.cells else None for n in timing.sizes},
                         "status": {str(n): row.cells[n].status if n in row.cells else "skipped"
                                    for n in timing.sizes},
                         "complexity": row.fit.name if row.fit else None,
                         "ratio": row.ratio} for row in timing.rows],
            "ratio_size": timing.ratio_size, "case": timing.case, "budget": timing.budget,
            "interrupted": timing.interrupted, "environment": timing.environment}


def seconds_text(seconds):
    """3 significant figures in s, ms or µs."""
    if seconds >= 1000:
        return f"{seconds:,.0f} s"
    if seconds >= 1:
        return f"{seconds:.3g} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.3g} ms"
    return f"{seconds * 1e6:.3g} µs"


def cell_text(row, n, timing):
    """What the table shows for ``row`` at size ``n``: a time, a verdict or an estimate."""
    cell = row.cells.get(n)
    if cell is not None and cell.median is not None:
        return seconds_text(cell.median) + ("±" if cell.spread > SPREAD_WARNING else "")
    if cell is not None and cell.status != "skipped":
        return cell.status
    if n == timing.sizes[-1] and row.estimate is not None:
        return f"est. {seconds_text(row.estimate)}"
    return "—" if not timing.interrupted else ""


def table_rows(timing):
    """Header and rows of the table as text, shared by the terminal and Markdown output."""
    header = ["solution"] + [f"{n:,}" for n in timing.sizes] + ["complexity", "ratio"]
    rows = [[row.label] + [cell_text(row, n, timing) for n in timing.sizes]
            + [row.fit.name if row.fit else "—", f"{row.ratio:.2f}x" if row.ratio is not None else "—"]
            for row in timing.rows]
    return header, rows


def markdown(timing):
    header, rows = table_rows(timing)
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def footer(timing):
    """The lines under the table: what the ratio means, the environment, warnings."""
    env = timing.environment
    lines = [f"{timing.problem}, worst case {timing.case!r}, seed {timing.seed}, budget {timing.budget:g} s per call; "
             f"median of the repeats per call"
             + (f"; ratio to the fastest at {timing.ratio_size:,}" if timing.ratio_size else "")]
    lines.append(f"Python {env['python']} ({env['implementation']}), {env['os']}, {env['cpus']} CPUs, "
                 f"load {env['load']}")
    for label, n, spread in unstable(timing):
        lines.append(f"warning: {label} at {n:,} varies by {spread:.0%} (IQR/median): "
                     f"re-run on a quieter machine before trusting it (marked ±)")
    if timing.interrupted:
        lines.append("interrupted: the table shows what was measured before Ctrl-C")
    return lines


def plot(timing, path):
    """Write a log-log PNG of time against n, one line per solution, TLE points marked."""
    try:
        import matplotlib
    except ImportError:
        raise AlgokitError("--plot needs matplotlib: pip install 'algokit[plot]'") from None
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(8, 5))
    for row in timing.rows:
        points = [(n, row.cells[n].median) for n in timing.sizes if n in row.cells and row.cells[n].median]
        if points:
            line, = axes.plot(*zip(*points), marker="o", label=f"{row.label} ({row.fit.name if row.fit else '?'})")
            failed = [n for n, c in row.cells.items() if c.status == "TLE"]
            if failed:
                axes.plot(failed, [timing.budget] * len(failed), "x", color=line.get_color(), markersize=10,
                          markeredgewidth=2)
    axes.axhline(timing.budget, color="grey", linestyle=":", linewidth=1, label=f"budget {timing.budget:g} s (x: TLE)")
    axes.set(xscale="log", yscale="log", xlabel="n", ylabel="seconds per call",
             title=f"{timing.problem}: worst case {timing.case!r}, Python {sys.version.split()[0]}")
    axes.grid(True, which="both", alpha=0.3)
    axes.legend(fontsize=8)
    figure.tight_layout()
    figure.savefig(path, dpi=120)
    plt.close(figure)
