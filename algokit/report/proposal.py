"""``algokit init --detect``'s proposal as text: the pattern, the members, the weeks, what is left out."""

from __future__ import annotations

SHOWN_UNPLACED = 20  # beyond this many, the rest are counted, not listed


def proposal_lines(proposal):
    """The proposal as the user reads it before accepting it."""
    if proposal.pattern is None:
        return [f"looked at {proposal.files} solution files: no layout fits them.",
                'write solutions = "..." in algokit.toml by hand (see the README: "Your repository\'s layout").']
    lines = [f"looked at {proposal.files} solution files; {len(proposal.placed)} fit this layout:",
             f"  solutions = \"{proposal.pattern}\""]
    if "{member}" not in proposal.pattern:
        lines.append("  (no member in the paths: each file's author is whoever committed it first, from git)")
    if proposal.platforms:
        lines.append("  platforms: " + ", ".join(f"{k} = \"{v}\"" for k, v in proposal.platforms.items()))
    lines.append("  members: " + (", ".join(proposal.members) or "none"))
    if proposal.languages:
        lines.append("  languages: " + ", ".join(f"{k} = \"{v}\"" for k, v in proposal.languages.items()))
    if proposal.weeks:
        lines.append("  weeks:")
        lines += [f"    {week} = {', '.join(slugs)}" for week, slugs in proposal.weeks.items()]
    else:
        lines.append("  weeks: the paths show none; record them with `algokit new NAME --week N` "
                     "(a member's existing file is kept)")
    if proposal.to_set_up:
        lines.append("  problems to set up from the catalogue: " + ", ".join(proposal.to_set_up))
    if proposal.unplaced:
        lines.append(f"could not place {len(proposal.unplaced)} files:")
        lines += [f"  {path}: {reason}" for path, reason in proposal.unplaced[:SHOWN_UNPLACED]]
        if len(proposal.unplaced) > SHOWN_UNPLACED:
            lines.append(f"  ... and {len(proposal.unplaced) - SHOWN_UNPLACED} more")
    return lines
