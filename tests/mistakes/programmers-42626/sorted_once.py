"""Sorts once and appends each mix at the back, as if the list stayed sorted: a mix milder than an unused food is taken too late."""


def solution(scoville, K):
    foods = sorted(scoville)
    answer = 0
    while foods[0] < K:
        if len(foods) < 2:
            return -1
        mildest = foods.pop(0)
        second = foods.pop(0)
        foods.append(mildest + second * 2)
        answer += 1
    return answer
