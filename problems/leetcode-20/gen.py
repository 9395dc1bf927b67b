"""Inputs for Valid Parentheses beyond what the constraints alone give.

The mistakes members make here:

- counting each kind of bracket (or all of them) and comparing the counts, so
  "([)]" and ")(" pass: order and nesting are ignored;
- a stack that pops on any closing bracket without checking its kind, so "(]"
  passes: the bracket types are never matched;
- popping (or peeking at) an empty stack on a closer with nothing open, which
  raises IndexError on "]" or "())";
- forgetting the brackets still open at the end, so "((" or "{[]" passes.

Uniform strings over "()[]{}" almost always fail in their first few characters,
so the strategies build balanced strings of mixed kinds, then leave them alone or
change one thing: drop, retype or add a character, or swap two neighbours.
"""

from hypothesis import strategies as st

PAIRS = {"(": ")", "[": "]", "{": "}"}
OPENERS = "([{"
CLOSERS = ")]}"


@st.composite
def _balanced(draw, pairs):
    """A random balanced string of ``pairs`` bracket pairs, of mixed kinds."""
    out, stack = [], []
    opened = 0
    while len(out) < 2 * pairs:
        if opened < pairs and (not stack or draw(st.booleans())):
            ch = draw(st.sampled_from(OPENERS))
            out.append(ch)
            stack.append(PAIRS[ch])
            opened += 1
        else:
            out.append(stack.pop())
    return "".join(out)


@st.composite
def strategy_balanced_with_one_change(draw):
    """A balanced string of mixed kinds, left alone or with one small change that may break it."""
    s = draw(_balanced(draw(st.integers(1, 5))))
    i = draw(st.integers(0, len(s) - 1))
    change = draw(st.sampled_from(["none", "drop", "retype", "swap", "add"]))
    if change == "drop":
        s = s[:i] + s[i + 1:] or "("
    elif change == "retype":  # same side, another kind: "(]" instead of "()"
        kinds = OPENERS if s[i] in OPENERS else CLOSERS
        s = s[:i] + draw(st.sampled_from([k for k in kinds if k != s[i]])) + s[i + 1:]
    elif change == "swap" and i + 1 < len(s):  # "([])" -> "([)]": crossing pairs
        s = s[:i] + s[i + 1] + s[i] + s[i + 2:]
    elif change == "add":
        s = s[:i] + draw(st.sampled_from("()[]{}")) + s[i:]
    return {"s": s}


def strategy_equal_counts():
    """As many of each opener as of its closer, in any order: every count agrees, order often fails."""
    kinds = st.lists(st.sampled_from(OPENERS), min_size=1, max_size=5)
    return kinds.flatmap(lambda opens: st.permutations(list(opens) + [PAIRS[c] for c in opens])).map(
        lambda chars: {"s": "".join(chars)})


def worst_deep_nesting(n, rng):
    """Every opener first, then every closer: the deepest stack, one pair per pass for pair removal."""
    half = n // 2
    opens = [rng.choice(OPENERS) for _ in range(half)]
    return {"s": "".join(opens) + "".join(PAIRS[c] for c in reversed(opens)) + "(" * (n % 2)}


def worst_random_balanced(n, rng):
    """A random balanced string of mixed kinds (plus one '(' when n is odd): a typical long input."""
    out, stack = [], []
    pairs = n // 2
    for i in range(2 * pairs):
        if not stack or (len(stack) < 2 * pairs - i and rng.random() < 0.5):
            ch = rng.choice(OPENERS)
            out.append(ch)
            stack.append(PAIRS[ch])
        else:
            out.append(stack.pop())
    return {"s": "".join(out) + "(" * (n % 2)}


def worst_all_open(n, rng):
    """Openers only: nothing fails until the very end, and the stack holds n items."""
    return {"s": "".join(rng.choice(OPENERS) for _ in range(n))}
