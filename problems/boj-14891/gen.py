"""Gears and turns for 톱니바퀴, written as Baekjoon's input text: four lines of 8 poles, K, then K turns.

A pole is 0 (N) or 1 (S), listed from 12 o'clock clockwise; a turn is a gear number
1 to 4 and a direction, 1 clockwise or -1 counter-clockwise. Small cases keep K at
1 to 6 so a counterexample shrinks to a turn or two. The mistakes members make:

- turning a gear and then comparing its neighbour with the already-turned teeth,
  instead of deciding every gear's turn from the teeth as they stood before
  (``strategy_chains``: every contact starts with different poles, so a turn runs
  down the line and turned teeth tell a different story);
- carrying a turn on past a gear that does not turn: once two touching teeth are
  equal, the gears beyond stay still (``strategy_chains``, ``strategy_small``);
- turning the wrong way: clockwise brings the 8th tooth (at 10:30) to 12 o'clock
  (``strategy_small``);
- scoring 1, 2, 3, 4 (or 1 each) instead of 1, 2, 4, 8 for a gear whose
  12 o'clock tooth is S (``strategy_small``).
"""

from hypothesis import strategies as st


def text(gears, turns):
    """The input text: the four gears, K, then one turn a line."""
    return "".join(g + "\n" for g in gears) + f"{len(turns)}\n" + "".join(f"{n} {d}\n" for n, d in turns)


gear = st.text(alphabet="01", min_size=8, max_size=8)
turn = st.tuples(st.integers(1, 4), st.sampled_from((1, -1)))


@st.composite
def strategy_small(draw):
    """Four random gears and 1 to 6 turns."""
    return text([draw(gear) for _ in range(4)], draw(st.lists(turn, min_size=1, max_size=6)))


@st.composite
def strategy_chains(draw):
    """Every contact starts with different poles: the first turn moves all four gears."""
    gears = [list(draw(gear)) for _ in range(4)]
    for g in range(3):
        gears[g + 1][6] = "1" if gears[g][2] == "0" else "0"
    return text(["".join(g) for g in gears], draw(st.lists(turn, min_size=1, max_size=4)))


def worst_many_turns(k, rng):
    """K turns of random gears at random: every turn a short scan of four gears."""
    gears = ["".join(rng.choice("01") for _ in range(8)) for _ in range(4)]
    return text(gears, [(rng.randint(1, 4), rng.choice((1, -1))) for _ in range(k)])


def worst_alternating(k, rng):
    """Poles alternating N, S all round: every contact differs, every turn moves all four gears."""
    return text(["01010101", "10101010", "01010101", "10101010"], [(1 + i % 4, 1) for i in range(k)])
