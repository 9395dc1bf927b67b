"""Input generators for 큰 수 만들기 beyond what the constraints alone give.

The mistakes members make here:

- no tail cut: the stack solution returns every digit it kept, though removals
  are still owed when the digits never rise (e.g. "4321", k = 1);
- popping equal digits (<= instead of <), which spends removals on no gain;
- sorting the digits in decreasing order and keeping the first n - k, as if
  the digits could be rearranged;
- an off-by-one window: the j-th kept digit is chosen from number[start:k + j]
  instead of number[start:k + j + 1];
- (too slow, not wrong) rebuilding the string once per removal, O(n * k), or a
  window scan that only stops early at a 9.

The wrong answers need falling runs, repeated digits and k near its extremes,
which uniform digits rarely give together, so the strategies draw from two or
three digits, build non-increasing runs with a few bumps, and pick k = 1 or
k = len(number) - 1 often.
"""

from hypothesis import strategies as st


@st.composite
def _number(draw, digits, max_len=12):
    """A number of 2..max_len digits from ``digits``, not starting with 0, and a k."""
    n = draw(st.integers(2, max_len))
    first = draw(st.sampled_from([d for d in digits if d != "0"] or ["1"]))
    rest = draw(st.lists(st.sampled_from(digits), min_size=n - 1, max_size=n - 1))
    k = draw(st.one_of(st.just(1), st.just(n - 1), st.integers(1, n - 1)))
    return {"number": first + "".join(rest), "k": k}


def strategy_few_digits():
    """Two or three distinct digits: ties everywhere."""
    return st.sampled_from(["19", "99", "45", "019", "789", "123", "0189"]).flatmap(lambda d: _number(d))


@st.composite
def strategy_falling(draw):
    """Non-increasing runs with a bump or two: removals pile up at the end."""
    n = draw(st.integers(2, 12))
    digits = sorted(draw(st.lists(st.sampled_from("123456789"), min_size=n, max_size=n)), reverse=True)
    for _ in range(draw(st.integers(0, 2))):
        digits[draw(st.integers(1, n - 1))] = draw(st.sampled_from("0123456789"))
    k = draw(st.one_of(st.just(1), st.integers(1, n - 1)))
    return {"number": "".join(digits), "k": k}


def strategy_any_digits():
    return _number("0123456789")


def worst_random_half(n, rng):
    """Uniform random digits, half of them removed: rebuilding the string per removal is hopeless."""
    return {"number": str(rng.randint(1, 9)) + "".join(rng.choices("0123456789", k=n - 1)), "k": n // 2}


def worst_no_nines(n, rng):
    """Random digits 1 to 8, half removed: a window scan that stops at the first 9 never stops early."""
    return {"number": "".join(rng.choices("12345678", k=n)), "k": n // 2}


def worst_falling(n, rng):
    """Nine non-increasing blocks 9...9 8...8 ... 1...1, half removed: every removal is at the tail."""
    return {"number": "".join(str(9 - d) * ((d + 1) * n // 9 - d * n // 9) for d in range(9)), "k": n // 2}
