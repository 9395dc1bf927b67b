"""43163: returns 0 only when target is missing from words; when it is there but unreachable, the sentinel 51 leaks out."""


def solution(begin, target, words):
    if target not in words:
        return 0
    answer = 51
    used = [False] * len(words)

    def dfs(word, steps):
        nonlocal answer
        if word == target:
            answer = min(answer, steps)
            return
        for i, other in enumerate(words):
            if not used[i] and sum(a != b for a, b in zip(word, other)) == 1:
                used[i] = True
                dfs(other, steps + 1)
                used[i] = False

    dfs(begin, 0)
    return answer
