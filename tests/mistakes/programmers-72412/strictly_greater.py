"""72412: counts scores greater than X (score > X), leaving out those who scored exactly X."""


def solution(info, query):
    applicants = [line.split(" ") for line in info]
    answer = []
    for line in query:
        *words, x = line.replace(" and ", " ").split(" ")
        answer.append(sum(1 for *fields, score in applicants
                          if int(score) > int(x) and all(w in ("-", f) for w, f in zip(words, fields))))
    return answer
