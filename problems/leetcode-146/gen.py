"""Call sequences for LRU Cache: LeetCode's two arrays, ["LRUCache", "put", "get", ...] and their arguments.

Random words are no operations, so every sequence is built here. The mistakes members make,
and what shows them:

- get does not refresh: a key that was just read is still evicted as the oldest one
  (fill the cache, read the oldest key, put a new key, read the oldest again);
- a put of a key already present only changes the value and does not refresh it, so the
  updated key is evicted next although it was used last;
- a put of a key already present is counted as a new key: the size check runs before the
  update and evicts some other key that should have stayed;
- an off-by-one at the capacity: evicting only once the cache holds capacity + 1 keys, or
  already at capacity - 1, which capacity 1 (every new key evicts the only one) shows first;
- get of a missing key returns None (or raises) instead of -1.

A slow way is not a wrong answer and only the maximum shows it (worst cases below): a list
kept in recency order, with list.remove on every use, costs O(capacity) per call.
"""

from hypothesis import strategies as st

CAPACITY = 3000
KEY = 10**4
VALUE = 10**5


def sequence(capacity, calls):
    """LeetCode's two arrays for a cache of ``capacity`` and ``calls``: ("get", key) or ("put", key, value)."""
    return {"operations": ["LRUCache"] + [c[0] for c in calls],
            "arguments": [[capacity]] + [list(c[1:]) for c in calls]}


def calls_strategy(keys, size):
    """Up to ``size`` gets and puts on keys 0..keys-1, values small but varied."""
    get = st.tuples(st.just("get"), st.integers(0, keys - 1))
    put = st.tuples(st.just("put"), st.integers(0, keys - 1), st.integers(0, 20))
    return st.lists(st.one_of(get, put), max_size=size)


@st.composite
def strategy_mixed(draw):
    """Capacity 1 to 4 and only a few more keys than that: hits, misses, updates and evictions all happen."""
    capacity = draw(st.integers(1, 4))
    return sequence(capacity, draw(calls_strategy(capacity + 2, 30)))


@st.composite
def strategy_read_then_evict(draw):
    """Fill the cache, read its oldest key, put a new key: the key just read must survive (get refreshes)."""
    capacity = draw(st.integers(2, 4))
    calls = [("put", k, 10 + k) for k in range(capacity)]
    calls.append(("get", draw(st.integers(0, capacity - 2))))  # an old key, not the newest
    calls.append(("put", capacity, 10 + capacity))
    calls += [("get", k) for k in range(capacity + 1)]
    return sequence(capacity, calls + draw(calls_strategy(capacity + 2, 6)))


@st.composite
def strategy_update_then_evict(draw):
    """Fill the cache, put an old key again with a new value, put a new key: the updated key must
    survive with its new value, and only one key may go."""
    capacity = draw(st.integers(1, 4))
    calls = [("put", k, 10 + k) for k in range(capacity)]
    calls.append(("put", draw(st.integers(0, capacity - 1)), draw(st.integers(30, 40))))
    calls.append(("put", capacity, 10 + capacity))
    calls += [("get", k) for k in range(capacity + 1)]
    return sequence(capacity, calls + draw(calls_strategy(capacity + 2, 6)))


@st.composite
def strategy_capacity_one(draw):
    """Capacity 1 with two or three keys: every new key evicts the only one, an update evicts nothing."""
    return sequence(1, draw(calls_strategy(draw(st.integers(2, 3)), 20)))


@st.composite
def strategy_wide_keys(draw):
    """Keys and values anywhere in their ranges, and a capacity up to 3000: the edges 0 and 10^4 as keys."""
    capacity = draw(st.integers(1, CAPACITY))
    key = st.one_of(st.integers(0, KEY), st.sampled_from([0, KEY]))
    get = st.tuples(st.just("get"), key)
    put = st.tuples(st.just("put"), key, st.integers(0, VALUE))
    return sequence(capacity, draw(st.lists(st.one_of(get, put), max_size=20)))


def worst_recent_reads(n, rng):
    """Capacity 3000 filled first, then a put of a new key and a read of one of the ten newest keys, in turn:
    a list kept in recency order scans nearly all of it to find each key it reads."""
    calls, fresh = [], 0
    while len(calls) < n - 1:
        if fresh < CAPACITY or len(calls) % 2:
            calls.append(("put", fresh % (KEY + 1), rng.randint(0, VALUE)))
            fresh += 1
        else:
            calls.append(("get", (fresh - 1 - rng.randrange(min(fresh, 10))) % (KEY + 1)))
    return sequence(CAPACITY, calls)


def worst_random(n, rng):
    """Capacity 3000 and random gets and puts over every key 0..10^4: hits, misses, updates and evictions."""
    calls = []
    for _ in range(n - 1):
        if rng.random() < 0.5:
            calls.append(("get", rng.randint(0, KEY)))
        else:
            calls.append(("put", rng.randint(0, KEY), rng.randint(0, VALUE)))
    return sequence(CAPACITY, calls)
