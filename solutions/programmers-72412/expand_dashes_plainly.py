"""The intended method as members write it: group scores by the four answers, and expand each
query's '-' recursively, a new list of keys per level.

Each applicant goes into the one group of its exact answers; each group's scores are
sorted once. A query's key list is built by recursion over its four words: a word
keeps itself, a '-' becomes every answer of its field, and each level returns a new
list. For each key, bisect_left counts the scores at or above X.

This is the plainly written form of expand_dashes_bisect.py, with nothing tuned: it
sets the bar the time limit must leave room for (see limits in problem.toml).

Time: O(n log n + 24 m log n), with up to 24 keys per all-'-' query. Space: O(n).
"""

from bisect import bisect_left

FIELDS = [["cpp", "java", "python"], ["backend", "frontend"], ["junior", "senior"], ["chicken", "pizza"]]


def expand(words, i):
    """Every key the words from field i on can name, as lists of answers."""
    if i == len(words):
        return [[]]
    rest = expand(words, i + 1)
    choices = FIELDS[i] if words[i] == "-" else [words[i]]
    keys = []
    for choice in choices:
        for tail in rest:
            keys.append([choice] + tail)
    return keys


def solution(info, query):
    """For each query, the number of applicants who meet it."""
    groups = {}
    for line in info:
        language, job, career, food, score = line.split()
        key = " ".join([language, job, career, food])
        if key not in groups:
            groups[key] = []
        groups[key].append(int(score))
    for key in groups:
        groups[key].sort()

    answer = []
    for line in query:
        parts = line.split(" and ")
        food, x = parts[3].split()
        words = [parts[0], parts[1], parts[2], food]
        count = 0
        for key in expand(words, 0):
            scores = groups.get(" ".join(key), [])
            count += len(scores) - bisect_left(scores, int(x))
        answer.append(count)
    return answer
