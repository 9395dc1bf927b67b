"""One row updated in place: on a match it reads row[j-1], already this row's value, not the old diagonal."""
import sys

input = sys.stdin.readline
a, b = input().strip(), input().strip()
row = [0] * (len(b) + 1)
for letter in a:
    for j in range(1, len(b) + 1):
        if letter == b[j - 1]:
            row[j] = row[j - 1] + 1
        else:
            row[j] = max(row[j], row[j - 1])
print(row[-1])
