"""Inputs for Valid Palindrome that show the mistakes members make.

Uniform printable strings are almost never palindromes, even after cleaning, so a
solution that is wrong only on palindromes, or on strings one character away from
one, passes them. The strategies build cleaned palindromes in mixed case and scatter
punctuation through them. The mistakes, and what shows them:

- comparing without lower-casing: "Aa" is a palindrome;
- keeping letters only (isalpha), dropping digits: "0P" is not a palindrome, "P" is;
- removing spaces only, leaving punctuation in: "a,  a." is a palindrome;
- cleaning with the regex \\W, which keeps '_': "a_" is a palindrome;
- two pointers whose skipping loops do not stop at the other pointer, running off
  the string (IndexError) when there is no letter or digit at all: " ", ".,";
- comparing t[i] with t[-i] instead of t[-1 - i]: a palindrome such as "abba".
"""

from hypothesis import strategies as st

PRINTABLE = "".join(chr(c) for c in range(32, 127))  # LeetCode's "printable ASCII": space to '~'
ALNUM = "aAbB01"  # few letters in both cases and two digits: palindromes come easily
NOISE = "_ ,.:!'\"-"  # not letters or digits; the underscore first, as regex \W keeps it


def _mirror(half, middle):
    """A palindrome once lower-cased, each mirrored character in a random case."""
    return half + middle + half[::-1]


@st.composite
def _cleaned_palindrome(draw):
    """A string of ALNUM that reads the same both ways once lower-cased."""
    half = draw(st.lists(st.sampled_from(ALNUM), max_size=4))
    middle = draw(st.lists(st.sampled_from(ALNUM), max_size=1))
    word = [ch.lower() for ch in _mirror(half, middle)]
    return [draw(st.sampled_from([ch, ch.upper()])) for ch in word]


@st.composite
def _scatter(draw, chars, noise):
    """``chars`` with up to 4 characters of ``noise`` inserted anywhere."""
    chars = list(chars)
    for _ in range(draw(st.integers(0, 4))):
        chars.insert(draw(st.integers(0, len(chars))), draw(st.sampled_from(noise)))
    return "".join(chars) or draw(st.sampled_from(noise))


@st.composite
def strategy_palindrome_with_noise(draw):
    """A mixed-case palindrome of letters and digits with punctuation scattered through it."""
    return {"s": draw(_scatter(draw(_cleaned_palindrome()), NOISE))}


@st.composite
def strategy_nearly_a_palindrome(draw):
    """A mixed-case palindrome with one letter or digit inserted or changed: mostly not a palindrome."""
    chars = draw(_cleaned_palindrome())
    extra = draw(st.sampled_from(ALNUM + "2c"))
    i = draw(st.integers(0, len(chars)))
    if chars and i < len(chars) and draw(st.booleans()):
        chars[i] = extra
    else:
        chars.insert(i, extra)
    return {"s": draw(_scatter(chars, NOISE))}


def strategy_no_letters():
    """Only spaces and punctuation: nothing left after cleaning, so a palindrome."""
    return st.text(NOISE, min_size=1, max_size=6).map(lambda s: {"s": s})


def strategy_any_printable():
    """Short strings of any printable ASCII characters."""
    return st.text(PRINTABLE, min_size=1, max_size=12).map(lambda s: {"s": s})


def _palindrome_text(n, rng, break_middle=False):
    """n characters: a mixed-case alphanumeric palindrome with one space in every five characters."""
    half = []
    for i in range((n + 1) // 2):
        half.append(" " if i % 5 == 4 else rng.choice("abcdefghijklmnopqrstuvwxyz0123456789"))
    left = half[: n // 2]
    chars = left + half[n // 2:] + left[::-1]
    chars = [ch.upper() if rng.random() < 0.5 else ch for ch in chars]
    if break_middle and n >= 2:  # differ only at the innermost pair of letters or digits
        i = max(i for i in range(n // 2) if chars[i] != " ")
        chars[i], chars[n - 1 - i] = "y", "Z"
    return "".join(chars)


def worst_long_palindrome(n, rng):
    """A palindrome of n characters, spaces and mixed case: every pair is compared."""
    return {"s": _palindrome_text(n, rng)}


def worst_mismatch_in_the_middle(n, rng):
    """A palindrome but for its innermost letter pair: a two-pointer walk learns it only at the end."""
    return {"s": _palindrome_text(n, rng, break_middle=True)}


def worst_punctuation_only(n, rng):
    """n characters, none of them a letter or digit: everything is skipped."""
    return {"s": "".join(rng.choice(NOISE) for _ in range(n))}


def worst_random(n, rng):
    """n random printable characters."""
    return {"s": "".join(rng.choice(PRINTABLE) for _ in range(n))}
