"""Inputs for Word Break beyond what the constraints alone give.

The mistakes members make here:

- greedy, longest word first at each position, with no going back:
  "goalspecial" with ["go", "goal", "goals", "special"] takes "goals" and is stuck;
- greedy, shortest word first: "aaaaaaa" with ["aaaa", "aaa"] takes "aaa" twice
  and is left with "a";
- erasing each dictionary word from s with str.replace and checking that nothing is
  left: erasing "car" from "cars" leaves "s", though "ca" + "rs" works;
- using each word at most once, though words may be reused ("applepenapple");
- a DP that assigns dp[i] per word (dp[i] = dp[i - len(w)] and ...) instead of or-ing,
  so a later word that does not fit wipes out an earlier one that did.

Random lowercase strings almost never split into random words, so the strategies
build s from the dictionary's own words, over two letters, with words that are
prefixes of one another, and sometimes change one letter.
"""

from hypothesis import strategies as st

LOWER = "abcdefghijklmnopqrstuvwxyz"


@st.composite
def strategy_built_from_words(draw):
    """s glued from 1 to 4 words of a small two-letter dictionary, sometimes with one letter changed or cut."""
    words = draw(st.lists(st.text(alphabet="ab", min_size=1, max_size=4), min_size=1, max_size=5, unique=True))
    pieces = draw(st.lists(st.sampled_from(words), min_size=1, max_size=4))
    s = "".join(pieces)[:12]
    change = draw(st.sampled_from(["none", "none", "flip", "cut"]))
    i = draw(st.integers(0, len(s) - 1))
    if change == "flip":
        s = s[:i] + ("a" if s[i] == "b" else "b") + s[i + 1:]
    elif change == "cut" and len(s) > 1:
        s = s[:i] + s[i + 1:]
    return {"s": s, "wordDict": words}


@st.composite
def strategy_greedy_trap(draw):
    """s = p + q + r with the words p, p + q and q + r (and maybe more): only p, then q + r, works.

    Longest-first greedy takes p + q and is left with r; erasing p + q from s leaves r too.
    """
    piece = st.text(alphabet="ab", min_size=1, max_size=3)
    p, q, r = draw(piece), draw(piece), draw(piece)
    extra = draw(st.lists(piece, max_size=2))
    words = list(dict.fromkeys([p, p + q, q + r] + extra))
    return {"s": p + q + r, "wordDict": draw(st.permutations(words))}


@st.composite
def strategy_prefix_words(draw):
    """A dictionary of runs of one letter ("a", "aaa", "aaaa", ...) and s a run of it, maybe ending in a 'b'."""
    lengths = draw(st.lists(st.integers(1, 6), min_size=1, max_size=4, unique=True))
    words = ["a" * k for k in lengths] + draw(st.sampled_from([[], ["b"], ["ab"], ["ba"]]))
    s = "a" * draw(st.integers(1, 11)) + draw(st.sampled_from(["", "", "b"]))
    return {"s": s, "wordDict": words}


def _filler(rng, count, taken, letters="bcdefghijklmnopqrstuvwxyz", shortest=1):
    """``count`` distinct random words of ``shortest`` to 20 letters, none in ``taken``."""
    out = []
    while len(out) < count:
        word = "".join(rng.choice(letters) for _ in range(rng.randint(shortest, 20)))
        if word not in taken:
            taken.add(word)
            out.append(word)
    return out


def worst_runs_then_b(n, rng):
    """s = "aa...ab" with every run of 1 to 20 'a's in the dictionary: false, after exponentially many splits."""
    words = ["a" * k for k in range(1, 21)]
    words += _filler(rng, 1000 - len(words), set(words), letters="cdefghijklmnopqrstuvwxyz")
    rng.shuffle(words)
    return {"s": "a" * (n - 1) + "b", "wordDict": words}


def worst_runs(n, rng):
    """s all 'a's with every run of 1 to 20 'a's in the dictionary: true, with a huge number of ways."""
    words = ["a" * k for k in range(1, 21)]
    words += _filler(rng, 1000 - len(words), set(words))
    rng.shuffle(words)
    return {"s": "a" * n, "wordDict": words}


def worst_big_dictionary(n, rng):
    """1,000 words of 5 to 20 letters over "ab", s glued from them with its last letter changed.

    Most positions are reached and none has a short word to finish with, so a
    search over the words tries all 1,000 at almost every position.
    """
    words = _filler(rng, 1000, set(), letters="ab", shortest=5)
    pieces = []
    while sum(map(len, pieces)) < n:
        pieces.append(rng.choice(words))
    s = "".join(pieces)[:n]
    return {"s": s[:-1] + ("a" if s[-1] == "b" else "b"), "wordDict": words}
