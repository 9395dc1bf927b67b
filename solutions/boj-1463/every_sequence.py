"""Try every sequence of operations, shortest first: all sequences of length 0, then 1, then 2, ...

A depth-limited search applies every allowed operation (divide by 3, divide by
2, subtract 1) in every order; the first length at which some sequence reaches 1
is the answer. No table and no recurrence: the oracle.

Time: O(1.84^answer) nodes per length tried. Space: O(answer).
"""
n = int(input())


def reaches_one(x, moves):
    if x == 1:
        return True
    if moves == 0:
        return False
    return ((x % 3 == 0 and reaches_one(x // 3, moves - 1))
            or (x % 2 == 0 and reaches_one(x // 2, moves - 1))
            or reaches_one(x - 1, moves - 1))


length = 0
while not reaches_one(n, length):
    length += 1
print(length)
