"""``algokit time``'s output: the table as text, Markdown and JSON, its footer, and the plot."""

from __future__ import annotations

import sys
import warnings

from .. import languages
from ..errors import AlgokitError
from ..judging.timing import FIT_TRUSTED, INTERVAL_CONFIDENCE, SPREAD_WARNING, unstable
from ..verdicts import Mark, Status


def as_json(timing):
    """The ``--json`` document: per solution, the case shown, its times, ratios and fit."""
    def series_json(series):
        return {"times": {str(n): series.cells[n].median if n in series.cells else None for n in timing.sizes},
                "status": {str(n): str(series.cells[n].status) if n in series.cells else str(Mark.SKIPPED)
                           for n in timing.sizes}}

    results = []
    for row in timing.rows:
        shown = series_json(row.shown)
        results.append({
            "solution": row.label, "file": str(row.path), "language": languages.of_path(row.path).id,
            "case": row.case, **shown,
            "complexity": row.fit.name if row.fit else None,
            "fit_error": round(row.fit.error, 4) if row.fit else None,
            "fit_trusted": row.fit_trusted, "growth_per_doubling": row.growth,
            "ratio": row.ratio, "ratio_low": row.ratio_low, "ratio_high": row.ratio_high, "ratio_size": row.ratio_size,
            "ratios": {str(n): {"ratio": r[0], "low": r[1], "high": r[2]}
                       for n, c in sorted(row.cells.items()) if n in timing.sizes and (r := c.ratio) is not None},
            "cases": {case: series_json(series) for case, series in row.series.items()}})
    return {"problem": timing.problem, "sizes": timing.sizes, "cases": timing.cases, "baseline": timing.baseline,
            "results": results, "seed": timing.seed, "budget": timing.budget,
            "interrupted": timing.interrupted, "environment": timing.environment}


def language_note(path):
    """`` (Java)`` after a solution that is not Python: a ratio across languages says so."""
    language = languages.of_path(path)
    return "" if language is languages.PYTHON else f" ({language.name})"


def ratio_width(ratio, low, high):
    """The interval around a ratio, as a fraction of it: its wider side."""
    return max(ratio - low, high - ratio) / ratio


def ratio_text(row, baseline):
    """``1.02x ±3%``; ``1.00x (baseline)``; ``—`` when there is none."""
    if row.label == baseline:
        return "1.00x (baseline)" if row.ratio is not None else "—"
    if row.ratio is None:
        return "—"
    return f"{row.ratio:.2f}x ±{ratio_width(row.ratio, row.ratio_low, row.ratio_high):.0%}"


def complexity_text(row):
    """The fitted class; with a "?" and the growth per doubling when the fit is poor."""
    return fit_text(row.fit.name if row.fit else None, row.fit_trusted, row.growth)


def fit_text(name, trusted, growth):
    """``O(n)``; ``O(n)?, x3.5 per doubling`` when the fit is poor; ``—`` with no fit.

    Shared by ``algokit time`` (a fresh Row) and ``algokit week`` (a cached cell).
    """
    if name is None:
        return "—"
    if trusted:
        return name
    return f"{name}?" + (f", x{growth:.1f} per doubling" if growth else "")


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
    if cell is not None and cell.status != Mark.SKIPPED:
        return cell.status
    if n == timing.sizes[-1] and row.estimate is not None:
        return f"est. {seconds_text(row.estimate)}"
    return "—" if not timing.interrupted else ""


def table_rows(timing):
    """Header and rows of the table as text, shared by the terminal and Markdown output."""
    header = ["solution", "case"] + [f"{n:,}" for n in timing.sizes] + ["complexity", "ratio"]
    rows = [[row.label + language_note(row.path), row.case or "—"] + [cell_text(row, n, timing) for n in timing.sizes]
            + [complexity_text(row), ratio_text(row, timing.baseline)]
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
    lines = [f"{timing.problem}: worst cases {', '.join(timing.cases)}, each solution shown on its slowest; "
             f"seed {timing.seed}, budget {timing.budget:g} s per call; median seconds per call",
             f"ratio: against the baseline {timing.baseline} (the spec's trusted reference), whose runs "
             f"come just before and after each run of a solution; the median of the rounds' ratios at the "
             f"largest size both finished, ± an interval holding that median with {INTERVAL_CONFIDENCE:.0%} "
             f"confidence"]
    lanes = env.get("lanes") or []
    where = (f", timed on CPUs {', '.join(map(str, lanes))} side by side, each solution's runs on a case and the "
             f"baseline runs paired with them on one of them" if len(lanes) > 1 else f", timed on CPU {env['timed_on_cpu']}"
             if env.get("timed_on_cpu") is not None else "")
    lines.append(f"Python {env['python']} ({env['implementation']}), {env['os']}, {env['cpus']} CPUs, "
                 f"load {env['load']}" + where)
    for label, n, width in unstable(timing):
        lines.append(f"warning: {label}'s ratio at {n:,} stayed uncertain by ±{width:.0%} after extra rounds: "
                     f"re-run on a quieter machine before trusting it")
    for row in timing.rows:
        for n, cell in sorted(row.cells.items()):
            if cell.status == Status.BUSY:  # the machine's fault, never the file's (``runner``)
                lines.append(f"warning: {row.label} at {n:,}: {cell.message}; re-run on a quieter machine")
            elif cell.status == Status.TLE and cell.message.endswith("not run"):  # ``timing.HOPELESS``
                lines.append(f"note: {row.label}'s TLE at {n:,}: {cell.message}")
        if row.fit is not None and not row.fit_trusted:
            lines.append(f"note: no complexity class fits {row.label} within {FIT_TRUSTED:.0%} "
                         f"(error {row.fit.error:.0%}): {row.fit.name} is a guess")
    if timing.interrupted:
        lines.append("interrupted: the table shows what was measured before Ctrl-C")
    return lines


PLOT_INSTALL = 'pip install "algokit[plot]"'
KOREAN_FONTS = ("Noto Sans CJK KR", "Noto Sans KR", "NanumGothic", "Malgun Gothic", "AppleGothic",
                "Apple SD Gothic Neo", "UnDotum")  # members' names are Korean: one of these draws them


def require_matplotlib(option="--plot"):
    """Fail at once, before any measuring, when the optional plotting extra is missing."""
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        raise AlgokitError(f"{option} needs matplotlib, an optional extra: {PLOT_INSTALL}") from None


def plot(timing, path):
    """Write a log-log PNG of time against n, one line per solution, TLE points marked."""
    lines = []
    for row in timing.rows:
        points = [(n, row.cells[n].median) for n in timing.sizes if n in row.cells and row.cells[n].median]
        failed = [n for n, c in row.cells.items() if c.status == Status.TLE]
        lines.append((f"{row.label} ({row.fit.name if row.fit else '?'})", points, failed))
    for note in log_log_png(path, f"{timing.problem}: each on its slowest worst case, Python {sys.version.split()[0]}",
                            lines, timing.budget):
        warnings.warn(note, stacklevel=2)


def log_log_png(path, title, lines, budget, xlabel="n"):
    """Write a log-log PNG of seconds per call against n: ``lines`` is ``[(label, [(n, s)], [n of a TLE])]``.

    One drawing for ``algokit time --plot`` and ``algokit week --plot``; matplotlib is
    imported here only, so commands that do not plot never pay for it. Returns notes
    for the user: matplotlib's one warning per missing glyph becomes one line.
    """
    require_matplotlib()
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib import font_manager

    installed = {font.name for font in font_manager.fontManager.ttflist}
    korean = [name for name in KOREAN_FONTS if name in installed]
    with plt.rc_context({"font.family": ["DejaVu Sans", *korean]} if korean else {}), \
            warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        figure, axes = plt.subplots(figsize=(8, 5))
        for label, points, failed in lines:
            if points:
                line, = axes.plot(*zip(*points), marker="o", label=label)
                if failed:
                    axes.plot(failed, [budget] * len(failed), "x", color=line.get_color(), markersize=10,
                              markeredgewidth=2)
        axes.axhline(budget, color="grey", linestyle=":", linewidth=1, label=f"budget {budget:g} s (x: TLE)")
        axes.set(xscale="log", yscale="log", xlabel=xlabel, ylabel="seconds per call", title=title)
        axes.grid(True, which="both", alpha=0.3)
        axes.legend(fontsize=8)
        figure.tight_layout()
        figure.savefig(path, dpi=120)
        plt.close(figure)
    notes = []
    if any("Glyph" in str(w.message) and "missing" in str(w.message) for w in caught):
        notes.append(f"{path}: no installed font has Korean glyphs, so Korean names show as boxes: "
                     f"install one (e.g. fonts-noto-cjk, NanumGothic)")
    notes += [str(w.message) for w in caught if not ("Glyph" in str(w.message) and "missing" in str(w.message))]
    return list(dict.fromkeys(notes))
