"""Wrong on purpose: prints the answer, then 100 MB more. Over the output limit: a runtime error."""
import sys

n = int(input())
print(sum(map(int, input().split())))
chunk = "x" * (1 << 20)
for _ in range(100):
    sys.stdout.write(chunk)
