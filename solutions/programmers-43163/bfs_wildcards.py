"""Breadth-first search with neighbours found by wildcard patterns: "hot" sits in buckets "*ot", "h*t", "ho*".

Two words are one letter apart exactly when they share a bucket, so each step
looks up L buckets instead of comparing against every word.

Time: O(W * L^2). Space: O(W * L^2).
"""

from collections import defaultdict, deque


def patterns(word):
    """The word with each position in turn replaced by '*'."""
    return [word[:i] + "*" + word[i + 1:] for i in range(len(word))]


def solution(begin, target, words):
    """Fewest one-letter changes from begin to target through words, or 0."""
    buckets = defaultdict(list)
    for word in words:
        for pattern in patterns(word):
            buckets[pattern].append(word)
    steps, queue = {begin: 0}, deque([begin])
    while queue:
        word = queue.popleft()
        if word == target:
            return steps[word]
        for pattern in patterns(word):
            for other in buckets.pop(pattern, ()):
                if other not in steps:
                    steps[other] = steps[word] + 1
                    queue.append(other)
    return 0
