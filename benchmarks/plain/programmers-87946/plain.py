"""Fatigue: backtracking over the order of dungeons; from the current fatigue, enter any
unvisited dungeon you can afford, recurse, and undo the visit on the way back.

Idea: a DFS with a visited list; the answer is the deepest count of dungeons reached
on any path.

Time: O(n!) at worst (n <= 8, 40,320 orders). Space: O(n).
Written plainly: a global answer and visited list, plain recursion, no pruning or memo.
"""

answer = 0
visited = []


def dfs(k, dungeons, count):
    global answer
    if count > answer:
        answer = count
    for i in range(len(dungeons)):
        if not visited[i] and k >= dungeons[i][0]:
            visited[i] = True
            dfs(k - dungeons[i][1], dungeons, count + 1)
            visited[i] = False


def solution(k, dungeons):
    global answer, visited
    answer = 0
    visited = [False] * len(dungeons)
    dfs(k, dungeons, 0)
    return answer
