"""Input generators for 올바른 괄호 beyond what the constraints alone give.

The mistakes members make here:

- comparing only the counts of '(' and ')', so ")(" passes;
- counts plus "starts with '(' and ends with ')'", so "())(()" passes: the
  running balance dips below zero in the middle;
- forgetting the '(' still open at the end: "(()" passes;
- popping an empty stack on a ')' with nothing open (IndexError).

Uniform strings over "()" are mostly unbalanced in their first few characters,
so the strategies build strings with equal counts, and balanced strings with
one small change.
"""

from hypothesis import strategies as st


@st.composite
def _balanced(draw, pairs):
    """A random balanced string of ``pairs`` pairs: shrinks toward "()()...()"."""
    out, depth, opened = [], 0, 0
    while len(out) < 2 * pairs:
        if opened < pairs and (depth == 0 or draw(st.booleans())):
            out.append("(")
            depth, opened = depth + 1, opened + 1
        else:
            out.append(")")
            depth -= 1
    return "".join(out)


def strategy_equal_counts():
    """As many '(' as ')', in any order: counts always agree, balance often fails."""
    return st.integers(1, 6).flatmap(lambda k: st.permutations("(" * k + ")" * k)).map(
        lambda chars: {"s": "".join(chars)})


@st.composite
def strategy_balanced_with_one_change(draw):
    """A balanced string, left alone or with one character dropped, flipped or added."""
    s = draw(_balanced(draw(st.integers(1, 5))))
    i = draw(st.integers(0, len(s) - 1))
    change = draw(st.sampled_from(["none", "drop", "flip", "add_open", "add_close"]))
    if change == "drop":
        s = s[:i] + s[i + 1:] or "("
    elif change == "flip":
        s = s[:i] + ("(" if s[i] == ")" else ")") + s[i + 1:]
    elif change == "add_open":
        s = s[:i] + "(" + s[i:]
    elif change == "add_close":
        s = s[:i] + ")" + s[i:]
    return {"s": s}


def worst_deep_nesting(n, rng):
    """All '(' then all ')': the deepest stack, and one pair per pass for pair removal."""
    return {"s": "(" * (n // 2) + ")" * (n - n // 2)}


def worst_random_balanced(n, rng):
    """A random balanced string (plus one '(' when n is odd): a typical long input."""
    out, depth = [], 0
    pairs = n // 2
    for i in range(2 * pairs):
        if depth == 0 or (depth < 2 * pairs - i and rng.random() < 0.5):
            out.append("(")
            depth += 1
        else:
            out.append(")")
            depth -= 1
    return {"s": "".join(out) + "(" * (n % 2)}


def worst_all_open(n, rng):
    """Only '(': nothing fails until the very end, and the stack holds n items."""
    return {"s": "(" * n}
