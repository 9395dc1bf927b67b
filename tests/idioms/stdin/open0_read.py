"""Reads everything through open(0), the shortest fast-input idiom (fd 0 closed when collected)."""
n, *numbers = map(int, open(0).read().split())
print(sum(numbers))
