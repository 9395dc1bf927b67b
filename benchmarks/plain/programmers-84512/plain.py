"""Vowel dictionary: build every word of 1 to 5 letters from AEIOU in dictionary order with a
depth-first search, then return the position of the word.

Idea: a recursive DFS appends the current word to a list and then tries each vowel in
order while the word is shorter than 5; the list comes out in dictionary order (3,905
words). The answer is the word's index in that list (the empty word is index 0).

Time: O(3,905 * 5) to build the list, plus an O(3,905) list.index. Space: O(3,905).
Written plainly: a global list, recursion with string concatenation, list.index at the end.
"""

words = []


def dfs(word):
    words.append(word)
    if len(word) == 5:
        return
    for v in "AEIOU":
        dfs(word + v)


def solution(word):
    words.clear()
    dfs("")
    return words.index(word)
