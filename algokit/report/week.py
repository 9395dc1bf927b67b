"""``algokit week``'s output: one cell per member and problem, and the Markdown for the README."""

from __future__ import annotations


def cell_text(entry):
    """``—`` (no file), ``stub``, a failing status, or ``OK 1.20x``."""
    if not entry.status:
        return "—"
    if entry.status == "OK" and entry.ratio is not None:
        return f"OK {entry.ratio:.2f}x"
    return str(entry.status)


def markdown(members, rows, week):
    lines = [f"| week {week} | " + " | ".join(members) + " |", "|---|" + "---|" * len(members)]
    for spec, cells in rows:
        lines.append(f"| {spec.title_ko} ({spec.slug}) | " + " | ".join(cell_text(cells[m]) for m in members) + " |")
    lines.append("")
    lines.append("Cells: the verdict of `algokit check`; for OK, time at the largest size relative to the "
                 "fastest reference (1.00x = as fast).")
    return "\n".join(lines)
