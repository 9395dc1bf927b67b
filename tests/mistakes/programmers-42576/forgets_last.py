"""42576: compares the sorted lists pairwise but forgets the case where they agree to the end (the missing name sorts last)."""


def solution(participant, completion):
    participant.sort()
    completion.sort()
    for p, c in zip(participant, completion):
        if p != c:
            return p
