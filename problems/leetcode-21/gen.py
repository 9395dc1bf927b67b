"""Inputs for Merge Two Sorted Lists: two sorted lists in LeetCode's list form.

Lists drawn from the bounds are almost never sorted, so every input is sorted here.
The mistakes members make, and what shows them:

- dropping the leftover nodes when one list runs out (no tail.next = list1 or list2):
  one list's largest values lie above everything in the other;
- attaching the leftover of list1 only (tail.next = list1): list2 outlasts list1;
- returning the dummy head instead of dummy.next: an extra 0 at the front of any answer;
- an empty list: comparing list1.val with list2.val before checking for None crashes.

At 50 nodes a list, no slower approach (sorting all values, inserting node by node)
can be told from the linear merge by its time: the limit only stops a runaway loop.
"""

from hypothesis import strategies as st

LIMIT = 100


def sorted_list(values, max_size):
    return st.lists(values, max_size=max_size).map(sorted)


def strategy_small():
    """Two lists of 0 to 5 values in -3..3: empties on either side and equal values on both."""
    values = st.integers(-3, 3)
    return st.fixed_dictionaries({"list1": sorted_list(values, 5), "list2": sorted_list(values, 5)})


@st.composite
def strategy_one_outlasts(draw):
    """One list's values all lie above the other's: the leftover must be attached, whichever list it is."""
    low = draw(sorted_list(st.integers(-LIMIT, 0), 4))
    high = draw(st.lists(st.integers(1, LIMIT), min_size=1, max_size=5).map(sorted))
    if draw(st.booleans()):
        return {"list1": low, "list2": high}
    return {"list1": high, "list2": low}


def strategy_wide():
    """Up to 12 values a list anywhere in the range: interleaving merges."""
    values = st.integers(-LIMIT, LIMIT)
    return st.fixed_dictionaries({"list1": sorted_list(values, 12), "list2": sorted_list(values, 12)})


def worst_interleaved(n, rng):
    """list1 with n nodes and list2 with 50, values spread over the range: the merge alternates."""
    return {"list1": sorted(rng.randint(-LIMIT, LIMIT) for _ in range(n)),
            "list2": sorted(rng.randint(-LIMIT, LIMIT) for _ in range(50))}


def worst_list2_above(n, rng):
    """list1 with n nodes below list2's 50: an inserting approach walks list1 to its end for every node."""
    return {"list1": sorted(rng.randint(-LIMIT, 0) for _ in range(n)),
            "list2": sorted(rng.randint(1, LIMIT) for _ in range(50))}
