"""定性指标的档次: a qualified or negated 达成 never falls in the full tier (tester17 F11).

「未达成年度指标」 was scored 100% because 「达成年度指标」 is a substring of it. Checked for
every bundled layout that has tiers, with each layout's own tier words.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perfdocs.compute.calculate import find_tier, suggest
from perfdocs.layouts.layout import load_layout
from perfdocs.model.targets import parse_measure
from tests.conftest import ROOT

LAYOUTS = sorted(p.parent.name for p in (ROOT / "templates").glob("*/layout.toml")
                 if load_layout(p.parent.name).form("自评表").scoring.tiers)

BOTTOM = ["未达成年度指标", "未达成指标", "未达成年度指标，效果较差", "尚未达成"]
MIDDLE = ["部分达成年度指标", "部分达成指标"]
NO_TIER = ["未能达成年度指标", "基本达成年度指标", "没有达成年度指标", "基本达成",
           "部分达成，未达成"]


def test_layouts_with_tiers_are_found() -> None:
    assert {"national-2020", "hubei-2020", "shanghai-2024"} <= set(LAYOUTS)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_negated_and_partial_texts(layout: str) -> None:
    scoring = load_layout(layout).form("自评表").scoring
    top, middle, bottom = sorted(scoring.tiers, key=lambda t: t.suggest, reverse=True)
    weight = Decimal(20)
    for text in BOTTOM:
        score, tier = suggest(parse_measure("显著提升"), parse_measure(text), weight, scoring)
        assert tier == bottom, text
        assert score == bottom.suggest / 100 * weight, text
    for text in MIDDLE:
        score, tier = suggest(parse_measure("显著提升"), parse_measure(text), weight, scoring)
        assert tier == middle, text
        assert score == middle.suggest / 100 * weight, text
    for text in NO_TIER:
        assert find_tier(text, scoring) is None, text
        assert suggest(parse_measure("显著提升"), parse_measure(text), weight,
                       scoring) == (None, None), text
    assert top.suggest == 100


@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_tier_word_names_its_tier(layout: str) -> None:
    scoring = load_layout(layout).form("自评表").scoring
    for tier in scoring.tiers:
        for word in [tier.name, *tier.words]:
            assert find_tier(word, scoring) == tier, word
    top = max(scoring.tiers, key=lambda t: t.suggest)
    for text in ("达成年度指标", "达成指标", "已达成", "全部达成年度指标", "达 成"):
        assert find_tier(text, scoring) == top, text


DOUBTED = ["达成年度指标的80%", "达成预期指标的一半", "达成年度指标，但效果较差",
           "达成年度指标，八成", "部分达成年度指标，效果较差"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_words_after_a_tier_that_take_it_back_name_no_tier(layout: str) -> None:
    """tester18 F4: 「达成年度指标的80%」, 「达成预期指标的一半」 and 「达成年度指标，但效果较差」
    took the full tier (20 of 20, 97.41 优). Words after a tier's words that take part of it
    back leave the text naming no tier: the 得分 is the preparer's to write (README: 「实际
    完成值是别的文字、又没写得分的，是错误」). Words that add nothing against it keep the tier,
    and the lowest tier keeps its own complaints (未达成年度指标，效果较差)."""
    scoring = load_layout(layout).form("自评表").scoring
    top = max(scoring.tiers, key=lambda t: t.suggest)
    bottom = min(scoring.tiers, key=lambda t: t.suggest)
    for text in DOUBTED:
        assert find_tier(text, scoring) is None, text
        assert suggest(parse_measure("显著提升"), parse_measure(text), Decimal(20),
                       scoring) == (None, None), text
    assert find_tier("达成年度指标，效果良好", scoring) == top
    assert find_tier("未达成年度指标，效果较差", scoring) == bottom
