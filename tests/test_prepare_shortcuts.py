"""The shortcuts that make ``prepare`` fast give the answers of the slow way (issue 20.2).

Each shortcut skips work when a cheap test shows its answer cannot change; these tests
check that claim against the full computation, over every character of the running
Python's Unicode data where a shortcut relies on it.
"""

from __future__ import annotations

import sys
import unicodedata
from decimal import Decimal
from pathlib import Path

from perfdocs.compute.calculate import actual_in_target_unit, find_tier, suggest, tier_words
from perfdocs.layouts.layout import Scoring
from perfdocs.model.marks import PLACEHOLDER
from perfdocs.model.numbers import normalize_text
from perfdocs.model.targets import parse_measure
from perfdocs.rules.validate import _PLACEHOLDER_FIRST, string_leaves

DATA = Path(__file__).resolve().parent.parent / "data"


def test_placeholder_prefilter_lists_every_character_folding_to_its_first() -> None:
    first = normalize_text(PLACEHOLDER)[0]
    folding = {chr(i) for i in range(sys.maxunicode + 1)
               if first in unicodedata.normalize("NFKC", chr(i))}
    assert folding == set(_PLACEHOLDER_FIRST)


def test_string_leaves_finds_what_a_full_walk_finds_in_file_order() -> None:
    tree = {"a": "示例：x", "b": [{"c": "y", "d": None}, "示例:z", ["示例： w"]],
            "e": {"f": {"g": "⽰例：q"}}}
    def wanted(text: str) -> bool:
        return normalize_text(text).startswith("示例:")
    assert string_leaves(tree, ("自评",), wanted) == [
        (("自评", "a"), "示例：x"), (("自评", "b", 1), "示例:z"),
        (("自评", "b", 2, 0), "示例： w"), (("自评", "e", "f", "g"), "⽰例：q")]
    assert string_leaves("示例：x", ("自评",), wanted) == [(("自评",), "示例：x")]
    assert string_leaves(None, ("自评",), wanted) == []


def test_tier_words_once_give_the_tiers_found_word_by_word() -> None:
    scoring = Scoring()
    words = tier_words(scoring)
    for text in ("达成指标", "基本达成", "未达成", "部分达成", "较有提高", "及时", "", "达 成"):
        assert find_tier(text, scoring, words) == find_tier(text, scoring)
        actual, target = parse_measure(text), parse_measure("≥95%")
        assert suggest(target, actual, Decimal(5), scoring, words=words,
                       figure=actual_in_target_unit(target, actual)) == \
            suggest(target, actual, Decimal(5), scoring)


_TRICKY = [
    "a: ~\nb: null\nc: Null\nd: NULL\ne:\nf: ''\ng: '~'\nh: \"null\"\n",
    "a: 1\nb: 1.5\nc: true\nd: 2024-01-01\ne: =\nf: 0x1F\ng: .inf\nh: -.NaN\ni: 1_000\n",
    "<<: {a: 1}\nb: 2\n", "a:\n  <<: x\n", "a: '<<'\n", "a: [~, null, '', 1, x]\n",
    "a: !!str 1\nb: !!int 2\n", "a: !!null ''\n", "- ~\n- <<\n", "a: nULL\nb: ' '\n",
    "a: |\n  多行\n  文字\nb: >\n  折叠\n", "? a\n: b\n", "a: 'x'\n'~': 1\n",
]


def test_libyaml_resolver_reads_every_file_as_pyyaml_resolver_does(tmp_path: Path) -> None:
    """The fast resolver (:func:`perfdocs.loading.source._c_loader`) gives the same data,
    lines and errors as PyYAML's own on the bundled projects and on every implicit type."""
    import yaml

    from benchmarks.synthetic import project_yaml
    from perfdocs.errors import PerfdocsError
    from perfdocs.loading import source

    assert source._c_loader() is not None  # the fast path is what this test is about
    texts = [p.read_text(encoding="utf-8") for p in sorted(DATA.rglob("*.yaml"))]
    texts += [project_yaml(i) for i in range(3)] + _TRICKY

    def read(text: str) -> object:
        try:
            loaded = source.parse_text(text, "p.yaml")
        except PerfdocsError as exc:
            return ("error", exc.message, exc.line)
        return loaded.data, loaded.lines

    for text in texts:
        fast = read(text)
        saved = list(source._LOADERS)
        source._LOADERS[:] = [yaml.CSafeLoader]
        try:
            assert read(text) == fast, text[:200]
        finally:
            source._LOADERS[:] = saved


def test_kept_parses_equal_fresh_ones() -> None:
    """parse_unit and parse_measure keep their answers per text: each equals a new parse."""
    from perfdocs.model import targets, units

    for text in ("万人", "(小时)", "％", "", "人次", "亿元", "‰", "千人次", "天"):
        assert units.parse_unit(text) == units.parse_unit.__wrapped__(text)
    for text in ("≥95%", "≤3(天)", "达成指标", "63.00(个)", "不低于90%", " ≥ 1,000 人 ", "=0(起)"):
        kept = targets.parse_measure(text)
        assert kept == targets._parsed_measure.__wrapped__(text) == targets.parse_measure(text)
    assert targets.parse_measure(None) == targets.Measure("")
