"""Naming the complexity class of measured times: fit t = c + a * f(n) for each class.

As timing studies of Python code advise: each class is fitted with c, a >= 0 by
least squares on *relative* errors (weights 1/t^2), so the small sizes count as
much as the large ones and a constant start-up cost lands in c instead of
bending the curve. The class with the lowest relative RMS error wins, but a
simpler class is preferred unless the more complex one is clearly better:
timing noise of a few percent must not turn O(n) into O(n log n).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

CLASSES = (
    ("O(1)", lambda n: 1.0),
    ("O(log n)", lambda n: math.log2(n) if n > 1 else 0.0),
    ("O(n)", lambda n: float(n)),
    ("O(n log n)", lambda n: n * math.log2(n) if n > 1 else 0.0),
    ("O(n^2)", lambda n: float(n) ** 2),
    ("O(n^3)", lambda n: float(n) ** 3),
    ("O(2^n)", lambda n: 2.0 ** n),
)
MIN_POINTS = 3
MAX_EXPONENT_N = 60  # O(2^n) is only considered when every n is at most this
CLEARLY_BETTER = 1.2  # a more complex class must cut the relative RMS error by this factor
NOISE_FLOOR = 0.03  # relative RMS errors below this are all "a perfect fit"


@dataclass(frozen=True)
class Fit:
    """A fitted class: t(n) = c + a * f(n), and its relative RMS error."""

    name: str
    c: float
    a: float
    error: float

    def predict(self, n) -> float:
        """Seconds the model expects at size n. Cost: O(1)."""
        return self.c + self.a * dict(CLASSES)[self.name](n)


def fit(points) -> Fit | None:
    """The complexity class of ``[(n, seconds), ...]``, or None with fewer than 3 sizes.

    Cost: O(len(points)) per class.
    """
    points = sorted((n, t) for n, t in points if t > 0)
    if len({n for n, _ in points}) < MIN_POINTS:
        return None
    fits = [_fit_class(name, f, points) for name, f in CLASSES
            if name != "O(2^n)" or points[-1][0] <= MAX_EXPONENT_N]
    best = min(fits, key=lambda candidate: candidate.error)
    for candidate in fits:  # simplest first: take it unless `best` is clearly better
        if candidate.error <= max(best.error * CLEARLY_BETTER, NOISE_FLOOR):
            return candidate
    return best


def _fit_class(name, f, points):
    """Least squares of relative error for c + a*f(n) with c, a >= 0 (a 2-variable QP)."""
    rows = [(f(n), t) for n, t in points]
    w = [1.0 / (t * t) for _, t in rows]
    sw = sum(w)
    swf = sum(wi * fi for wi, (fi, _) in zip(w, rows))
    swff = sum(wi * fi * fi for wi, (fi, _) in zip(w, rows))
    swt = sum(wi * t for wi, (_, t) in zip(w, rows))
    swft = sum(wi * fi * t for wi, (fi, t) in zip(w, rows))
    candidates = [(swt / sw, 0.0)]  # a = 0: a constant
    if swff > 0:
        candidates.append((0.0, swft / swff))  # c = 0: pure a*f(n)
    det = sw * swff - swf * swf
    if det > 0:
        c = (swt * swff - swf * swft) / det
        a = (sw * swft - swf * swt) / det
        if c >= 0 and a >= 0:
            candidates.append((c, a))

    def error(ca):
        c, a = ca
        return math.sqrt(sum(((c + a * fi - t) / t) ** 2 for fi, t in rows) / len(rows))

    c, a = min(candidates, key=error)
    return Fit(name, c, a, error((c, a)))
