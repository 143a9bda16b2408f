"""The shortcuts that make ``prepare`` fast give the answers of the slow way (issue 20.2).

Each shortcut skips work when a cheap test shows its answer cannot change; these tests
check that claim against the full computation, over every character of the running
Python's Unicode data where a shortcut relies on it.
"""

from __future__ import annotations

import sys
import unicodedata
from decimal import Decimal

from perfdocs.compute.calculate import actual_in_target_unit, find_tier, suggest, tier_words
from perfdocs.layouts.layout import Scoring
from perfdocs.model.marks import PLACEHOLDER
from perfdocs.model.numbers import normalize_text
from perfdocs.model.targets import parse_measure
from perfdocs.rules.validate import _PLACEHOLDER_FIRST, string_leaves


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
