"""For each second, walk forward until the price first falls below it.

The definition read literally, and the double loop with an early break that
Programmers accepts. It is quick when falls come soon, but a long stretch with
no fall makes every walk run to the end.

Time: O(n^2) when prices never fall (O(n) when each falls at once). Space: O(n).
"""


def solution(prices):
    """Seconds each price holds: up to its first fall, or to the last second."""
    n = len(prices)
    answer = []
    for i in range(n):
        j = i + 1
        while j < n and prices[j] >= prices[i]:
            j += 1
        answer.append(min(j, n - 1) - i)  # j == n: it never fell, held to the end
    return answer
