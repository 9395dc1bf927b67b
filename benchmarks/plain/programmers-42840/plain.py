"""Score the three guessing patterns against every answer (pattern[i % len(pattern)]),
then return every student whose score is the highest, in ascending order.

Time: O(n). Space: O(1).
Written plainly: three pattern lists, a score list, a for loop with modulo indexes.
"""


def solution(answers):
    pattern1 = [1, 2, 3, 4, 5]
    pattern2 = [2, 1, 2, 3, 2, 4, 2, 5]
    pattern3 = [3, 3, 1, 1, 2, 2, 4, 4, 5, 5]
    score = [0, 0, 0]
    for i in range(len(answers)):
        if answers[i] == pattern1[i % len(pattern1)]:
            score[0] += 1
        if answers[i] == pattern2[i % len(pattern2)]:
            score[1] += 1
        if answers[i] == pattern3[i % len(pattern3)]:
            score[2] += 1
    answer = []
    for i in range(3):
        if score[i] == max(score):
            answer.append(i + 1)
    return answer
