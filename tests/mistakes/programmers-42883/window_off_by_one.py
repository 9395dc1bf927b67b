"""42883: picks the j-th kept digit from number[start:k + j], a window one digit too short on the right."""


def solution(number, k):
    answer = ""
    start = 0
    for j in range(len(number) - k):
        window = number[start:k + j] or number[start]
        best = max(window)
        start += window.index(best) + 1
        answer += best
    return answer
