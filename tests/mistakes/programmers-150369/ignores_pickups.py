"""150369: decides how far to drive from the deliveries alone, so houses with only empties to collect are skipped."""


def solution(cap, n, deliveries, pickups):
    answer = owe_d = owe_p = 0
    for i in range(n - 1, -1, -1):
        owe_d += deliveries[i]
        owe_p += pickups[i]
        while owe_d > 0:
            owe_d -= cap
            owe_p -= cap
            answer += 2 * (i + 1)
    return answer
