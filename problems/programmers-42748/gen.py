"""Input generators for K번째수 beyond what the constraints alone give.

The mistakes members make here:

- 0-based slicing: array[i:j] instead of array[i-1:j] (i and j count from 1, and j is included);
- reading the k-th number at index k instead of k - 1;
- sorting the array itself (array.sort(), or sorting before slicing), so the
  next command cuts from a sorted array;
- keeping the cut piece as the new array, so the next command cuts from it.

A command is three numbers bound to the array (1 <= i <= j <= len(array),
1 <= k <= j - i + 1): random triples almost never are, so the strategies build
them. Arrays hold distinct values in shuffled order, so any of these mistakes
changes the answer.
"""

from hypothesis import strategies as st


@st.composite
def _command(draw, n):
    i = draw(st.integers(1, n))
    j = draw(st.integers(i, n))
    return [i, j, draw(st.integers(1, j - i + 1))]


@st.composite
def _array_and_commands(draw, max_len, max_commands, distinct):
    values = st.integers(1, 100)
    array = draw(st.lists(values, min_size=1, max_size=max_len, unique=distinct))
    commands = draw(st.lists(_command(len(array)), min_size=1, max_size=max_commands))
    return {"array": array, "commands": commands}


def strategy_shuffled_distinct():
    """Up to 10 distinct values in shuffled order and up to 4 commands: any wrong index shows."""
    return _array_and_commands(10, 4, True)


def strategy_repeats():
    """Short arrays with repeated values, several commands in a row."""
    return _array_and_commands(6, 6, False)


def worst_whole_array(n, rng):
    """50 commands over the whole array, k anywhere: every command sorts n numbers."""
    return {"array": [rng.randint(1, 100) for _ in range(n)],
            "commands": [[1, n, rng.randint(1, n)] for _ in range(50)]}


def worst_largest_k(n, rng):
    """50 long slices asking for their largest number: the repeated-minimum oracle works hardest."""
    commands = []
    for _ in range(50):
        i = rng.randint(1, max(1, n // 10))
        j = rng.randint(max(i, n - n // 10), n)
        commands.append([i, j, j - i + 1])
    return {"array": [rng.randint(1, 100) for _ in range(n)], "commands": commands}
