# The files here are deliberately broken solutions, not tests: never import or collect them.
collect_ignore_glob = ["*.py"]
