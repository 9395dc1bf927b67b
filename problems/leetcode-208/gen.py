"""Call sequences for Implement Trie: LeetCode's two arrays, ["Trie", "insert", "search", ...] and their arguments.

Random words are no operations, so every sequence is built here. The mistakes members make,
and what shows them:

- search confused with startsWith: search true for a word that was only ever a prefix of an
  inserted word (insert "apple", search "app"): searches of prefixes of inserted words;
- startsWith confused with search: startsWith false for a prefix that is no whole word;
- a word that is a prefix of another, inserted after it (or before): the end flag must be
  set on an inner node, and inserting must reuse, never replace, the existing children;
- letters off the path: searching a word longer than every inserted one, or one that
  leaves the trie halfway.

Words use a two- or three-letter alphabet so that shared prefixes are the rule, not luck.
"""

import string

from hypothesis import strategies as st

LETTERS = string.ascii_lowercase


def sequence(calls):
    """LeetCode's two arrays for ``calls``: (operation, word) pairs after the constructor."""
    return {"operations": ["Trie"] + [op for op, _ in calls], "arguments": [[]] + [[word] for _, word in calls]}


def calls_strategy(alphabet, size, longest=4):
    word = st.text(alphabet, min_size=1, max_size=longest)
    return st.lists(st.tuples(st.sampled_from(["insert", "search", "startsWith"]), word), max_size=size)


@st.composite
def strategy_mixed(draw):
    """Up to 25 calls on words of one to four letters from "ab" or "abc": shared prefixes everywhere."""
    return sequence(draw(calls_strategy(draw(st.sampled_from(["ab", "abc"])), 25)))


@st.composite
def strategy_prefixes_of_inserted(draw):
    """Insert a few words, then search and startsWith every prefix of each: only the whole words are found."""
    words = draw(st.lists(st.text("abc", min_size=1, max_size=5), min_size=1, max_size=3))
    calls = [("insert", w) for w in words]
    for w in words:
        for i in range(1, len(w) + 2):
            calls += [("search", (w + "a")[:i]), ("startsWith", (w + "a")[:i])]
    return sequence(calls)


@st.composite
def strategy_prefix_inserted_later(draw):
    """A word, then one of its prefixes inserted after it (or the other way round), then both searched."""
    word = draw(st.text("ab", min_size=2, max_size=5))
    short = word[:draw(st.integers(1, len(word) - 1))]
    first, second = draw(st.permutations([word, short]))
    calls = [("insert", first), ("search", second), ("insert", second)]
    calls += [(op, w) for w in (word, short, word + "b") for op in ("search", "startsWith")]
    return sequence(calls)


def random_word(rng, length):
    return "".join(rng.choice(LETTERS) for _ in range(length))


def worst_long_words(n, rng):
    """A third inserts, a third searches, a third startsWith, on 2,000-letter words sharing long prefixes
    (chosen: 2 * 10^6 letters in all, then one-letter words; LeetCode allows 6 * 10^7 but its tests are far smaller)."""
    stems = [random_word(rng, 1900) for _ in range(3)]
    calls, total = [], 0
    for i in range(n - 1):
        length = 2000 if total + 2000 <= 2_000_000 else 1
        word = (rng.choice(stems) + random_word(rng, 100))[:length]
        total += len(word)
        calls.append((("insert", "search", "startsWith")[i % 3], word))
    return sequence(calls)


def worst_many_words(n, rng):
    """Random calls on words of 1 to 30 letters: many nodes, many misses."""
    calls = []
    for _ in range(n - 1):
        calls.append((rng.choice(["insert", "insert", "search", "startsWith"]), random_word(rng, rng.randint(1, 30))))
    return sequence(calls)
