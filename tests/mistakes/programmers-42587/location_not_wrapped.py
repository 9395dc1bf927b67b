"""42587: counts the wanted position down with each pop but forgets to move it to the back when that process is re-queued."""


def solution(priorities, location):
    queue = list(priorities)
    answer = 0
    while queue:
        p = queue.pop(0)
        if queue and max(queue) > p:
            queue.append(p)
        else:
            answer += 1
            if location == 0:
                return answer
        location -= 1
