"""Matching what a member types to a problem: titles, aliases, ids and URLs, in any spelling.

Names are compared after normalising: Unicode NFC (macOS file names and some
pasted text arrive as NFD), case folded, and spacing and punctuation dropped, so
"시소 짝꿍", "시소짝꿍" and "SEESAW-partners" each find their problem. Near
misses are scored with difflib on the NFD form, where a Hangul syllable splits
into its letters: "시소짝궁" is one letter away from "시소짝꿍", not one syllable.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import urlparse

SURE = 0.82  # a near miss this similar, and clearly ahead of the next, resolves by itself
CLOSE = 0.55  # below this a name is unknown, not misspelt
MARGIN = 0.08  # how far ahead of the runner-up a near miss must be to resolve by itself


def normal(text) -> str:
    """NFC, case folded, without spaces, punctuation or symbols: the key names are compared by."""
    text = unicodedata.normalize("NFC", str(text)).casefold()
    return "".join(ch for ch in text if unicodedata.category(ch)[0] in "LN")


def folded(text) -> str:
    """``normal`` after NFKC, which folds full-width forms and odd spaces (BaekjoonHub's U+2005) too.

    For names written in paths and commands, where such characters arrive from other tools.
    """
    return normal(unicodedata.normalize("NFKC", str(text)))


def keys(spec) -> set[str]:
    """Every normalised name a spec answers to."""
    names = {spec.slug, spec.id, f"{spec.platform}/{spec.id}", spec.title_ko, spec.title_en, *spec.aliases}
    found = {normal(n) for n in names if n}
    found.update(_url_keys(spec.url))
    return found - {""}


def _url_keys(url):
    """Keys a problem URL stands for: the URL itself without scheme, and its id or slug segment."""
    if not url:
        return set()
    parsed = urlparse(url if "://" in url else "https://" + url)
    segments = [s for s in parsed.path.split("/") if s]
    found = {normal(parsed.netloc + parsed.path.rstrip("/"))}
    if segments:
        found.add(normal(segments[-1]))
    return found


def looks_like_url(text) -> bool:
    return bool(re.match(r"^(https?://|www\.|[\w.-]+\.(com|kr|net|org)/)", text.strip()))


@dataclass(frozen=True)
class Candidate:
    spec: object
    score: float  # 1.0 for an exact match


def rank(name, specs):
    """Specs ordered by how well ``name`` matches them, best first, each once (by slug).

    Exact matches score 1.0. Cost: O(specs * names * len^2) for the fuzzy part.
    """
    wanted = normal(name)
    if looks_like_url(name):
        wanted_keys = _url_keys(name.strip())
    else:
        wanted_keys = {wanted}
    # Ids and URLs match exactly or not at all: 152997 is another problem, not a typo of 152996.
    fuzzy = not any(ch.isdigit() for key in wanted_keys for ch in key)
    best = {}
    for spec in specs:
        if spec.slug in best:
            continue  # the workspace's copy comes first and wins
        spec_keys = keys(spec)
        if wanted_keys & spec_keys:
            score = 1.0
        elif fuzzy:
            score = max((_similarity(w, k) for w in wanted_keys for k in spec_keys), default=0.0)
        else:
            score = 0.0
        best[spec.slug] = Candidate(spec, score)
    return sorted(best.values(), key=lambda c: -c.score)


def _similarity(a, b):
    if not a or not b:
        return 0.0
    a, b = unicodedata.normalize("NFD", a), unicodedata.normalize("NFD", b)
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


@dataclass(frozen=True)
class Resolution:
    """What a name resolved to: ``spec`` when sure, else the close ``candidates`` to ask about."""

    spec: object = None
    exact: bool = False
    candidates: tuple = ()


def resolve(name, specs) -> Resolution:
    """Resolve ``name`` among ``specs``: exact, a clear near miss, close candidates, or unknown."""
    ranked = rank(name, specs)
    if not ranked:
        return Resolution()
    top = ranked[0]
    exact = [c for c in ranked if c.score == 1.0]
    if len(exact) == 1:
        return Resolution(top.spec, exact=True)
    if len(exact) > 1:
        return Resolution(candidates=tuple(exact))
    runner_up = ranked[1].score if len(ranked) > 1 else 0.0
    if top.score >= SURE and top.score - runner_up >= MARGIN:
        return Resolution(top.spec)
    close = tuple(c for c in ranked[:5] if c.score >= CLOSE)
    return Resolution(candidates=close)
