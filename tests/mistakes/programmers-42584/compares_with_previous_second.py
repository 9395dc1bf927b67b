"""42584: looks for the first second where the price drops from the second before, not below the price at i."""


def solution(prices):
    n = len(prices)
    answer = []
    for i in range(n):
        j = i + 1
        while j < n and prices[j] >= prices[j - 1]:
            j += 1
        answer.append(min(j, n - 1) - i)
    return answer
