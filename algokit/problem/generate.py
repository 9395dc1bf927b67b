"""Inputs for a problem: Hypothesis strategies for cross-checks, worst cases for timing.

Both come from two places:

- the spec's constraints, derived automatically (:func:`derived_strategy`,
  :func:`random_input`);
- the problem's optional ``gen.py``, where ``strategy_<name>()`` returns a
  strategy of argument dicts and ``worst_<name>(n, rng)`` returns the argument
  dict for size ``n``. They exist because uniform inputs rarely hold the value
  relations a problem hinges on.

Every input is a tuple of arguments in signature order, and every input that
reaches a solution has been checked against the constraints: a generator that
breaks them is the spec's error (SpecError naming gen.py and the constraint),
never a member's wrong answer. :func:`worst_input` is the one source of
max-size inputs for ``pytest``, ``algokit check`` and ``algokit time`` alike.
"""

from __future__ import annotations

import random
from pathlib import Path

from .. import layout
from ..errors import SpecError
from ..valuetypes import short
from .spec import RuleError, import_problem_file, rule_violations

DEFAULT_LEN = (0, 10)  # list length when a spec gives none
DEFAULT_INT = (-1000, 1000)  # number range when a spec gives none
MAX_TIED_LEN = 50  # an int that sets a list's length is drawn at most this far above its minimum


def load_gen(spec):
    """The problem's ``gen.py`` as a module, or None when it has none. Imported once per run."""
    path = spec.dir / layout.GEN_FILE
    return import_problem_file(path, "the generator file") if path.exists() else None


def custom(module, prefix):
    """``{name: function}`` for gen.py's functions named ``<prefix>_<name>``, in file order.

    The first ``worst_*`` in the file is the one ``algokit time`` uses by default.
    """
    if module is None:
        return {}
    return {name[len(prefix) + 1:]: getattr(module, name) for name in vars(module)
            if name.startswith(prefix + "_") and callable(getattr(module, name))}


def crosscheck_strategy(spec, gen=None):
    """Small inputs for the oracle cross-check: derived ones, plus gen.py's strategies.

    Uses the spec's ``[crosscheck] limits`` so that the oracle stays fast.
    """
    from hypothesis import strategies as st

    strategies = []
    if spec.crosscheck_derived and spec.input_format is not None:
        from .formats import strategy

        drawn = strategy(spec.input_format, spec.input_small).map(lambda text: (text,))
        if spec.rules:  # relations the format cannot say (a record's end after its start): kept by filtering
            drawn = drawn.filter(lambda args: not rule_violations(spec.rules, spec.kwargs(args)))
        strategies.append(drawn)
    elif spec.crosscheck_derived:
        derived = derived_strategy(spec.crosscheck_params)
        if spec.rules:  # relations the bounds cannot say: keep only the draws that obey them
            derived = derived.filter(lambda args: not rule_violations(spec.rules, spec.kwargs(args)))
        strategies.append(derived)
    for name, make in custom(gen, "strategy").items():
        strategies.append(make().map(lambda kwargs, name=name: _validated(spec, kwargs, f"strategy_{name}")))
    if not strategies:
        raise SpecError(spec.dir / layout.GEN_FILE, "strategy_*", "no input strategy",
                        "inputs cannot be derived here (a stdin problem without an [input] format, or "
                        "crosscheck.derived = false): declare the format, or define strategy_<name>() in gen.py")
    return st.one_of(strategies)


def derived_strategy(params):
    """A strategy of argument tuples that satisfy ``params``' types and constraints.

    Int parameters are drawn first, so lists whose ``len`` names one can follow it.
    """
    from hypothesis import strategies as st

    lengths = {p.len for p in params if type(p.len) is str} | {p.item_len for p in params if type(p.item_len) is str}

    @st.composite
    def arguments(draw):
        values = {}
        for p in sorted(params, key=lambda p: p.type != "int"):
            if p.name in lengths:  # it sets a list's length: keep it small enough to build and to check
                lo, hi = _range(p)
                values[p.name] = draw(st.integers(lo, max(lo, min(hi, lo + MAX_TIED_LEN))))
            else:
                values[p.name] = draw(_strategy(p, p.parsed, values, top=True))
        return tuple(values[p.name] for p in params)

    return arguments()


def _strategy(p, parsed, values, top):
    from hypothesis import strategies as st

    if isinstance(parsed, tuple):
        lo, hi = _length(p.len if top else p.item_len, values)
        items = _strategy(p, parsed[1], values, top=False)
        if len(parsed) == 3 and parsed[2] == "TreeNode":  # holes anywhere below the root, in LeetCode's form
            drawn = st.lists(st.one_of(st.none(), items), min_size=max(lo - 1, 0), max_size=max(hi - 1, 0))
            trees = st.tuples(items, drawn).map(lambda t: _tree_form([t[0], *t[1]])).filter(
                lambda tree: lo <= len(tree) <= hi)
            return st.one_of(st.just([]), trees) if lo == 0 else trees
        return st.lists(items, min_size=lo, max_size=hi)
    if parsed == "int":
        lo, hi = _range(p)
        return st.integers(lo, hi)
    if parsed == "float":
        lo, hi = _range(p)
        return st.floats(lo, hi, allow_nan=False, allow_infinity=False)
    if parsed == "bool":
        return st.booleans()
    lo, hi = _length(p.len if top else p.item_len, values)
    return st.text(alphabet=p.alphabet or "abcdefghijklmnopqrstuvwxyz", min_size=lo, max_size=hi)


def _tree_form(values):
    """``values`` as LeetCode prints the tree they give: children of a missing node dropped, no trailing nulls."""
    from ..nodes import build_tree, read_tree

    return read_tree(build_tree(values))


def random_input(spec, n, rng):
    """Random arguments with the size parameter at ``n``; others uniform in range.

    The fallback worst case when gen.py has none. Cost: O(size of the input).
    """
    values = {}
    if not spec.size_is_len:
        values[spec.size_param] = n
    for p in sorted(spec.params, key=lambda p: p.type != "int"):
        if p.name in values:
            continue
        size = n if spec.size_is_len and p.name == spec.size_param else None
        values[p.name] = _random(p, p.parsed, values, rng, size, top=True)
    return tuple(values[p.name] for p in spec.params)


def _random(p, parsed, values, rng, size, top):
    if isinstance(parsed, tuple) or parsed == "str":
        length = size if size is not None else _length(p.len if top else p.item_len, values)[1]
        if parsed == "str":
            return "".join(rng.choice(p.alphabet or "abcdefghijklmnopqrstuvwxyz") for _ in range(length))
        return [_random(p, parsed[1], values, rng, None, top=False) for _ in range(length)]
    if parsed == "int":
        return rng.randint(*_range(p))
    if parsed == "float":
        return rng.uniform(*_range(p))
    return rng.random() < 0.5


def worst_cases(spec):
    """``{name: make(n, rng) -> args}``: gen.py's worst cases in file order, or one random case.

    The arguments are shaped but not yet checked: :func:`worst_input` checks them.
    """
    cases = {name: (lambda n, rng, make=make, name=name: _as_args(spec, make(n, rng), f"worst_{name}"))
             for name, make in custom(load_gen(spec), "worst").items()}
    if not cases and spec.style == "stdin" and spec.input_format is not None:
        from .formats import worst

        return {"random": lambda n, rng: (worst(spec.input_format, spec.size_param, n, rng),)}
    if not cases and spec.style == "stdin":
        raise SpecError(spec.dir / layout.GEN_FILE, "worst_*", "no worst case",
                        "a stdin problem's inputs are text: declare its [input] format, or define "
                        "worst_<name>(n, rng) returning the text in gen.py")
    return cases or {"random": lambda n, rng: random_input(spec, n, rng)}


def case_rng(spec, case, n, seed=0):
    """The seeded generator for one worst case at one size: the same input on every run and machine."""
    return random.Random(f"{spec.slug}:{case}:{n}:{seed}")


def worst_input(spec, case, n, seed=0):
    """Worst case ``case`` at size ``n``, checked against every constraint.

    The one source of max-size inputs: ``pytest``'s ``max[...]`` runs, ``algokit
    check`` and ``algokit time`` all call this, so the same (case, n, seed) is the
    same input everywhere. Cost: the generator's, plus O(size) to check it.
    """
    args = worst_cases(spec)[case](n, case_rng(spec, case, n, seed))
    _validate(spec, args, f"worst_{case}")
    return args

def _validated(spec, kwargs, source):
    """A generator's draw as arguments, checked against the constraints."""
    args = _as_args(spec, kwargs, source)
    _validate(spec, args, source)
    return args


def _validate(spec, args, source):
    try:
        problems = spec.violations(args)
    except RuleError as error:
        raise SpecError(spec.path, f"rules[{error.index}].expr", str(error), "fix the expression") from None
    if problems:
        shown = spec.kwargs(args) if spec.style != "stdin" else args[0]
        raise SpecError(spec.dir / layout.GEN_FILE, source, f"made an invalid input: {problems[0]}",
                        f"generators must respect problem.toml; the input was {short(shown, 120)}")


def _as_args(spec, kwargs, source):
    """Turn a generator's dict (a stdin problem's text) into an argument tuple, checking its shape."""
    if spec.style == "stdin":
        if not isinstance(kwargs, str):
            raise SpecError(Path(spec.dir, layout.GEN_FILE), source, f"returned {type(kwargs).__name__}",
                            "a stdin problem's generators return the input text")
        return (kwargs,)
    if not isinstance(kwargs, dict) or set(kwargs) != set(spec.names):
        raise SpecError(Path(spec.dir, layout.GEN_FILE), source,
                        f"returned {type(kwargs).__name__} {sorted(kwargs) if isinstance(kwargs, dict) else ''}",
                        f"return a dict with exactly the keys {', '.join(spec.names)}")
    return tuple(kwargs[name] for name in spec.names)


def _length(bound, values):
    if type(bound) is str:
        n = values[bound]
        return n, n
    return bound or DEFAULT_LEN


def _range(p):
    lo = p.min if p.min is not None else DEFAULT_INT[0]
    hi = p.max if p.max is not None else DEFAULT_INT[1]
    return lo, hi

