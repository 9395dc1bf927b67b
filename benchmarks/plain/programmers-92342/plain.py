"""Archery contest: for each score from 10 down to 1, Ryan either takes it with one arrow more
than Apeach or leaves it; spare arrows go on 0 points. Try all 2^10 plans by DFS.

Idea: a recursive DFS over the 10 scoring slots with a shared list of Ryan's arrows; at the
end the remaining arrows go on 0 points, both totals are counted, and the plan is kept if
its margin is larger, or equal with more arrows on lower scores (compare reversed lists).

Time: O(2^10 * 11). Space: O(11) besides the recursion.
Written plainly: global best variables, a list changed and restored around each call, list slicing to copy.
"""

best_diff = 0
best_plan = [-1]


def score(info, ryan):
    apeach_total = 0
    ryan_total = 0
    for i in range(11):
        if info[i] == 0 and ryan[i] == 0:
            continue
        if ryan[i] > info[i]:
            ryan_total += 10 - i
        else:
            apeach_total += 10 - i
    return ryan_total - apeach_total


def dfs(idx, left, info, ryan):
    global best_diff, best_plan
    if idx == 10:
        ryan[10] = left
        diff = score(info, ryan)
        if diff > best_diff:
            best_diff = diff
            best_plan = ryan[:]
        elif diff == best_diff and diff > 0 and ryan[::-1] > best_plan[::-1]:
            best_plan = ryan[:]
        ryan[10] = 0
        return
    if left > info[idx]:
        ryan[idx] = info[idx] + 1
        dfs(idx + 1, left - ryan[idx], info, ryan)
        ryan[idx] = 0
    dfs(idx + 1, left, info, ryan)


def solution(n, info):
    global best_diff, best_plan
    best_diff = 0
    best_plan = [-1]
    dfs(0, n, info, [0] * 11)
    return best_plan
