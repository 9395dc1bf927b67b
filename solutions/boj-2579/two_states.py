"""Two states per stair: how many stairs in a row end here, one or two.

alone[i]: stair i stepped on, stair i - 1 not (reached by a jump from i - 2, or
from the start when i = 1: the start is not a stair). pair[i]: stairs i - 1 and i
both stepped on, so i - 1 must have been alone. alone[i] = the better state at
i - 2, + score[i]; pair[i] = alone[i - 1] + score[i]. The answer is the better
state at stair N.

Time: O(N). Space: O(N).
"""
import sys

input = sys.stdin.readline

n = int(input())
score = [0] + [int(input()) for _ in range(n)]
NEVER = float("-inf")
alone = [NEVER] * (n + 1)
pair = [NEVER] * (n + 1)
alone[0] = 0  # the start: stair 1 after it is alone
for i in range(1, n + 1):
    before = max(alone[i - 2], pair[i - 2]) if i >= 2 else alone[0]
    alone[i] = before + score[i]
    if i >= 2:
        pair[i] = alone[i - 1] + score[i]
print(max(alone[n], pair[n]))
