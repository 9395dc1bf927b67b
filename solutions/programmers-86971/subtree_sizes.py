"""Root the tree once and count every subtree; cutting above a subtree of s towers leaves s and n - s.

One traversal from tower 1 lists the towers parents first; walking that list
backwards adds each subtree's size to its parent's.

Time: O(n). Space: O(n).
"""


def solution(n, wires):
    """Smallest |n - 2s| over the subtree sizes s of every tower but the root."""
    links = [[] for _ in range(n + 1)]
    for a, b in wires:
        links[a].append(b)
        links[b].append(a)
    parent, order, stack = [0] * (n + 1), [], [1]
    parent[1] = -1
    while stack:
        tower = stack.pop()
        order.append(tower)
        for nxt in links[tower]:
            if nxt != parent[tower]:
                parent[nxt] = tower
                stack.append(nxt)
    size = [1] * (n + 1)
    for tower in reversed(order[1:]):
        size[parent[tower]] += size[tower]
    return min(abs(n - 2 * size[tower]) for tower in order[1:])
