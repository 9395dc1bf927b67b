"""Needs each letter of t once (a set), not as many times as t has it, so t = "aa" is met by a single 'a'."""


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = set(t)
        best = ""
        for i in range(len(s)):
            for j in range(i + 1, len(s) + 1):
                if need <= set(s[i:j]):
                    if not best or j - i < len(best):
                        best = s[i:j]
                    break
        return best
