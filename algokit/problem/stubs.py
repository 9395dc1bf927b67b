"""A member's stub: the docstring to fill in, then the platform's exact entry point, raising NotImplementedError.

One writer for both kinds of problem: a catalogue problem's stub (:func:`for_spec`)
shows the summary, the official examples and the command to check it; a new
problem's (:func:`for_signature`) knows only the signature read from a file or
typed. Both end in :func:`entry_point`, so the two can never drift apart: the
names are the platform's, and the types are spelled as LeetCode spells them
(``List[int]``) wherever they are known.

A stub is recognised by the NotImplementedError it raises: the judge skips an
untouched stub instead of failing it.
"""

from __future__ import annotations

from pathlib import Path

from .. import layout
from ..errors import AlgokitError, shell_word
from ..valuetypes import short

IDEA = '''Idea: (your idea in a sentence or two)
Time: O(?). Space: O(?).'''


def entry_point(style, function, class_name="Solution", params=(), returns=None, methods=()) -> str:
    """``def solution(...)``, ``class Solution`` with the method, a design class's methods, or a stdin program.

    ``params`` is ``[(name, type or None)]``: a known type becomes a hint in the class style,
    as LeetCode's own template has them.
    """
    if style == "stdin":
        return '''import sys

input = sys.stdin.readline

raise NotImplementedError  # read the input, print the answer
'''
    if style == "design":  # LeetCode's design stub: every method, each to write
        bodies = "\n".join(f"    def {method}:\n        raise NotImplementedError\n" for method in methods)
        return f'''from typing import List, Optional


class {class_name}:

{bodies}'''
    if style == "class":
        hints = ", ".join(f"{name}: {_hint(kind)}" if kind else name for name, kind in params)
        arrow = f" -> {_hint(returns)}" if returns else ""
        kinds = " ".join(str(kind) for _, kind in params) + f" {returns}"
        defined = "\n".join(_NODE_COMMENTS[node] for node in _NODE_COMMENTS if node in kinds)
        defined += "\n" if defined else ""
        typing = "List, Optional" if defined else "List"
        return f'''from typing import {typing}

{defined}
class {class_name}:
    def {function}(self, {hints}){arrow}:
        raise NotImplementedError
'''
    return f'''

def {function}({", ".join(name for name, _ in params)}):
    raise NotImplementedError
'''


def for_spec(spec, author, relpath=None, language=None) -> str:
    """A catalogue problem's stub: its title, summary and official examples, and how to check it.

    ``language`` (``algokit.languages``): the member's; a Java, C++ or JavaScript stub is the
    platform's own declaration for that language, with the same header as a comment.
    """
    if language is not None and language.id != "python":
        relpath = relpath or Path(layout.SOLUTIONS, spec.slug, layout.member_stem(author) + language.extension).as_posix()
        return foreign_for_spec(spec, author, language, relpath)
    summary = "\n".join(line.strip() for line in spec.summary.splitlines()) or "See the statement."
    relpath = relpath or Path(layout.SOLUTIONS, spec.slug, layout.member_stem(author) + ".py").as_posix()
    linked = {p.cycle for p in spec.params if p.cycle}  # LeetCode's pos builds the input; the call never sees it
    params = [(p.name, p.type) for p in spec.params if p.name not in linked] if spec.style != "stdin" else []
    return f'''"""{spec.title_ko} ({spec.title_en}): {spec.platform} {spec.id}, by {author}.

{summary}

Examples:
{_examples(spec)}

Statement: {layout.PROBLEMS}/{spec.slug}/{layout.STATEMENT}
Source: {spec.url}
Check it: algokit check {spec.slug} {shell_word(relpath)}

{IDEA}
"""
{entry_point(spec.style, spec.function, spec.class_name, params, spec.returns, spec.file.signature.methods)}'''


def for_signature(signature, name, author) -> str:
    """A new problem's stub, from what its signature says (``newproblem.Signature``)."""
    head = f'"""{name}: by {author}.\n\n{IDEA}\n"""\n'
    return head + entry_point(signature.style, signature.function, signature.class_name, signature.params,
                              signature.returns)


def _examples(spec):
    if spec.style == "stdin":
        shown = []
        for ex in _official(spec)[:2]:
            text = "\n".join(f"        {line}" for line in ex.args[0].strip().splitlines())
            shown.append(f"    stdin:  # {ex.why}\n{text}\n    stdout: {ex.output.strip()}")
        return "\n".join(shown)
    call = f"Solution().{spec.function}" if spec.style == "class" else spec.function
    if spec.style == "design":  # LeetCode's two arrays, then the results
        return "\n".join(f"    {short(ex.args[0], 70)}\n    {short(ex.args[1], 70)}\n    -> {short(ex.output, 70)}"
                         f"  # {ex.why}" for ex in _official(spec)[:2])
    if spec.call_shapes or spec.result_shape:  # list forms, named, as LeetCode's examples show them
        return "\n".join(f"    {', '.join(f'{p.name} = {short(a, 60)}' for p, a in zip(spec.params, ex.args))}"
                         f"  ->  {short(ex.output, 30)}  # {ex.why}" for ex in _official(spec)[:4])
    return "\n".join(f"    {call}({', '.join(short(a, 60) for a in ex.args)}) == {short(ex.output, 30)}  # {ex.why}"
                     for ex in _official(spec)[:4])


def _official(spec):
    """The platform's own examples: the edge cases are for the member to find, so stubs leave them out."""
    return [ex for ex in spec.examples if ex.official] or list(spec.examples[:1])


def _hint(type_text):
    """LeetCode's spelling of a spec type: list[int] -> List[int], ListNode -> Optional[ListNode]."""
    for node in _NODE_COMMENTS:
        type_text = type_text.replace(node, f"Optional[{node}]")
    return type_text.replace("list[", "List[")


# LeetCode's stubs show its node classes as a comment: the judge defines them, and so does the kit.
_NODE_COMMENTS = {
    "ListNode": """# Definition for singly-linked list.
# class ListNode:
#     def __init__(self, val=0, next=None):
#         self.val = val
#         self.next = next
""",
    "TreeNode": """# Definition for a binary tree node.
# class TreeNode:
#     def __init__(self, val=0, left=None, right=None):
#         self.val = val
#         self.left = left
#         self.right = right
""",
}


# --- Java, C++ and JavaScript ----------------------------------------------------------------------

STUB_PHRASE = "not implemented yet"  # what an untouched stub throws, in every language: the judge says "stub"

# The spec's types as Programmers' and LeetCode's stubs spell them, per language.
_SCALARS = {
    "java": {"int": "int", "long": "long", "float": "double", "bool": "boolean", "str": "String"},
    "cpp": {"int": "int", "long": "long long", "float": "double", "bool": "bool", "str": "string"},
}
INT32 = 2**31 - 1


def language_type(language_id, type_text, wide=False, leetcode=False):
    """``list[int]`` as ``int[]`` (Java) or ``vector<int>`` (C++); ``wide``: its numbers need 64 bits."""
    from ..valuetypes import depth, parse_type, scalar

    parsed = parse_type(type_text)
    base = scalar(parsed)
    base = "long" if base == "int" and wide else base
    name = _SCALARS[language_id][base]
    levels = depth(parsed)
    if language_id == "java":
        if leetcode and levels >= 1 and base == "str" and levels == 1 or leetcode and levels >= 2:
            boxed = {"int": "Integer", "long": "Long", "double": "Double", "boolean": "Boolean"}.get(name, name)
            inner = boxed
            for _ in range(levels):
                inner = f"List<{inner}>"
            return inner
        return name + "[]" * levels
    for _ in range(levels):
        name = f"vector<{name}>"
    return name


def _wide(spec, param):
    """Whether a parameter's numbers may pass 2^31 - 1 (then Java's long, C++'s long long)."""
    bounds = [b for b in (param.min, param.max) if isinstance(b, int)]
    return any(abs(b) > INT32 for b in bounds)


def foreign_entry_point(spec, language) -> str:
    """The platform's stub in ``language`` (Java, C++ or JavaScript): its declaration, and a body that
    throws until the member writes it."""
    declared = spec.file.signature.declared.get(language.id)
    lid = language.id
    if spec.style == "stdin":
        return _STDIN_STUBS[lid]
    leetcode = spec.style == "class"
    params = [(p.name, p.type, _wide(spec, p)) for p in spec.params]
    if lid == "js":
        names = ", ".join(name for name, _, _ in params)
        head = declared or (f"var {spec.function} = function ({names})" if leetcode else f"function solution({names})")
        end = "};" if head.lstrip().startswith("var ") else "}"
        return f"{head} {{\n    throw new Error('{STUB_PHRASE}');\n{end}\n"
    # An answer's width is not in the types: where the platform declares a long, the spec says so (declared).
    returns = language_type(lid, spec.returns, False, leetcode)
    if lid == "java":
        args = ", ".join(f"{language_type(lid, t, w, leetcode)} {n}" for n, t, w in params)
        head = declared or f"public {returns} {spec.function}({args})"
        return (f"import java.util.*;\n\nclass {spec.class_name} {{\n    {head} {{\n"
                f"        throw new UnsupportedOperationException(\"{STUB_PHRASE}\");\n    }}\n}}\n")
    by_ref = "&" if leetcode else ""
    args = ", ".join(f"{language_type(lid, t, w)}{by_ref if t.startswith('list') else ''} {n}" for n, t, w in params)
    head = declared or f"{returns} {spec.function}({args})"
    body = f"{head} {{\n    throw logic_error(\"{STUB_PHRASE}\");\n}}\n"
    if leetcode:
        body = f"class {spec.class_name} {{\npublic:\n    " + body.replace("\n", "\n    ").rstrip() + "\n};\n"
    return "#include <bits/stdc++.h>\nusing namespace std;\n\n" + body


_STDIN_STUBS = {
    "java": f"""import java.io.*;
import java.util.*;

public class Main {{
    public static void main(String[] args) throws IOException {{
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        throw new UnsupportedOperationException("{STUB_PHRASE}");  // read the input, print the answer
    }}
}}
""",
    "cpp": f"""#include <bits/stdc++.h>
using namespace std;

int main() {{
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    throw logic_error("{STUB_PHRASE}");  // read the input, print the answer
}}
""",
    "js": f"""const input = require('fs').readFileSync(0, 'utf8').trim().split('\\n');

throw new Error('{STUB_PHRASE}');  // read the input, print the answer
""",
}


def foreign_for_spec(spec, author, language, relpath) -> str:
    """A catalogue problem's stub in Java, C++ or JavaScript: the same header as Python's, as a comment."""
    if spec.call_shapes or spec.result_shape or spec.style == "design":
        raise AlgokitError(f"{spec.slug} is a node or design problem, which only Python files take for now: "
                           f"write {language.name} for another problem, or Python for this one (--lang python)")
    summary = "\n".join(" * " + line.strip() for line in spec.summary.splitlines() if line.strip()) or " * See the statement."
    examples = "\n".join(" * " + line.rstrip() for line in _examples(spec).splitlines())
    idea = "\n".join(" * " + line for line in IDEA.splitlines())
    header = f"""/*
 * {spec.title_ko} ({spec.title_en}): {spec.platform} {spec.id}, by {author}. {language.name}.
 *
{summary}
 *
 * Examples:
{examples}
 *
 * Statement: {layout.PROBLEMS}/{spec.slug}/{layout.STATEMENT}
 * Source: {spec.url}
 * Check it: algokit check {spec.slug} {shell_word(relpath)}
 *
{idea}
 */
"""
    return header + foreign_entry_point(spec, language)
