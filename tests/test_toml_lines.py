"""The line of every key of a TOML file: what a perfdocs.toml or layout.toml message names."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator

from perfdocs.loading.toml_lines import KeyLines, Loc, key_lines
from tests.conftest import ROOT

TEXT = '''\
# a comment with [not.a] table and key = "no"
name = "x"  # [nor] this

[render]
formats = [
  "xlsx",  # ]
  "pdf",
]
note = """
[fake]
key = "inside a text"\\"""
still = 1
"""""
"dotted.key" = 'C:\\dir'
a.b.c = { d = 1, e = [2, 3] }

[forms."自评表".labels]
'字' = "v"

[[forms."自评表".scoring.grades]]
min = 90

[[forms."自评表".scoring.grades]]
min = 80
[forms."自评表".scoring.grades.extra]
deep = true
'''


def test_tables_keys_and_arrays_of_tables_at_their_lines() -> None:
    tomllib.loads(TEXT)  # the sample is TOML
    lines = key_lines(TEXT).lines
    assert lines[("name",)] == 2
    assert lines[("render",)] == 4
    assert lines[("render", "formats")] == 5
    assert lines[("render", "note")] == 9
    assert ("fake",) not in lines and ("render", "still") not in lines
    assert ("render", "key") not in lines and ("nor",) not in lines
    assert lines[("render", "dotted.key")] == 14
    assert lines[("render", "a")] == lines[("render", "a", "b", "c")] == 15
    assert lines[("forms", "自评表", "labels")] == 17
    assert lines[("forms", "自评表", "labels", "字")] == 18
    assert lines[("forms", "自评表", "scoring", "grades")] == 20
    assert lines[("forms", "自评表", "scoring", "grades", 0, "min")] == 21
    assert lines[("forms", "自评表", "scoring", "grades", 1)] == 23
    assert lines[("forms", "自评表", "scoring", "grades", 1, "min")] == 24
    assert lines[("forms", "自评表", "scoring", "grades", 1, "extra", "deep")] == 26


def test_a_key_not_written_is_found_at_its_nearest_table() -> None:
    found = key_lines(TEXT)
    assert found.line_of(("render", "formats", 1)) == 5
    assert found.line_of(("render", "a", "b", "c", "e", 0)) == 15
    assert found.line_of(("forms", "自评表", "labels", "expected")) == 17
    assert found.line_of(("missing",)) is None


def test_every_key_of_the_bundled_layouts_is_found() -> None:
    """Each key tomllib reads from a bundled layout.toml has a line, and it is the line
    that names it (or the inline table ``{ … }`` holding it)."""
    for toml in sorted((ROOT / "templates").glob("*/layout.toml")):
        text = toml.read_text(encoding="utf-8")
        for loc, line in _keys(tomllib.loads(text), key_lines(text), text.splitlines()):
            assert line is not None, (toml, loc)


def _keys(node: object, found: KeyLines, typed: list[str], loc: Loc = ()
          ) -> Iterator[tuple[Loc, int | None]]:
    if isinstance(node, dict):
        for key, value in node.items():
            here = (*loc, key)
            line = found.line_of(here)
            assert line is None or str(key) in typed[line - 1] or "{" in typed[line - 1], here
            yield here, line
            yield from _keys(value, found, typed, here)
    elif isinstance(node, list) and node and all(isinstance(i, dict) for i in node) \
            and typed[found.lines[loc] - 1].lstrip().startswith("[["):
        # an array of tables ([[…]]): each table counted from 0
        for index, item in enumerate(node):
            yield from _keys(item, found, typed, (*loc, index))


def test_text_that_is_not_toml_gives_what_was_found() -> None:
    found = key_lines('a = 1\nb = "open\nc = 2\n').lines
    assert found[("a",)] == 1 and ("c",) not in found
    assert key_lines("[a\n").line_of(("a", "b")) in (None, 1)
