"""The toy "sum of a list" problem's references, shared by the throwaway workspaces in the tests."""

SUM_REFERENCES = {
    "loop.py": '''
        """Add one by one. Time: O(n). Space: O(1)."""
        def solution(nums):
            total = 0
            for x in nums:
                total += x
            return total
    ''',
    "builtin.py": '''
        """Built-in sum. Time: O(n). Space: O(1)."""
        def solution(nums):
            return sum(nums)
    ''',
}


def sum_spec(slug="toy-sum", id=1, title=("합", "Sum"), max_len=1000, time=1.0, extra="",
             references=("loop.py", "builtin.py")):
    """The toy problem's problem.toml: the sum of 1..``max_len`` numbers in [-100, 100], with
    loop.py as the oracle, ``references`` beside it, and one official example; ``extra`` is appended."""
    ko, en = title
    listed = ", ".join(f'"{name}"' for name in references)
    return f'''
slug = "{slug}"
platform = "toy"
id = {id}
url = "https://example.org/{slug}"
title = {{ ko = "{ko}", en = "{en}" }}

[signature]
function = "solution"
returns = "int"
size = "len(nums)"

[[params]]
name = "nums"
type = "list[int]"
len = [1, {max_len}]
min = -100
max = 100

[limits]
time = {time}

[solutions]
oracle = "loop.py"
references = [{listed}]

[[examples]]
why = "official"
input = {{ nums = [1, 2, 3] }}
output = 6
{extra}'''
