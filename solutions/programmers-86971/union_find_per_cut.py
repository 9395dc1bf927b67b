"""For each wire, join the towers along every other wire with union-find; measure one end's group.

Time: O(n^2 * alpha(n)). Space: O(n).
"""


def group_size(n, wires, skip):
    """Towers in the group of wire ``skip``'s first end when that wire is left out."""
    root = list(range(n + 1))

    def find(x):
        """Representative of x's group, halving paths on the way."""
        while root[x] != x:
            root[x] = root[root[x]]
            x = root[x]
        return x

    for i, (a, b) in enumerate(wires):
        if i != skip:
            root[find(a)] = find(b)
    leader = find(wires[skip][0])
    return sum(1 for tower in range(1, n + 1) if find(tower) == leader)


def solution(n, wires):
    """Smallest difference between the two groups over every wire left out."""
    return min(abs(n - 2 * group_size(n, wires, skip)) for skip in range(len(wires)))
