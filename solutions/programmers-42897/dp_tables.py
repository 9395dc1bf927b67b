"""Two tables, as usually written: dp1 may rob the first house and so stops before the last; dp2 skips the first.

dp[i] is the best total using houses up to i: max(dp[i - 1], dp[i - 2] + money[i]).
dp1 starts with house 0 robbed where it pays (dp1[1] = max(money[0], money[1])) and ends
at house n - 2; dp2 starts with house 0 skipped and ends at house n - 1.

Time: O(n). Space: O(n) for the two tables.
"""


def solution(money):
    """The most money taken from houses in a circle without robbing two neighbours."""
    n = len(money)
    dp1 = [0] * n
    dp1[0] = money[0]
    dp1[1] = max(money[0], money[1])
    for i in range(2, n - 1):
        dp1[i] = max(dp1[i - 1], dp1[i - 2] + money[i])
    dp2 = [0] * n
    dp2[1] = money[1]
    for i in range(2, n):
        dp2[i] = max(dp2[i - 1], dp2[i - 2] + money[i])
    return max(dp1[n - 2], dp2[n - 1])
