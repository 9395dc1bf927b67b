"""Greedy: divides by 3 whenever it can, else by 2, else subtracts 1; 10 → 5 → 4 → 2 → 1 takes 4, not 3."""
x = int(input())
steps = 0
while x > 1:
    if x % 3 == 0:
        x //= 3
    elif x % 2 == 0:
        x //= 2
    else:
        x -= 1
    steps += 1
print(steps)
