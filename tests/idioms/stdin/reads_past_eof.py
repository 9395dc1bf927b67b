"""Wrong on purpose: reads one line too many, so input() hits EOF. A runtime error."""
n = int(input())
numbers = input()
extra = input()
print(sum(map(int, numbers.split())))
