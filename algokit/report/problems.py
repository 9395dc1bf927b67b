"""Problems as text and JSON, for `algokit show` and `algokit list`."""

from __future__ import annotations

from .. import languages, layout, platforms
from ..problem import sets
from .verdicts import value_text


def signature(spec):
    """``solution(weights: list[int]) -> int``; ``Solution.twoSum(...)``; or the stdin program."""
    if spec.style == "stdin":
        return "a program: the input on stdin, the answer on stdout"
    if spec.style == "design":
        return f"class {spec.class_name}: " + "; ".join(spec.file.signature.methods)
    params = ", ".join(f"{p.name}: {p.type}" for p in spec.params)
    owner = f"{spec.class_name}." if spec.style == "class" else ""
    return f"{owner}{spec.function}({params}) -> {spec.returns}"


def constraints(spec):
    """One line per parameter, in the spec's terms: ``2 <= len(weights) <= 100000``."""
    if spec.style == "stdin":
        low, high = spec.size_bounds
        return [f"{low} <= {spec.size_param} <= {high}; the rest is in the statement"]
    lines = []
    for p in spec.params:
        parts = []
        if p.len is not None:
            parts.append(f"len({p.name}) == {p.len}" if isinstance(p.len, str)
                         else f"{p.len[0]} <= len({p.name}) <= {p.len[1]}")
        if p.item_len is not None:
            parts.append(f"len({p.name}[i]) == {p.item_len}" if isinstance(p.item_len, str)
                         else f"{p.item_len[0]} <= len({p.name}[i]) <= {p.item_len[1]}")
        if p.min is not None or p.max is not None:
            inner = p.name if p.type in ("int", "float") else f"each number in {p.name}"
            parts.append(f"{p.min if p.min is not None else '-inf'} <= {inner} <= {p.max if p.max is not None else 'inf'}")
        if p.alphabet:
            parts.append(f"characters from {p.alphabet!r}")
        lines.append(f"{p.name}: {p.type}" + (f"; {'; '.join(parts)}" if parts else ""))
    return lines


def as_json(spec):
    """The spec for `algokit show --json`."""
    return {"slug": spec.slug, "title": {"ko": spec.title_ko, "en": spec.title_en},
            "platform": spec.platform, "id": spec.id, "url": spec.url, "aliases": list(spec.aliases),
            "level": spec.level, "techniques": list(spec.techniques), "summary": spec.summary,
            "signature": signature(spec), "function": spec.function,
            "params": [{"name": p.name, "type": p.type} for p in spec.params], "returns": spec.returns,
            "constraints": constraints(spec), "time_limit": spec.time_limit,
            "time_limits": {language.id: spec.limit_for(language) for language in languages.LANGUAGES},
            "references": list(spec.references), "oracle": spec.oracle,
            "examples": [{"input": spec.kwargs(ex.args), "output": ex.output, "why": ex.why}
                         for ex in spec.examples]}


def text(spec):
    """The statement, signature, constraints and examples as plain text."""
    statement = spec.dir / layout.STATEMENT
    lines = [statement.read_text(encoding="utf-8").rstrip() if statement.exists()
             else f"# {spec.title_ko} · {spec.title_en}\n\n{spec.summary}\n\nSource: {spec.url}", ""]
    lines += ["Signature:", f"  {signature(spec)}", "", "Constraints:"]
    lines += [f"  {line}" for line in constraints(spec)]
    others = ", ".join(f"{language.name} {spec.limit_for(language):g} s" for language in languages.LANGUAGES
                       if language is not languages.PYTHON)
    lines += ["", f"Time limit: {spec.time_limit:g} s at {spec.size_label} = {spec.size_max:,} ({others})", "",
              "Examples:"]
    for i, ex in enumerate(spec.examples, 1):
        if spec.style == "stdin":
            lines.append(f"  {i}. # {ex.why}")
            lines += [f"     {line}" for line in ex.args[0].strip().splitlines()]
            lines.append(f"     -> {ex.output.strip()}")
            continue
        args = ", ".join(f"{name}={value_text(value, 80)}" for name, value in spec.kwargs(ex.args).items())
        lines.append(f"  {i}. {spec.function}({args}) -> {value_text(ex.output, 60)}  # {ex.why}")
    return "\n".join(lines)


def list_row(spec, where):
    return {"slug": spec.slug, "id": f"{spec.platform}/{spec.id}", "title": {"ko": spec.title_ko, "en": spec.title_en},
            "level": spec.level, "sets": list(spec.sets), "parts": [_part(s) for s in spec.sets],
            "techniques": list(spec.techniques), "references": len(spec.references), "where": where}


def _part(set_id):
    """``kit/hash`` -> ``해시``: the Korean name members know a set by."""
    found = sets.find(set_id)
    return found.ko if found else set_id


HINT_LABELS = {1: ("기법", "the technique"), 2: ("핵심 아이디어", "the key idea"), 3: ("함정", "the pitfall")}


def hint_text(spec, level):
    """Hint ``level`` of a problem in Korean and English, or what to do when there is none."""
    labels = HINT_LABELS
    if not spec.hints:
        return f"{spec.title_ko} ({spec.slug}) has no hints yet."
    if level > len(spec.hints):
        return f"{spec.title_ko} ({spec.slug}) has hints 1 to {len(spec.hints)} only."
    hint = spec.hints[level - 1]
    ko, en = labels[level]
    more = f"\n\n(next: algokit hint {spec.slug} --level {level + 1})" if level < len(spec.hints) else ""
    return f"힌트 {level} ({ko}): {hint.ko}\nHint {level} ({en}): {hint.en}{more}"


def references_text(spec):
    """``algokit reveal``: every reference in full, the oracle first, each under a line saying its part."""
    names = [spec.oracle] * (spec.oracle is not None) + [r for r in spec.references if r != spec.oracle]
    if not names:
        return f"{spec.slug} has no reference solutions yet"
    parts = []
    for name in names:
        roles = (["the oracle the cross-check compares with"] * (name == spec.oracle)
                 + ["the baseline `algokit time` compares with"] * (name == spec.trusted))
        expected = spec.expected_verdicts(name)
        if expected != ("OK",):
            roles.append(f"expected {' or '.join(expected)} at the maximum")
        path = spec.reference(name)
        parts.append(f"=== {name}" + (f": {'; '.join(roles)}" if roles else "") + " ===\n"
                     + path.read_text(encoding="utf-8").rstrip() + "\n")
    return "\n".join(parts)


def catalogue_markdown(specs):
    """The catalogue as a Markdown table, one row per problem, in the catalogue's order (README)."""
    lines = ["| problem | platform | Lv | set | references (the oracle first) |", "|---|---|---|---|---|"]
    for spec in specs:
        refs = [spec.oracle] + [r for r in spec.references if r != spec.oracle]
        source = platforms.get(spec.platform)
        platform = f"{source.name if source else spec.platform} {spec.id}"
        parts = ", ".join(f"{_part(s)} (`{s}`)" for s in spec.sets) or "—"
        lines.append(f"| {spec.title_ko} · {spec.title_en} | {platform} | {spec.level or ''} | {parts} | "
                     + ", ".join(r.removesuffix(".py") for r in refs) + " |")
    return "\n".join(lines)
