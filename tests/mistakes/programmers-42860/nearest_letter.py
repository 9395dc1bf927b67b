"""42860: always moves the cursor to the nearest letter still to set (ties to the right), a greedy route that can cost more."""


def solution(name):
    n = len(name)
    answer = sum(min(ord(c) - ord("A"), ord("Z") - ord(c) + 1) for c in name)
    todo = {i for i in range(1, n) if name[i] != "A"}
    pos = 0
    while todo:
        best = None
        for i in todo:
            right, left = (i - pos) % n, (pos - i) % n
            step = min(right, left)
            if best is None or step < best[0] or step == best[0] and right == step:
                best = (step, i)
        answer += best[0]
        pos = best[1]
        todo.remove(pos)
    return answer
