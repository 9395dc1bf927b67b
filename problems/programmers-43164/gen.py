"""Input generators for 여행경로 beyond what the constraints alone give.

The mistakes members make here:

- greedy without backtracking: always flying to the alphabetically smallest
  airport, which can strand the traveller with tickets left over;
- visited airports instead of used tickets: refusing to land twice at the same
  airport, though routes often come back through ICN or another hub;
- backtracking that forgets to un-use a ticket: after a dead end the ticket
  stays marked as used, so the route found next is missing it;
- duplicate tickets merged: used tickets tracked by value ([a, b] in a list of
  used ones, or a set of destinations), so two identical tickets count as one.

Uniform tickets almost never form a route that uses them all. Every input here
is a real journey from ICN, a walk whose legs are shuffled into tickets, over a
few airports whose names sort around ICN, so routes revisit airports and repeat
tickets. The trap strategy puts a dead end at the smallest airport out of ICN,
reachable only after a round trip through larger names.
"""

from hypothesis import strategies as st

POOL = ["AAA", "ATL", "HND", "ICA", "ICN", "ICO", "JFK", "SFO", "ZZZ"]


def tickets_of(route):
    """The legs of a route, as tickets."""
    return [[a, b] for a, b in zip(route, route[1:])]


@st.composite
def _walk(draw, start, length, pool):
    """A route of ``length`` legs from ``start`` over ``pool``, never flying to the same airport."""
    route = [start]
    for _ in range(length):
        route.append(draw(st.sampled_from([a for a in pool if a != route[-1]])))
    return route


@st.composite
def strategy_journeys(draw):
    """A random journey of 2..8 legs over three to five airports, ICN among them."""
    pool = ["ICN"] + draw(st.lists(st.sampled_from([a for a in POOL if a != "ICN"]), min_size=2, max_size=4, unique=True))
    route = draw(_walk("ICN", draw(st.integers(2, 8)), pool))
    if len(set(route)) < 3:  # at least three airports: one more leg to a new one
        route.append(next(a for a in pool if a not in route))
    return {"tickets": draw(st.permutations(tickets_of(route)))}


@st.composite
def strategy_traps(draw):
    """ICN -> (round trip through larger names) -> ICN -> a smaller dead-end tail: greedy takes the tail first."""
    small, large = ["AAA", "ATL", "HND", "ICA"], ["ICO", "JFK", "SFO", "ZZZ"]
    loop = draw(_walk("ICN", draw(st.integers(1, 3)), ["ICN"] + large))
    loop += [] if loop[-1] == "ICN" else ["ICN"]
    tail = draw(_walk("ICN", draw(st.integers(1, 3)), small + ["ICN"]))  # leaves ICN for a small name
    route = loop + tail[1:]
    return {"tickets": draw(st.permutations(tickets_of(route)))}


def name(i):
    """A three-letter airport name for i < 26^3, never ICN: 'AAA', 'AAB', ..."""
    a, rest = divmod(i, 676)
    letters = "".join(chr(ord("A") + d) for d in (a, rest // 26, rest % 26))
    return letters if letters != "ICN" else "ZZZ"  # 'ZZZ' is name(17575), never reached here


def worst_trap(n, rng):
    """ICN -> AAA is a dead end with up to 12 round trips out of AAA after it; the rest is a long loop from ICN.

    Greedy flies to AAA first; backtracking then tries every order of AAA's round
    trips before it gives up on AAA (12! orders), while Hierholzer's algorithm
    splices the loop in once.
    """
    petals = max(0, min(12, (n - 3) // 2))
    loop_legs = n - 1 - 2 * petals  # ICN -> ... -> ICN, then ICN -> AAA and the petals
    loop = ["ICN"] + [name(1000 + i) for i in range(loop_legs - 1)] + ["ICN"] if loop_legs >= 2 else ["ICN"]
    if loop_legs == 1:  # n = 2: no room for a loop; ICN -> AAA -> BAA
        return {"tickets": [["AAA", "BAA"], ["ICN", "AAA"]]}
    route = loop + ["AAA"]
    for i in range(petals):
        route += [name(100 + i), "AAA"]
    tickets = tickets_of(route)
    rng.shuffle(tickets)
    return {"tickets": tickets}


def worst_random_walk(n, rng):
    """A random journey of n legs over about n / 10 airports: many returns to each airport."""
    airports = ["ICN"] + [name(676 + i) for i in range(max(2, n // 10))]
    route = ["ICN"]
    while len(route) <= n:
        route.append(_other(rng, airports, route[-1]))
    if len(set(route)) < 3:
        route[-1] = next(a for a in airports if a not in route[:-1])
    tickets = tickets_of(route)
    rng.shuffle(tickets)
    return {"tickets": tickets}


def _other(rng, airports, here):
    """A random airport other than here."""
    while True:
        airport = rng.choice(airports)
        if airport != here:
            return airport


def worst_hub(n, rng):
    """Round trips out of ICN to four airports, repeated (thousands of duplicate tickets), then ICN -> AAA -> BBB.

    The smallest airport out of ICN is the final dead end, so a greedy traveller is
    turned back from AAA at every visit to ICN.
    """
    route = ["ICN"]
    while len(route) <= n - 2:
        route += [rng.choice(["CCC", "DDD", "XXX", "ZZZ"]), "ICN"]
    route += ["AAA", "BBB"][: n + 1 - len(route)]
    tickets = tickets_of(route)
    rng.shuffle(tickets)
    return {"tickets": tickets}
