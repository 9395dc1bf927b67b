"""The package's layers, read from its imports: nothing imports upward, and no two modules need each other.

Every ``import`` is read, those inside functions included (a lazy import is still a
dependency). The layers, lowest first, are the ones the package docstring maps.
"""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "algokit"
VOCABULARY = {"algokit", "algokit.errors", "algokit.layout", "algokit.names", "algokit.platforms", "algokit.languages",
              "algokit.valuetypes", "algokit.verdicts", "algokit.nodes"}
LAYERS = ("vocabulary", "problem", "judging", "group", "report", "front end")
FRONT_ENDS = {"algokit.cli", "algokit.pytest_plugin"}


def module_name(path, package=PACKAGE):
    parts = path.relative_to(package.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def layer(module):
    """The layer a module belongs to: the vocabulary, a subpackage, or a front end."""
    if module in VOCABULARY:
        return "vocabulary"
    if module in FRONT_ENDS:
        return "front end"
    return module.split(".")[1]


def imports(path, package=PACKAGE):
    """The algokit modules ``path`` imports, each resolved to a module (not a name inside one)."""
    me = module_name(path, package)
    modules = {module_name(p, package) for p in package.rglob("*.py")}
    package = me if path.name == "__init__.py" else me.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("algokit"))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if not target.startswith("algokit"):
                continue
            for alias in node.names:  # `from . import spec` names a module; `from .spec import X` a name
                found.add(f"{target}.{alias.name}" if f"{target}.{alias.name}" in modules else target)
    return found - {me}


MODULES = {module_name(path) for path in PACKAGE.rglob("*.py")}
GRAPH = {module_name(path): imports(path) for path in PACKAGE.rglob("*.py")}


def documented_order():
    """The modules as the package docstring maps them, lowest first: ``{module: position}``."""
    import re

    import algokit

    order, package = {}, "algokit"
    for line in algokit.__doc__.splitlines():
        if found := re.match(r"^``(\w+)/``:", line):
            package = f"algokit.{found[1]}"
            order.setdefault(package, len(order))  # a layer mapped as a whole (report/) stands for its modules
        elif found := re.match(r"^- ``(\w+)``:", line):
            order[f"{package}.{found[1]}"] = len(order)
        elif line.startswith("The front ends"):
            order["algokit.cli"] = order["algokit.pytest_plugin"] = len(order)
    return order


def position(module, order):
    return order.get(module, order.get(module.rpartition(".")[0]))


def test_the_package_docstring_maps_every_module_in_an_order_the_imports_keep():
    """The map in algokit/__init__.py is read as the order to keep: a module imports only those above it."""
    order = documented_order()
    unmapped = sorted(m for m in MODULES if m != "algokit" and not m.endswith("__init__")
                      and position(m, order) is None and m.count(".") > 0 and m not in
                      {f"algokit.{p.name}" for p in PACKAGE.iterdir() if (p / "__init__.py").is_file()})
    assert not unmapped, f"add these to the map in algokit/__init__.py: {unmapped}"
    below = sorted(f"{m} imports {t}, which the map puts below it" for m, targets in GRAPH.items()
                   for t in targets if t in MODULES and position(m, order) is not None
                   and position(t, order) is not None and position(t, order) > position(m, order))
    assert not below, "\n".join(below)


def test_every_module_has_a_known_layer():
    unknown = sorted(m for m in MODULES if layer(m) not in LAYERS)
    assert not unknown, f"modules outside the layers {LAYERS}: {unknown}"


def test_the_layers_import_only_downward():
    upward = sorted(f"{m} ({layer(m)}) imports {t} ({layer(t)})" for m, targets in GRAPH.items()
                    for t in targets if t in MODULES and LAYERS.index(layer(t)) > LAYERS.index(layer(m)))
    assert not upward, "\n".join(upward)


def test_no_modules_depend_on_each_other():
    """No cycle at all, however long: a module's dependencies can be read before it."""
    cycles = []
    state = {}

    def visit(module, trail):
        state[module] = "open"
        for target in sorted(GRAPH.get(module, ())):
            if target not in MODULES or target == "algokit":
                continue
            if state.get(target) == "open":
                cycles.append(" -> ".join(trail[trail.index(target):] + [target]))
            elif target not in state:
                visit(target, trail + [target])
        state[module] = "done"

    for module in sorted(GRAPH):
        if module not in state:
            visit(module, [module])
    assert not cycles, "\n".join(cycles)


def test_the_top_level_stays_small_and_the_layers_have_folders():
    top = [p.name for p in PACKAGE.glob("*.py")]
    folders = [p.name for p in PACKAGE.iterdir() if (p / "__init__.py").is_file() and p.name != "data"]
    assert len(top) <= 12, top
    assert len(folders) >= 4, folders


@pytest.mark.parametrize("folder", ["problem", "judging", "group", "report"])
def test_each_layer_states_its_contract(folder):
    docstring = ast.get_docstring(ast.parse((PACKAGE / folder / "__init__.py").read_text(encoding="utf-8")))
    assert docstring and docstring.strip(), f"algokit/{folder}/__init__.py: say in one line what the layer is for"


def test_a_lazy_import_inside_a_function_is_read_as_a_dependency(tmp_path):
    """The rules above see what a reader would miss: an import hidden in a function, relative or not."""
    package = tmp_path / "algokit"
    for folder in ("problem", "judging"):
        (package / folder).mkdir(parents=True)
        (package / folder / "__init__.py").write_text("", encoding="utf-8")
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "judging" / "checkers.py").write_text("", encoding="utf-8")
    path = package / "problem" / "spec.py"
    path.write_text("def f():\n    from ..judging import checkers\n    import algokit.errors\n", encoding="utf-8")
    assert imports(path, package) == {"algokit.judging.checkers", "algokit.errors"}
