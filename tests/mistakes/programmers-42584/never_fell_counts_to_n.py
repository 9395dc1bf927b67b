"""42584: gives a price that never falls n - i seconds instead of n - 1 - i (counts past the last second)."""


def solution(prices):
    n = len(prices)
    answer = [0] * n
    stack = []
    for j, price in enumerate(prices):
        while stack and prices[stack[-1]] > price:
            i = stack.pop()
            answer[i] = j - i
        stack.append(j)
    for i in stack:
        answer[i] = n - i
    return answer
