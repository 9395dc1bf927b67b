"""Let the worm spread in rounds, as the story tells it, until a round infects nobody new.

Each round goes over every pair: if one end is infected, so is the other. When
a whole round changes nothing, the infected set is final. No graph, no search
order: the oracle.

Time: O(N * P) for P pairs. Space: O(N + P).
"""
import sys

input = sys.stdin.readline

n = int(input())
pairs = [tuple(map(int, input().split())) for _ in range(int(input()))]
infected = [False] * (n + 1)
infected[1] = True
changed = True
while changed:
    changed = False
    for a, b in pairs:
        if infected[a] != infected[b]:
            infected[a] = infected[b] = True
            changed = True
print(sum(infected) - 1)
