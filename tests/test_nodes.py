"""LeetCode's ListNode and TreeNode: list forms outside the call, objects inside it, read back safely.

A member's file uses ``ListNode`` and ``TreeNode`` without defining them, as on LeetCode.
Inputs, answers and counterexamples stay in LeetCode's list forms; what a call returns is
read back after it, and a list that loops or a tree with a shared node is RE, never a hang.
"""

import textwrap

import pytest

from algokit import nodes
from algokit.judging.judge import Judge
from algokit.problem.spec import load_spec
from algokit.verdicts import Status


def test_list_forms_round_trip():
    assert nodes.read_list(nodes.build_list([1, 2, 3])) == [1, 2, 3]
    assert nodes.read_list(nodes.build_list([])) == []
    tree = [3, 9, 20, None, None, 15, 7]
    assert nodes.read_tree(nodes.build_tree(tree)) == tree
    assert nodes.read_tree(nodes.build_tree([1, None, 2, None, 3])) == [1, None, 2, None, 3]
    assert nodes.read_tree(None) == []


def test_a_cycle_or_a_shared_node_is_an_error_not_a_hang():
    with pytest.raises(nodes.ShapeError, match="cycle"):
        nodes.read_list(nodes.build_list([1, 2, 3], pos=0))
    root = nodes.TreeNode(1)
    root.left = root.right = nodes.TreeNode(2)
    with pytest.raises(nodes.ShapeError, match="reached twice"):
        nodes.read_tree(root)
    with pytest.raises(nodes.ShapeError, match="where a ListNode"):
        nodes.read_list([1, 2])


def test_pos_links_the_tail_and_is_not_passed():
    head, = nodes.to_call(([3, 2, 0, -4], 1), ("ListNode@1", "-"))
    assert head.next.next.next.next is head.next


def problem(tmp_path, slug, toml, references):
    """A throwaway LeetCode problem: problems/SLUG/problem.toml and its references."""
    (tmp_path / "problems" / slug).mkdir(parents=True)
    (tmp_path / "problems" / slug / "problem.toml").write_text(textwrap.dedent(toml), encoding="utf-8")
    (tmp_path / "solutions" / slug).mkdir(parents=True)
    for name, code in references.items():
        (tmp_path / "solutions" / slug / name).write_text(textwrap.dedent(code), encoding="utf-8")
    return load_spec(tmp_path / "problems" / slug)


REVERSE = '''
    slug = "lc-reverse"
    platform = "leetcode"
    url = "https://leetcode.com/problems/reverse-linked-list/"
    title = { ko = "뒤집기", en = "Reverse" }
    [signature]
    style = "class"
    function = "reverseList"
    returns = "ListNode"
    size = "len(head)"
    [[params]]
    name = "head"
    type = "ListNode"
    len = [0, 5000]
    min = -5000
    max = 5000
    [limits]
    time = 1.0
    [solutions]
    oracle = "rebuild.py"
    references = ["rebuild.py", "iterative.py"]
    [crosscheck]
    examples = 60
    [[examples]]
    why = "official"
    input = { head = [1, 2, 3, 4, 5] }
    output = [5, 4, 3, 2, 1]
    [[examples]]
    why = "empty list"
    input = { head = [] }
    output = []
'''

REVERSE_REFS = {
    "rebuild.py": '''
        """Collect the values, build a new list backwards. Time: O(n). Space: O(n)."""
        class Solution:
            def reverseList(self, head):
                values = []
                while head:
                    values.append(head.val)
                    head = head.next
                new = None
                for v in values:
                    new = ListNode(v, new)
                return new
    ''',
    "iterative.py": '''
        """Turn each link around in place. Time: O(n). Space: O(1)."""
        class Solution:
            def reverseList(self, head):
                prev = None
                while head:
                    head.next, prev, head = prev, head, head.next
                return prev
    ''',
}


@pytest.fixture(scope="module")
def judge():
    with Judge() as judge:
        yield judge


def test_a_linked_list_problem_is_judged_in_list_forms(tmp_path, judge):
    spec = problem(tmp_path, "lc-reverse", REVERSE, REVERSE_REFS)
    assert spec.call_shapes == ("ListNode",) and spec.result_shape == "ListNode"
    for name in REVERSE_REFS:
        assert judge.verdict(spec, spec.solutions_dir / name, seed=1).ok, name

    forgets_the_head = tmp_path / "forgets.py"  # returns the old head: [1] where [5,4,...] belongs
    forgets_the_head.write_text(textwrap.dedent('''
        class Solution:
            def reverseList(self, head):
                prev, first = None, head
                while head:
                    head.next, prev, head = prev, head, head.next
                return first
    '''))
    verdict = judge.crosscheck(spec, forgets_the_head, seed=1)  # the examples would catch it first
    assert verdict.status == Status.WA
    # The counterexample and both answers in list forms, as LeetCode prints them, shrunk to two nodes.
    assert verdict.args is not None and len(verdict.args[0]) == 2, verdict
    assert verdict.got == verdict.args[0][:1] and verdict.expected == verdict.args[0][::-1]

    loops = tmp_path / "loops.py"  # links the last node back to the first: a cycle, reported, not a hang
    loops.write_text(textwrap.dedent('''
        class Solution:
            def reverseList(self, head):
                prev = None
                first = head
                while head:
                    head.next, prev, head = prev, head, head.next
                if first:
                    first.next = prev
                return prev
    '''))
    verdict = judge.example(spec, loops, 1)
    assert verdict.status == Status.RE and "cycle" in verdict.message


CYCLE = '''
    slug = "lc-cycle"
    platform = "leetcode"
    url = "https://leetcode.com/problems/linked-list-cycle/"
    title = { ko = "순환", en = "Cycle" }
    [signature]
    style = "class"
    function = "hasCycle"
    returns = "bool"
    size = "len(head)"
    [[params]]
    name = "pos"
    type = "int"
    min = -1
    max = 100
    [[params]]
    name = "head"
    type = "ListNode"
    len = [0, 100]
    cycle = "pos"
    min = -100
    max = 100
    [limits]
    time = 1.0
    [solutions]
    oracle = "seen.py"
    references = ["seen.py", "floyd.py"]
    [[examples]]
    why = "official"
    input = { head = [3, 2, 0, -4], pos = 1 }
    output = true
    [[examples]]
    why = "no cycle"
    input = { head = [1], pos = -1 }
    output = false
'''

CYCLE_REFS = {
    "seen.py": '''
        """Remember every node. Time: O(n). Space: O(n)."""
        class Solution:
            def hasCycle(self, head):
                seen = set()
                while head:
                    if id(head) in seen:
                        return True
                    seen.add(id(head))
                    head = head.next
                return False
    ''',
    "floyd.py": '''
        """Tortoise and hare. Time: O(n). Space: O(1)."""
        class Solution:
            def hasCycle(self, head):
                slow = fast = head
                while fast and fast.next:
                    slow, fast = slow.next, fast.next.next
                    if slow is fast:
                        return True
                return False
    ''',
}


def test_a_cycle_is_built_from_pos_which_the_call_does_not_get(tmp_path, judge):
    spec = problem(tmp_path, "lc-cycle", CYCLE, CYCLE_REFS)
    assert spec.call_shapes == ("-", "ListNode@0")
    for name in CYCLE_REFS:
        for index in (1, 2):
            assert judge.example(spec, spec.solutions_dir / name, index).ok, (name, index)


INVERT = '''
    slug = "lc-invert"
    platform = "leetcode"
    url = "https://leetcode.com/problems/invert-binary-tree/"
    title = { ko = "뒤집기", en = "Invert" }
    [signature]
    style = "class"
    function = "invertTree"
    returns = "TreeNode"
    size = "len(root)"
    [[params]]
    name = "root"
    type = "TreeNode"
    len = [0, 100]
    min = -100
    max = 100
    [limits]
    time = 1.0
    [solutions]
    oracle = "in_place.py"
    references = ["in_place.py"]
    [[examples]]
    why = "official"
    input = { root = [4, 2, 7, 1, 3, 6, 9] }
    output = [4, 7, 2, 9, 6, 3, 1]
    [[examples]]
    why = "holes in the level order, written as LeetCode's text since TOML has no null"
    input = { root = [1, 2] }
    output = "[1,null,2]"
'''


def test_a_tree_returned_from_the_input_is_read_back(tmp_path, judge):
    spec = problem(tmp_path, "lc-invert", INVERT, {"in_place.py": '''
        """Swap the children of every node, recursively; the input's own root comes back. Time: O(n). Space: O(h)."""
        class Solution:
            def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
                if root:
                    root.left, root.right = self.invertTree(root.right), self.invertTree(root.left)
                return root
    '''})
    for index in (1, 2):
        assert judge.example(spec, spec.solutions_dir / "in_place.py", index).ok, index


def test_recursion_as_deep_as_leetcodes_inputs_is_accepted_as_there(tmp_path, judge):
    """The recursive reversal of 5,000 nodes (LeetCode's own editorial approach) passes, as it does there,
    however many times it runs in the same module."""
    spec = problem(tmp_path, "lc-reverse", REVERSE, REVERSE_REFS)
    recursive = tmp_path / "recursive.py"
    recursive.write_text(textwrap.dedent('''
        class Solution:
            def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
                if head is None or head.next is None:
                    return head
                new_head = self.reverseList(head.next)
                head.next.next, head.next = head, None
                return new_head
    '''))
    values = list(range(5000))
    for _ in range(3):
        verdict = judge.run(spec, recursive, (values,), values[::-1])
        assert verdict.ok, verdict


LRU = '''
    slug = "lc-lru"
    platform = "leetcode"
    url = "https://leetcode.com/problems/lru-cache/"
    title = { ko = "LRU 캐시", en = "LRU Cache" }
    [signature]
    style = "design"
    class = "LRUCache"
    returns = "int"
    size = "len(operations)"
    methods = ["__init__(self, capacity: int)", "get(self, key: int) -> int", "put(self, key: int, value: int) -> None"]
    [[params]]
    name = "operations"
    type = "list[str]"
    len = [1, 200]
    [[params]]
    name = "arguments"
    type = "list[list[int]]"
    len = [1, 200]
    min = 0
    max = 10
    [limits]
    time = 1.0
    [solutions]
    oracle = "ordered.py"
    references = ["ordered.py"]
    [[examples]]
    why = "official"
    input = { operations = ["LRUCache", "put", "put", "get", "put", "get", "put", "get", "get", "get"], arguments = [[2], [1, 1], [2, 2], [1], [3, 3], [2], [4, 4], [1], [3], [4]] }
    output = "[null, null, null, 1, null, -1, null, -1, 3, 4]"
'''


def test_a_design_problem_is_a_sequence_of_calls_and_the_first_wrong_call_is_named(tmp_path, judge):
    spec = problem(tmp_path, "lc-lru", LRU, {"ordered.py": '''
        """An OrderedDict, moved to the end on every use. Time: O(1) per call. Space: O(capacity)."""
        class LRUCache:
            def __init__(self, capacity):
                self.capacity, self.items = capacity, OrderedDict()

            def get(self, key):
                if key not in self.items:
                    return -1
                self.items.move_to_end(key)
                return self.items[key]

            def put(self, key, value):
                self.items[key] = value
                self.items.move_to_end(key)
                if len(self.items) > self.capacity:
                    self.items.popitem(last=False)
    '''})
    assert judge.example(spec, spec.solutions_dir / "ordered.py", 1).ok
    stale = tmp_path / "stale.py"  # get does not refresh: key 2, not 1, should have been evicted by put(3)
    stale.write_text(textwrap.dedent('''
        class LRUCache:
            def __init__(self, capacity):
                self.capacity, self.items = capacity, {}

            def get(self, key):
                return self.items.get(key, -1)

            def put(self, key, value):
                self.items.pop(key, None)
                self.items[key] = value
                if len(self.items) > self.capacity:
                    del self.items[next(iter(self.items))]
    '''))
    verdict = judge.example(spec, stale, 1)
    assert verdict.status == Status.WA
    assert verdict.message == "call 6, get(2): returned 2, expected -1", verdict.message


def test_examples_pasted_from_the_page_keep_leetcodes_forms(tmp_path):
    from algokit.problem.newproblem import add_examples

    spec = problem(tmp_path, "lc-invert", INVERT, {})
    add_examples(spec.path, "Input: root = [2,1,3,null,5]\nOutput: [2,3,1,null,null,5]\n")
    pasted = load_spec(spec.path.parent).examples[-1]
    assert pasted.args == ([2, 1, 3, None, 5],) and pasted.output == [2, 3, 1, None, None, 5]

    spec = problem(tmp_path, "lc-lru", LRU, {})
    add_examples(spec.path, 'Input\n["LRUCache", "put", "get", "get"]\n[[1], [2, 2], [2], [3]]\n'
                            'Output\n[null, null, 2, -1]\n\nExplanation\nLRUCache c = new LRUCache(1);\n')
    pasted = load_spec(spec.path.parent).examples[-1]
    assert pasted.args == (["LRUCache", "put", "get", "get"], [[1], [2, 2], [2], [3]])
    assert pasted.output == [None, None, 2, -1]


def test_trees_drawn_from_the_bounds_have_holes_in_leetcodes_form(tmp_path):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from algokit.problem.generate import derived_strategy

    spec = problem(tmp_path, "lc-invert", INVERT, {})
    seen = []

    @settings(max_examples=200, database=None, deadline=None)
    @given(st.data())
    def draw(data):
        tree, = data.draw(derived_strategy(spec.params))
        assert spec.violations((tree,)) == [] and nodes.read_tree(nodes.build_tree(tree)) == tree
        seen.append(tree)

    draw()
    assert any(None in tree for tree in seen) and [] in seen
