"""42885: fills each boat with as many people as the weight limit allows, forgetting that a boat holds at most two."""


def solution(people, limit):
    boats = []
    for w in sorted(people, reverse=True):
        for i, load in enumerate(boats):
            if load + w <= limit:
                boats[i] += w
                break
        else:
            boats.append(w)
    return len(boats)
