"""Sort the values and move two pointers inward: a negative sum moves the left pointer up,
a positive one moves the right pointer down; remember the pair whose sum is closest to 0.

Time: O(N log N). Space: O(N).
Written plainly: input() per line, list.sort(), a while loop with abs() each step,
module-level code.
"""
n = int(input())
arr = list(map(int, input().split()))
arr.sort()

left = 0
right = n - 1
best = abs(arr[left] + arr[right])
answer = [arr[left], arr[right]]
while left < right:
    total = arr[left] + arr[right]
    if abs(total) < best:
        best = abs(total)
        answer = [arr[left], arr[right]]
        if total == 0:
            break
    if total < 0:
        left += 1
    else:
        right -= 1

print(answer[0], answer[1])
