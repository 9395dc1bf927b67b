"""12906: keeps arr[i] when it differs from arr[i + 1] for i < n - 1 and never adds the last run."""


def solution(arr):
    answer = []
    for i in range(len(arr) - 1):
        if arr[i] != arr[i + 1]:
            answer.append(arr[i])
    return answer
