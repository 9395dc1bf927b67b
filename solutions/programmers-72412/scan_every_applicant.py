"""Read each query literally and check it against every applicant, one by one.

A condition of '-' matches anyone; otherwise the applicant's word must equal
it, and the score must be at least X. Nothing is grouped, sorted or
precomputed, which makes it the oracle.

Time: O(n * m) for n applicants and m queries. Space: O(n).
"""


def solution(info, query):
    """For each query, the number of applicants who meet it."""
    applicants = [line.split(" ") for line in info]
    answer = []
    for line in query:
        *words, x = line.replace(" and ", " ").split(" ")
        answer.append(sum(1 for *fields, score in applicants
                          if int(score) >= int(x)
                          and all(w == "-" or w == f for w, f in zip(words, fields))))
    return answer
