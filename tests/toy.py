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
