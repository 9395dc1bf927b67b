"""42584: stops at the first price that is lower or equal (>=), so an unchanged price counts as a fall."""


def solution(prices):
    n = len(prices)
    answer = []
    for i in range(n):
        seconds = 0
        for j in range(i + 1, n):
            seconds += 1
            if prices[i] >= prices[j]:
                break
        answer.append(seconds)
    return answer
