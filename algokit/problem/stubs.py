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
from ..errors import shell_word
from ..valuetypes import short

IDEA = '''Idea: (your idea in a sentence or two)
Time: O(?). Space: O(?).'''


def entry_point(style, function, class_name="Solution", params=(), returns=None) -> str:
    """``def solution(...)``, ``class Solution`` with the method, or a stdin program.

    ``params`` is ``[(name, type or None)]``: a known type becomes a hint in the class style,
    as LeetCode's own template has them.
    """
    if style == "stdin":
        return '''import sys

input = sys.stdin.readline

raise NotImplementedError  # read the input, print the answer
'''
    if style == "class":
        hints = ", ".join(f"{name}: {_hint(kind)}" if kind else name for name, kind in params)
        arrow = f" -> {_hint(returns)}" if returns else ""
        return f'''from typing import List


class {class_name}:
    def {function}(self, {hints}){arrow}:
        raise NotImplementedError
'''
    return f'''

def {function}({", ".join(name for name, _ in params)}):
    raise NotImplementedError
'''


def for_spec(spec, author, relpath=None) -> str:
    """A catalogue problem's stub: its title, summary and official examples, and how to check it."""
    summary = "\n".join(line.strip() for line in spec.summary.splitlines()) or "See the statement."
    relpath = relpath or Path(layout.SOLUTIONS, spec.slug, layout.member_stem(author) + ".py").as_posix()
    params = [(p.name, p.type) for p in spec.params] if spec.style != "stdin" else []
    return f'''"""{spec.title_ko} ({spec.title_en}): {spec.platform} {spec.id}, by {author}.

{summary}

Examples:
{_examples(spec)}

Statement: {layout.PROBLEMS}/{spec.slug}/{layout.STATEMENT}
Source: {spec.url}
Check it: algokit check {spec.slug} {shell_word(relpath)}

{IDEA}
"""
{entry_point(spec.style, spec.function, spec.class_name, params, spec.returns)}'''


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
    return "\n".join(f"    {call}({', '.join(short(a, 60) for a in ex.args)}) == {short(ex.output, 30)}  # {ex.why}"
                     for ex in _official(spec)[:4])


def _official(spec):
    """The platform's own examples: the edge cases are for the member to find, so stubs leave them out."""
    return [ex for ex in spec.examples if ex.official] or list(spec.examples[:1])


def _hint(type_text):
    """LeetCode's spelling of a spec type: list[int] -> List[int]."""
    return type_text.replace("list[", "List[")
