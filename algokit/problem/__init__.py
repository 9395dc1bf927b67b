"""A problem: its spec read and checked, its inputs generated, found by any name, and written anew.

Uses only the shared vocabulary above it (errors, layout, names, platforms, valuetypes, verdicts).
"""
