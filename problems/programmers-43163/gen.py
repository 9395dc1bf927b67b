"""Input generators for 단어 변환 beyond what the constraints alone give.

The mistakes members make here:

- a missed "impossible": checking only that target is among the words, then
  returning a sentinel (51, len(words) + 1) when it is there but cannot be reached;
- depth-first search returning the first route it finds, not the shortest;
- letters instead of positions: "one letter apart" tested with set membership
  (how many letters of one word are missing from the other), which takes
  anagrams and repeated letters for neighbours;
- counting words instead of levels: a breadth-first search that adds one for
  every word taken off the queue rather than one per step.

Uniform random words almost never differ in one letter. The strategies use two
or three letters and short words, so that words are dense, anagrams are common
and several routes of different lengths exist; they walk a ladder of one-letter
changes from begin to target with side words around it; and they put a target
among the words that no word leads to.
"""

from hypothesis import strategies as st


def _word(length, alphabet):
    return st.text(alphabet=alphabet, min_size=length, max_size=length)


@st.composite
def strategy_dense(draw):
    """Words of 3 or 4 letters over two or three letters: dense, with anagrams."""
    length = draw(st.integers(3, 4))
    alphabet = draw(st.sampled_from(["ab", "abc", "hot"]))
    words = draw(st.lists(_word(length, alphabet), min_size=3, max_size=10, unique=True))
    begin = draw(_word(length, alphabet))
    choices = [w for w in words if w != begin]
    target = draw(st.sampled_from(choices))
    return {"begin": begin, "target": target, "words": words}


@st.composite
def strategy_ladder(draw):
    """A walk of one-letter changes from begin ends at target; side words and shortcuts around it."""
    length = draw(st.integers(3, 5))
    alphabet = "abcd"
    begin = draw(_word(length, alphabet))
    rungs, word = [], begin
    for _ in range(draw(st.integers(2, 7))):
        i = draw(st.integers(0, length - 1))
        word = word[:i] + draw(st.sampled_from(alphabet.replace(word[i], ""))) + word[i + 1:]
        if word != begin and word not in rungs:
            rungs.append(word)
    extra = draw(st.lists(_word(length, alphabet), max_size=5))
    words = list(dict.fromkeys(rungs + [w for w in extra if w != begin]))
    words += [c * length for c in "xyz"][:max(0, 3 - len(words))]  # no one-letter neighbours: padding only
    words = draw(st.permutations(words))
    target = rungs[-1] if rungs else words[0]
    return {"begin": begin, "target": target, "words": list(words)}


@st.composite
def strategy_cut_off(draw):
    """target is one of the words, but no word one letter away leads to it: the answer is 0."""
    length = draw(st.integers(3, 4))
    words = draw(st.lists(_word(length, "ab"), min_size=2, max_size=8, unique=True))
    begin = draw(_word(length, "ab"))
    target = "z" * length
    words = draw(st.permutations(words + [target]))
    return {"begin": begin, "target": target, "words": list(words)}


def _all_words(length, alphabet):
    words = [""]
    for _ in range(length):
        words = [w + c for w in words for c in alphabet]
    return words


def worst_dense(n, rng):
    """n three-letter words over a, b, c, d: each word has up to 9 neighbours, so routes multiply."""
    pool = [w for w in _all_words(3, "abcd") if w not in ("aaa", "ddd")]
    words = rng.sample(pool, n - 1) + ["ddd"]
    rng.shuffle(words)
    return {"begin": "aaa", "target": "ddd", "words": words}


def worst_cut_off(n, rng):
    """The same dense words, but the target "zzz" is one letter from none of them: everything is searched."""
    pool = [w for w in _all_words(3, "abcd") if w != "aaa"]
    words = rng.sample(pool, n - 1) + ["zzz"]
    rng.shuffle(words)
    return {"begin": "aaa", "target": "zzz", "words": words}


def worst_chain(n, rng):
    """Ten-letter words in one long chain: n steps from begin to target, the deepest search."""
    word, chain = list("a" * 10), []
    for i in range(n):
        word[i % 10] = chr(ord("b") + i // 10)
        chain.append("".join(word))
    target = chain[-1]
    rng.shuffle(chain)
    return {"begin": "a" * 10, "target": target, "words": chain}
