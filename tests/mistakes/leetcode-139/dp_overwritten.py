"""Sets dp[i] once per word (dp[i] = dp[i - len(w)] and ...) instead of or-ing, so a later word that does not fit undoes an earlier one that did."""
from typing import List


class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        dp = [True] + [False] * len(s)
        for i in range(1, len(s) + 1):
            for w in wordDict:
                if len(w) <= i:
                    dp[i] = dp[i - len(w)] and s[i - len(w):i] == w
        return dp[len(s)]
