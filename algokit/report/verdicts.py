"""Verdicts as text: what was run, what was expected, what came back; ``algokit check``'s output."""

from __future__ import annotations

from ..valuetypes import short
from ..verdicts import Status, counterexample

BIG = 200  # characters of repr beyond which an input is summarised, not dumped


TEXT_LINES = 12  # lines of an input text shown before it is summarised


def describe_input(spec, args, limit=BIG):
    """``name = value`` lines for a call's arguments; huge values are summarised.

    A text with several lines (a stdin problem's input) is shown as a block.
    """
    lines = []
    for name, value in zip(spec.names, args):
        if isinstance(value, str) and "\n" in value.rstrip("\n"):
            text = value.rstrip("\n").splitlines()
            shown = text if len(text) <= TEXT_LINES else text[: TEXT_LINES - 2] + [f"... ({len(text)} lines)"]
            lines.append(f"{name}:")
            lines += [f"  {line[:limit]}" for line in shown]
        else:
            lines.append(f"{name} = {value_text(value, limit)}")
    return lines


def value_text(value, limit=BIG):
    text = repr(value)
    if len(text) <= limit:
        return text
    return short(value, 60 if isinstance(value, list) else limit)


def verdict_lines(spec, solution, verdict, limit=BIG):
    """The failure report of one verdict, as lines: a header, then the details."""
    return [f"{verdict.status}: {solution} {verdict.message}".rstrip()] + detail_lines(spec, verdict, limit)


def detail_lines(spec, verdict, limit=BIG):
    """Where the input came from, ``name = value`` per parameter, expected, got, printing."""
    lines = []
    if verdict.where:
        lines.append(f"  input ({verdict.where}):")
    if verdict.args is not None:
        lines += [f"    {line}" for line in describe_input(spec, verdict.args, limit)]
    if verdict.answers:
        lines += answer_lines(verdict.answers, limit)
    elif verdict.status == Status.WA or verdict.expected is not None:
        lines.append(f"  expected: {value_text(verdict.expected, limit)}")
    if verdict.status == Status.WA:
        lines.append(f"  got:      {value_text(verdict.got, limit)}")
    if verdict.output:
        printed = verdict.output.rstrip().splitlines()
        lines.append("  printed:  " + "\n            ".join(printed[:5]) + (" ..." if len(printed) > 5 else ""))
    return lines


def answer_lines(groups, limit=BIG):
    """The answers of a disagreement, grouped by file; the largest group is "likely", never "right"."""
    total = sum(len(files) for _, files in groups)
    lines = ["  answers (no oracle: at least one of these is wrong):"]
    for i, (value, files) in enumerate(groups):
        likely = i == 0 and len(groups) > 1 and len(files) > len(groups[1][1])
        note = f"  (likely: {len(files)} of {total} agree)" if likely else ""
        lines.append(f"    {', '.join(files)}: {value_text(value, limit)}{note}")
    return lines


def disagreement(spec, verdict):
    """The JSON form of a disagreement: the input and each answer with the files that gave it."""
    if not verdict.answers:
        return None
    return {"input": spec.kwargs(verdict.args),
            "answers": [{"value": value, "files": files} for value, files in verdict.answers]}


def check_json(spec, results, environment=None):
    """``algokit check --json``: ``results`` is ``[(file as given, Verdict)]``; ``environment``: the
    runner and the sandbox's protections (``sandbox.environment``). ``crosschecked``: how many
    generated inputs the cross-check judged (fixed by the seed; null where none ran)."""
    return {"problem": spec.slug, "environment": environment,
            "results": [{"file": given, "verdict": str(v.status), "parts": v.parts, "message": v.message,
                         "crosschecked": v.crosschecked,
                         "counterexample": counterexample(spec, v), "disagreement": disagreement(spec, v)}
                        for given, v in results]}


def check_lines(spec, given, verdict, reproduce):
    """One line with the verdict; for a failure, the input, expected, got and a command to reproduce."""
    lines = [f"{given}: {verdict.headline}  {verdict.message}".rstrip()]
    if not verdict.ok:
        lines += detail_lines(spec, verdict)
        lines.append(f"  reproduce: {reproduce}")
    return lines
