"""The JSON Schema of problem.toml: shipped, current, named by every spec, and true to the loader."""

import datetime
import json
import tomllib
from pathlib import Path

import pytest

from algokit.layout import SCHEMA_FILE, SCHEMA_LINE, problem_dirs
from algokit.problem.specfile import json_schema, schema_text

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT / "problems" / SCHEMA_FILE
SPECS = [folder / "problem.toml" for folder in problem_dirs(ROOT)]


def as_json(value):
    """TOML values as JSON sees them: dates become ISO strings, as editors send them."""
    if isinstance(value, dict):
        return {k: as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_json(v) for v in value]
    if isinstance(value, (datetime.date, datetime.datetime, datetime.time)):
        return value.isoformat()
    return value


def test_the_shipped_schema_is_the_one_the_code_declares():
    assert SCHEMA.read_text(encoding="utf-8") == schema_text(), (
        "problems/problem.schema.json is stale: regenerate it with "
        "python -c 'from algokit.problem.specfile import schema_text; print(schema_text(), end=\"\")' > problems/problem.schema.json")


@pytest.mark.parametrize("path", SPECS, ids=[p.parent.name for p in SPECS])
def test_every_spec_names_the_schema_on_its_first_line(path):
    assert path.read_text(encoding="utf-8").splitlines()[0] == SCHEMA_LINE
    assert (path.parent / SCHEMA_LINE.split()[-1]).resolve() == SCHEMA.resolve()


@pytest.mark.parametrize("path", SPECS, ids=[p.parent.name for p in SPECS])
def test_every_catalogue_spec_validates_against_the_schema(path):
    jsonschema = pytest.importorskip("jsonschema")
    with path.open("rb") as f:
        jsonschema.validate(as_json(tomllib.load(f)), json_schema())


@pytest.mark.parametrize("broken, where", [
    ({"titel": "x"}, "titel"),
    ({"limits": {"time": "1s"}}, "limits"),
    ({"params": [{"name": "n", "type": "int", "maximum": 3}]}, "params"),
])
def test_the_schema_rejects_what_the_loader_rejects(broken, where):
    jsonschema = pytest.importorskip("jsonschema")
    with SPECS[0].open("rb") as f:
        data = as_json(tomllib.load(f))
    data.update(broken)
    with pytest.raises(jsonschema.ValidationError) as caught:
        jsonschema.validate(data, json_schema())
    assert where in json.dumps(list(caught.value.absolute_path)) or where in caught.value.message
