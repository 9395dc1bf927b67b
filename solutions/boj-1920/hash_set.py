"""Put the values in a set; each question is one hash lookup. The answers are written at once.

Time: O(N + M) on average. Space: O(N + M).
"""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
values = set(map(int, data[1:1 + n]))
m = int(data[1 + n])
sys.stdout.write("\n".join("1" if int(x) in values else "0" for x in data[2 + n:2 + n + m]) + "\n")
