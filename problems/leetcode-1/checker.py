"""Two Sum's checker: any order of the two indices is right, so check the answer itself."""


def check(input, expected, got):
    """Accept two distinct valid indices whose numbers add up to target; else say why not."""
    nums, target = input["nums"], input["target"]
    if not isinstance(got, list) or len(got) != 2 or not all(type(i) is int for i in got):
        return f"expected a list of two indices, got {got!r}"
    i, j = got
    if not (0 <= i < len(nums) and 0 <= j < len(nums)):
        return f"index out of range: {got!r} for {len(nums)} numbers"
    if i == j:
        return f"the same index twice: {got!r}"
    if nums[i] + nums[j] != target:
        return f"nums[{i}] + nums[{j}] = {nums[i] + nums[j]}, not {target}"
    return True
