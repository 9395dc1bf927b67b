"""Named sets of catalogue problems: the 고득점 Kit's parts, KAKAO rounds, Baekjoon classics.

A spec lists the sets it belongs to by id (``sets = ["kit/hash"]``). A set id is
ASCII and hierarchical: ``kit`` holds every ``kit/<part>``. Members type the
Korean part names as often as the ids, so each set also answers to its Korean
title and a few aliases (``해시``, ``kit/해시``, ``hash``).
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import names, platforms


@dataclass(frozen=True)
class ProblemSet:
    id: str
    ko: str
    en: str
    aliases: tuple[str, ...] = ()


# Programmers' 코딩테스트 고득점 Kit, in the Kit's own order of parts.
KNOWN = (
    ProblemSet("kit", "코딩테스트 고득점 Kit", "Coding Test High-Score Kit", ("고득점kit", "고득점 키트", "high-score kit")),
    ProblemSet("kit/hash", "해시", "Hash", ("kit/해시",)),
    ProblemSet("kit/stack-queue", "스택/큐", "Stack/Queue", ("kit/스택/큐", "스택큐", "stack", "queue")),
    ProblemSet("kit/heap", "힙", "Heap", ("kit/힙", "heap")),
    ProblemSet("kit/sort", "정렬", "Sorting", ("kit/정렬", "sorting")),
    ProblemSet("kit/brute-force", "완전탐색", "Brute Force", ("kit/완전탐색", "완전 탐색", "exhaustive search")),
    ProblemSet("kit/greedy", "탐욕법", "Greedy", ("kit/탐욕법", "탐욕법(greedy)", "그리디")),
    ProblemSet("kit/dp", "동적계획법", "Dynamic Programming", ("kit/동적계획법", "동적계획법(dynamic programming)", "dp")),
    ProblemSet("kit/dfs-bfs", "깊이/너비 우선 탐색", "DFS/BFS", ("kit/dfs/bfs", "깊이/너비 우선 탐색(dfs/bfs)", "dfs", "bfs")),
    ProblemSet("kit/binary-search", "이분탐색", "Binary Search", ("kit/이분탐색", "이진탐색", "binary search")),
    ProblemSet("kit/graph", "그래프", "Graph", ("kit/그래프",)),
    # KAKAO's recruitment rounds, held on Programmers: kakao/<year>-<round>.
    ProblemSet("kakao", "카카오 기출", "KAKAO recruitment", ("카카오", "kakao 기출")),
    ProblemSet("kakao/2020-blind", "2020 KAKAO BLIND RECRUITMENT", "2020 KAKAO Blind"),
    ProblemSet("kakao/2020-intern", "2020 카카오 인턴십", "2020 KAKAO Internship"),
    ProblemSet("kakao/2021-blind", "2021 KAKAO BLIND RECRUITMENT", "2021 KAKAO Blind"),
    ProblemSet("kakao/2021-intern", "2021 카카오 채용연계형 인턴십", "2021 KAKAO Internship"),
    ProblemSet("kakao/2022-blind", "2022 KAKAO BLIND RECRUITMENT", "2022 KAKAO Blind"),
    ProblemSet("kakao/2022-intern", "2022 KAKAO TECH INTERNSHIP", "2022 KAKAO Internship"),
    ProblemSet("kakao/2023-blind", "2023 KAKAO BLIND RECRUITMENT", "2023 KAKAO Blind"),
    # The Baekjoon problems every group keeps using; Baekjoon itself closed on 2026-04-28.
    ProblemSet("boj-classics", "백준 단골 문제", "Baekjoon classics", platforms.get("boj").spellings),
    # The classics by technique, as study roadmaps order them: boj-classics/<technique>.
    ProblemSet("boj-classics/dfs-bfs", "백준 깊이/너비 우선 탐색", "Baekjoon: DFS/BFS", ("boj/dfs-bfs", "백준 dfs", "백준 bfs")),
    ProblemSet("boj-classics/dp", "백준 동적계획법", "Baekjoon: dynamic programming", ("boj/dp", "백준 dp")),
    ProblemSet("boj-classics/greedy", "백준 그리디", "Baekjoon: greedy", ("boj/greedy", "백준 탐욕법")),
    ProblemSet("boj-classics/binary-search", "백준 이분탐색", "Baekjoon: binary search",
               ("boj/binary-search", "백준 이진탐색", "백준 매개변수 탐색", "parametric search")),
    ProblemSet("boj-classics/heap", "백준 우선순위 큐", "Baekjoon: heap", ("boj/heap", "백준 힙")),
    ProblemSet("boj-classics/backtracking", "백준 백트래킹", "Baekjoon: backtracking", ("boj/backtracking", "백트래킹")),
    ProblemSet("boj-classics/shortest-path", "백준 최단 경로", "Baekjoon: shortest paths",
               ("boj/shortest-path", "최단 경로", "shortest path")),
    ProblemSet("boj-classics/graph", "백준 그래프 이론", "Baekjoon: graph theory (MST, topological sort)",
               ("boj/graph", "최소 스패닝 트리", "위상 정렬", "mst", "topological sort")),
    ProblemSet("boj-classics/two-pointers", "백준 투 포인터", "Baekjoon: two pointers", ("boj/two-pointers", "투 포인터")),
    # LeetCode's interview lists, which groups moved to after Baekjoon closed: leetcode/<list>.
    ProblemSet("leetcode", "리트코드 목록", "LeetCode lists", ("리트코드", "lc")),
    ProblemSet("leetcode/blind75", "Blind 75", "Blind 75", ("blind75", "blind 75", "블라인드 75", "블라인드75")),
    ProblemSet("leetcode/neetcode150", "NeetCode 150", "NeetCode 150", ("neetcode150", "neetcode 150", "니트코드 150")),
    # Samsung's SW competency test (삼성 SW 역량테스트): past problems, once on Baekjoon, drilled as simulations.
    ProblemSet("samsung", "삼성 SW 역량테스트 기출", "Samsung SW competency test",
               ("삼성 기출", "삼성", "samsung", "삼성 역량테스트", "sw 역량테스트")),
)


def find(name) -> ProblemSet | None:
    """The known set ``name`` means (an id, a title or an alias, in any spacing), or None."""
    wanted = names.normal(name)
    for known in KNOWN:
        if wanted in {names.normal(n) for n in (known.id, known.ko, known.en, *known.aliases)}:
            return known
    return None


def contains(set_id, spec_sets) -> bool:
    """True when a spec with ``spec_sets`` is in ``set_id``: the set itself or one of its parts."""
    return any(s == set_id or s.startswith(set_id + "/") for s in spec_sets)


def order(spec_sets) -> int:
    """Where a problem with ``spec_sets`` comes in the catalogue: by its first known set."""
    ids = [known.id for known in KNOWN]
    return min((ids.index(s) for s in spec_sets if s in ids), default=len(ids))
