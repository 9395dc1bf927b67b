"""Body as a deque and a set of its cells; the turns consumed in order from a queue.

The set says in O(1) whether the head runs into the body. The tail is dropped only
after that check, so a head entering the tail's cell crashes. Turns are kept in
input order: the next one fires when the clock reaches its X.

Time: O(T + K + L) for T seconds. Space: O(K + L).
"""
import sys
from collections import deque

data = sys.stdin.read().split()
n, k = int(data[0]), int(data[1])
apples = {(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(k)}
pos = 2 + 2 * k
turns = deque((int(data[pos + 1 + 2 * i]), data[pos + 2 + 2 * i]) for i in range(int(data[pos])))
body = deque([(1, 1)])
occupied = {(1, 1)}
dr, dc = 0, 1
time = 0
while True:
    time += 1
    r, c = body[-1]
    head = (r + dr, c + dc)
    if not (0 < head[0] <= n and 0 < head[1] <= n) or head in occupied:
        break
    body.append(head)
    occupied.add(head)
    if head in apples:
        apples.discard(head)
    else:
        occupied.discard(body.popleft())
    if turns and turns[0][0] == time:
        _, side = turns.popleft()
        dr, dc = (dc, -dr) if side == "D" else (-dc, dr)
print(time)
