# The files here are solutions to judge, not tests: never import or collect them.
collect_ignore_glob = ["*.py"]
