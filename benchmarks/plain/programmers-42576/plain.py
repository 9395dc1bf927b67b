"""Count each name among the participants in a dict, subtract the finishers, return the name left over.

Time: O(n) expected (names are short). Space: O(n).
Written plainly: a dict filled with if/else in a loop, no Counter, no hashing tricks.
"""


def solution(participant, completion):
    count = {}
    for name in participant:
        if name in count:
            count[name] += 1
        else:
            count[name] = 1
    for name in completion:
        count[name] -= 1
    answer = ""
    for name in count:
        if count[name] > 0:
            answer = name
            break
    return answer
