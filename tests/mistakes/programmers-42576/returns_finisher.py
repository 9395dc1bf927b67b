"""42576: at the first mismatch of the sorted lists returns the finisher's name instead of the participant's."""


def solution(participant, completion):
    participant.sort()
    completion.sort()
    for i in range(len(completion)):
        if participant[i] != completion[i]:
            return completion[i]
    return participant[-1]
