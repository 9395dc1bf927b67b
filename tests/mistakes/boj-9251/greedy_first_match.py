"""Greedy: takes each letter of the first string at its first match after the last one taken in the second."""
import sys

input = sys.stdin.readline
a, b = input().strip(), input().strip()
count, start = 0, 0
for letter in a:
    found = b.find(letter, start)
    if found != -1:
        count += 1
        start = found + 1
print(count)
