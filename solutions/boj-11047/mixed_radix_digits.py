"""Write K in the mixed radix the coins make, and add up its digits.

With each coin a multiple of the one before, the coins are the place values of a
mixed-radix system (like 1, 5, 10, 50, ... for money): the digit at coin i is
(K // A[i]) % (A[i+1] // A[i]), and the top coin's digit is K // A[N]. Each digit
counts the coins of that value in the fewest-coins answer.

Time: O(N). Space: O(N).
"""
import sys

input = sys.stdin.readline

n, k = map(int, input().split())
coins = [int(input()) for _ in range(n)]
digits = [(k // coins[i]) % (coins[i + 1] // coins[i]) for i in range(n - 1)]
digits.append(k // coins[-1])
print(sum(digits))
