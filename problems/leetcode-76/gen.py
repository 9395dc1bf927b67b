"""Inputs for Minimum Window Substring whose answer is unique, as the statement promises.

Uniform strings often have several shortest windows with different contents
("abba" with t = "ab": "ab" and "ba"), which LeetCode's tests never hold, so every
strategy keeps only inputs with one answer (checked by brute force, the inputs
being small), and every worst case is built to have one.

The mistakes members make here:

- a set of t's letters instead of their counts, so t = "aa" is met by one 'a';
- counting every matching letter toward "formed", extra copies included, so a
  window with two 'a's and no 'b' passes for t = "ab";
- treating upper and lower case as the same letter;
- returning the first window that covers t (shrunk from the left) instead of the
  shortest over the whole string: "ADOBECODEBANC" gives "ADOBEC";
- starting the best answer as s itself, so when no window exists s comes back
  instead of "".
"""

from collections import Counter

from hypothesis import strategies as st

LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()


def answers(s, t):
    """The set of different shortest windows of s holding t (empty when none). Cost: O(m^2 (m + n))."""
    need = Counter(t)
    found, best = set(), None
    for i in range(len(s)):
        for j in range(i + 1, len(s) + 1):
            if best is not None and j - i > best:
                break
            if not need - Counter(s[i:j]):
                if best is None or j - i < best:
                    found, best = set(), j - i
                found.add(s[i:j])
                break
    return found


def unique(kwargs):
    return len(answers(kwargs["s"], kwargs["t"])) <= 1


def _small(letters, s_len, t_len):
    return st.fixed_dictionaries({
        "s": st.text(alphabet=letters, min_size=1, max_size=s_len),
        "t": st.text(alphabet=letters, min_size=1, max_size=t_len),
    }).filter(unique)


def strategy_few_letters():
    """s of up to 10 and t of up to 4 letters over "abA": repeats in t, case that matters."""
    return _small("abA", 10, 4)


def strategy_repeats_in_t():
    """t repeats a letter ("aab"), and s has the counts just met or just missed."""
    return _small("ab", 9, 4).filter(lambda kw: len(set(kw["t"])) < len(kw["t"]))


def strategy_wide_letters():
    """s of up to 12 letters over six of both cases, t of up to 3: windows rare or absent."""
    return _small("aAbBcC", 12, 3)


def worst_planted(n, rng):
    """Ten capitals sprinkled alone through lowercase text, and once side by side: the only shortest window.

    Every other window holding all ten is longer, since the sprinkled capitals
    have lowercase letters between them.
    """
    t = "".join(rng.sample(UPPER, 10))
    if n < 10:  # too short to hold t: no window at all
        return {"s": "".join(rng.choice(LOWER) for _ in range(n)), "t": t}
    body = [rng.choice(LOWER) for _ in range(n - 10)]
    for k in range(1, len(body) - 1, 7):
        body[k] = rng.choice(t)
    at = rng.randrange(0, len(body) // 2 + 1, 7) if body else 0
    block = rng.sample(t, 10)
    return {"s": "".join(body[:at] + block + body[at:]), "t": t}


def worst_whole_string(n, rng):
    """t is every letter of s, shuffled: the answer is s itself, and t is as long as s."""
    s = "".join(rng.choice(LOWER + UPPER) for _ in range(n))
    t = list(s)
    rng.shuffle(t)
    return {"s": s, "t": "".join(t)}


def worst_no_window(n, rng):
    """s in lowercase, t of n // 2 lowercase letters and then one 'Z': no window, the answer is "".

    The 'Z' comes last, so a check of every letter's count meets it last.
    """
    s = "".join(rng.choice(LOWER) for _ in range(n))
    t = "".join(rng.choice(LOWER) for _ in range(max(0, n // 2 - 1))) + "Z"
    return {"s": s, "t": t}
