"""One table of platforms, read by every command: a spelling that works in one place works in all."""

import pytest

from algokit import platforms
from algokit.group import memberfiles
from algokit.judging.runner import config_for
from algokit.problem import catalog
from algokit.problem.newproblem import new_slug

SPELLINGS = [(p.id, spelling) for p in platforms.PLATFORMS for spelling in p.spellings]


@pytest.fixture(scope="module")
def specs():
    return catalog.load_all(None)


@pytest.mark.parametrize("platform, spelling", SPELLINGS)
def test_a_spelling_means_the_same_platform_in_list_and_in_a_path(platform, spelling, specs):
    """`algokit list --platform bj` and a member's file BJ2470_x.py agree on what bj is."""
    listed = catalog.select(specs, platform=spelling.upper())
    assert listed and {spec.platform for spec in listed} == {platform}
    assert memberfiles.platform_of(spelling) == platform
    pattern = memberfiles.parse("{platform}{id}_{member}.py")
    fields = pattern.match(f"{spelling.upper()}2470_김주성.py")
    placed = memberfiles.place(fields, specs)
    assert (placed.slug is not None) == (platform == "boj"), placed.reason  # 2470 is a Baekjoon problem


def test_a_word_that_names_no_platform_is_refused_with_the_known_ones(specs):
    with pytest.raises(catalog.UnknownProblem, match="programmers, boj, leetcode"):
        catalog.select(specs, platform="codeforces")
    assert memberfiles.platform_of("week4") is None


def test_full_width_and_spaced_spellings_fold():
    assert platforms.named("ＢＯＪ").id == "boj"
    assert platforms.named("Leet Code").id == "leetcode"


@pytest.mark.parametrize("url, slug", [
    ("https://www.acmicpc.net/problem/2470", "boj-2470"),
    ("school.programmers.co.kr/learn/courses/30/lessons/152996", "programmers-152996"),
    ("https://leetcode.com/problems/two-sum/?envType=study-plan", "leetcode-two-sum"),
])
def test_a_new_problem_from_a_url_is_named_by_its_host(url, slug):
    assert new_slug(url) == slug


def test_each_platform_runs_solutions_its_own_way(tmp_path):
    """LeetCode keeps the module and imports the usual modules; Programmers lifts the int digit cap."""
    path = tmp_path / "x.py"
    leetcode = config_for(path, "twoSum", style="class", platform="leetcode")
    programmers = config_for(path, style="function", platform="programmers")
    boj = config_for(path, "main", style="stdin", platform="boj")
    assert leetcode.keep_module and "from collections import *" in leetcode.prelude
    assert programmers.any_int_digits and not programmers.keep_module and not programmers.prelude
    assert not (boj.keep_module or boj.prelude or boj.any_int_digits)
    toy = config_for(path, style="class", platform="toy")  # another source runs as its style's platform
    assert toy.keep_module == leetcode.keep_module and toy.prelude == leetcode.prelude


@pytest.mark.parametrize("style, platform, kind", [
    ("function", "programmers", "value"), ("class", "leetcode", "json"), ("stdin", "boj", "tokens"),
    ("stdin", "programmers", "tokens"), ("function", "toy", "exact"),
])
def test_the_default_checker_is_the_platforms(style, platform, kind):
    assert platforms.default_checker(style, platform) == kind
