"""42584: answers j - i - 1 for a fall at second j, leaving out the second in which the price fell."""


def solution(prices):
    n = len(prices)
    answer = [0] * n
    stack = []
    for j, price in enumerate(prices):
        while stack and prices[stack[-1]] > price:
            i = stack.pop()
            answer[i] = j - i - 1
        stack.append(j)
    for i in stack:
        answer[i] = n - 1 - i
    return answer
