"""Name resolution (algokit.names.resolve) over the two seed problems, in every spelling."""

import unicodedata
from pathlib import Path

import pytest

from algokit import names
from algokit.problem.spec import load_spec

ROOT = Path(__file__).resolve().parents[1]
SEESAW = "programmers-152996"
PARCEL = "programmers-150369"


@pytest.fixture(scope="module")
def specs():
    return [load_spec(ROOT / "problems" / SEESAW), load_spec(ROOT / "problems" / PARCEL)]


def nfd(text):
    return unicodedata.normalize("NFD", text)


@pytest.mark.parametrize("name, slug", [
    # Korean titles, with and without the spaces
    ("시소 짝꿍", SEESAW),
    ("시소짝꿍", SEESAW),
    ("  시소  짝꿍  ", SEESAW),
    ("택배 배달과 수거하기", PARCEL),
    ("택배배달과수거하기", PARCEL),
    # NFD input, as macOS file names and some pasted text arrive
    (nfd("시소 짝꿍"), SEESAW),
    (nfd("시소짝꿍"), SEESAW),
    (nfd("택배 배달과 수거하기"), PARCEL),
    # English titles in any case and punctuation
    ("Seesaw Partners", SEESAW),
    ("SEESAW-partners", SEESAW),
    ("seesaw_partners!", SEESAW),
    ("parcel delivery and pickup", PARCEL),
    ("PARCEL-DELIVERY-AND-PICKUP", PARCEL),
    # aliases
    ("시소", SEESAW),
    ("seesaw", SEESAW),
    ("Seesaw Pairs", SEESAW),
    ("택배", PARCEL),
    ("택배 배달", PARCEL),
    ("delivery and pickup", PARCEL),
    ("Delivery-Pickup", PARCEL),
    # ids, platform/id and slugs
    ("152996", SEESAW),
    (" 152996 ", SEESAW),
    ("programmers/152996", SEESAW),
    ("Programmers/152996", SEESAW),
    ("programmers-152996", SEESAW),
    ("150369", PARCEL),
    ("programmers/150369", PARCEL),
    # URLs: as given, with a query string, a trailing slash, no scheme, http
    ("https://school.programmers.co.kr/learn/courses/30/lessons/152996", SEESAW),
    ("https://school.programmers.co.kr/learn/courses/30/lessons/152996?language=python3", SEESAW),
    ("https://school.programmers.co.kr/learn/courses/30/lessons/152996/", SEESAW),
    ("https://school.programmers.co.kr/learn/courses/30/lessons/152996/?language=python3#top", SEESAW),
    ("school.programmers.co.kr/learn/courses/30/lessons/152996", SEESAW),
    ("http://school.programmers.co.kr/learn/courses/30/lessons/150369", PARCEL),
    ("https://school.programmers.co.kr/learn/courses/30/lessons/150369?language=python3", PARCEL),
])
def test_exact_spellings_resolve_exactly(specs, name, slug):
    found = names.resolve(name, specs)
    assert found.spec is not None, found
    assert found.spec.slug == slug
    assert found.exact is True
    assert found.candidates == ()


@pytest.mark.parametrize("name, slug", [
    ("시소짝궁", SEESAW),  # one letter off inside a syllable: 궁 is ㄱㅜㅇ, 꿍 is ㄲㅜㅇ
    ("시소 짝궁", SEESAW),
    (nfd("시소짝궁"), SEESAW),
    ("seasaw", SEESAW),
    ("Seesaw partnres", SEESAW),
    ("택배 배달과 수거", PARCEL),
    ("parcel delivery and pickups", PARCEL),
])
def test_clear_misspellings_resolve_but_not_exactly(specs, name, slug):
    found = names.resolve(name, specs)
    assert found.spec is not None, found
    assert found.spec.slug == slug
    assert found.exact is False


@pytest.mark.parametrize("name, slug", [
    ("배달", PARCEL),
    ("delivery", PARCEL),
])
def test_vague_names_give_candidates_not_a_spec(specs, name, slug):
    found = names.resolve(name, specs)
    assert found.spec is None
    assert found.exact is False
    assert found.candidates, "a vague name should list the close problems"
    assert found.candidates[0].spec.slug == slug
    assert all(names.CLOSE <= c.score < 1.0 for c in found.candidates)
    assert [c.score for c in found.candidates] == sorted((c.score for c in found.candidates), reverse=True)


@pytest.mark.parametrize("name", ["미로 탐색", "two sum", "완전히 새로운 문제", "", "   ", "!!!"])
def test_unrelated_names_give_neither(specs, name):
    found = names.resolve(name, specs)
    assert found.spec is None
    assert found.candidates == ()


@pytest.mark.parametrize("name", [
    "152997",
    "15299",
    "1529960",
    "programmers/152997",
    "programmers-152997",
    "https://school.programmers.co.kr/learn/courses/30/lessons/152997",
    "https://school.programmers.co.kr/learn/courses/30/lessons/152997?language=python3",
])
def test_wrong_id_never_resolves_fuzzily(specs, name):
    found = names.resolve(name, specs)
    assert found.spec is None
    assert all(c.spec.slug != SEESAW for c in found.candidates)
    assert found.candidates == ()


def test_no_specs_resolves_to_nothing():
    found = names.resolve("시소 짝꿍", [])
    assert found.spec is None and found.candidates == ()


def test_normal_ignores_form_case_spacing_and_punctuation():
    assert names.normal("시소 짝꿍") == names.normal(nfd("시소짝꿍")) == "시소짝꿍"
    assert names.normal("SEESAW-partners") == names.normal("Seesaw Partners") == "seesawpartners"
    assert names.normal("programmers/152996") == "programmers152996"


def test_a_workspace_copy_shadows_the_catalogue_once(specs):
    # The same slug twice (workspace copy first): one candidate per slug, the first wins.
    doubled = [specs[0], *specs]
    ranked = names.rank("시소 짝꿍", doubled)
    assert [c.spec.slug for c in ranked] == [SEESAW, PARCEL]
    assert ranked[0].spec is specs[0]
    assert names.resolve("시소 짝꿍", doubled).exact is True
