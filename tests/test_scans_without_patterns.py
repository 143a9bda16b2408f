"""Patterns that every run compiled, replaced by plain string work (issue 20.2: each
pattern cost 0.15–1.3 ms of compiling in every process): the same answers as the
patterns, which are kept here as the reference.

- :func:`perfdocs.model.targets.parse_measure`: the comparator word before the figure is
  found by ``startswith`` (longest first) instead of an alternation of 35 words;
- :func:`perfdocs.model.targets.official_text`: ``str.lstrip`` and ``startswith`` for
  ``^(\\s*)(>=|…)``;
- :func:`perfdocs.layouts.records.parse_span`: ``split(":")`` and a set of letters for
  ``^([A-Z]+)(?::([A-Z]+))?$``;
- :func:`perfdocs.model.numbers.parse_decimal`: ``partition``, ``split`` and
  ``str.isdecimal`` for its plain and grouped figures and the blank between digits;
- :func:`perfdocs.model.project_checks.as_year`: ``removesuffix`` and ``str.split`` for
  ``\\s|年$`` and ``\\d{4}``;
- the file names of :mod:`perfdocs.engine.output`: a translation table, ``str.split``
  and ``str.replace`` for four patterns.

(The 示例 placeholder check of :mod:`perfdocs.rules.validate` looks for 示 and ⽰ with
``in`` instead of ``[示⽰]``: tests/test_prepare_shortcuts.py and test_validate.py.)
"""

from __future__ import annotations

import random
import re
import sys
import unicodedata
from decimal import Decimal

import pytest

from perfdocs.engine import output
from perfdocs.layouts import records
from perfdocs.loading import source
from perfdocs.model import numbers, project_checks, targets
from perfdocs.model.units import BRACKETS

_CMP = "|".join(re.escape(k) for k in sorted(targets._COMPARATORS, key=len, reverse=True))
_AFTER_WORDS = "|".join(re.escape(k) for k in sorted(targets._AFTER, key=len, reverse=True))
OLD_MEASURE = re.compile(
    rf"^(?P<cmp>{_CMP})?"
    r"(?P<num>[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)"
    rf"(?P<after1>{_AFTER_WORDS})?"
    r"(?:\((?P<paren>[^()\d]{0,20})\)"
    r"|(?P<suffix>[^\d()]{1,12}?\([^()]{1,20}\)|[^\d()]{0,12}?))"
    rf"(?P<after2>{_AFTER_WORDS})?$"
)
OLD_TYPED_SYMBOL = re.compile(r"^(\s*)(>=|=>|≧|⩾|<=|=<|≦|⩽|＞＝|＜＝|＝＞|＝＜)")
OLD_COLS = re.compile(r"^([A-Z]+)(?::([A-Z]+))?$")


def old_parse_measure(original: str) -> targets.Measure:
    """parse_measure as it was, with the one pattern."""
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = OLD_MEASURE.match(compact.translate(BRACKETS))
    if not match:
        return targets.Measure(original)
    unit = compact[slice(*match.span("paren" if match["paren"] is not None else "suffix"))]
    if "(" in unit and "（" in original:
        unit = unit.replace("(", "（").replace(")", "）")
    after = match["after1"] or match["after2"]
    before = targets._COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = targets._AFTER[after] if after else None
    if before and behind and before != behind:
        return targets.Measure(original)
    return targets.Measure(original, before or behind, Decimal(match["num"].replace(",", "")),
                           unit)


def old_official_text(text: str) -> str:
    return OLD_TYPED_SYMBOL.sub(lambda m: m[1] + targets._SYMBOL[
        targets._COMPARATORS[unicodedata.normalize("NFKC", m[2])]], text, count=1)


def old_parse_span(text: str) -> object:
    match = OLD_COLS.match(text.strip().upper())
    if not match:
        return "not a span"
    first = records.column_index(match[1])
    last = records.column_index(match[2]) if match[2] else first
    if last < first:
        return "reversed"
    return first, last - first + 1


def new_parse_span(text: str) -> object:
    try:
        return records.parse_span(text)
    except ValueError as exc:
        return "reversed" if "倒过来" in str(exc) else "not a span"


PIECES = [*targets._COMPARATORS, *targets._AFTER, "", "", "", " ", "\u3000", "\t", "\n",
          "0", "5", "12", "1,000", "1,00", "3.5", ".5", "5.", "+", "-", "９０", "٣", ",",
          "%", "个", "万元", "台（套）", "(", ")", "（", "）", "【", "】", "次", "天", "及时",
          "(个)", "(次/年)", "≥", "＞＝", ">", "=", "大于", "等于", "或", "以", "上", "a", "ß"]


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    texts = [f"{a}{b}" for a in PIECES for b in PIECES]
    texts += ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 7)))
              for _ in range(count)]
    return texts


def test_parse_measure_as_with_the_pattern() -> None:
    for text in _texts(30_000, 20):
        # the cached function is compared, and the uncached body through the same path
        assert targets._parsed_measure.__wrapped__(text) == old_parse_measure(text), text


def test_official_text_as_with_the_pattern() -> None:
    for text in _texts(10_000, 21):
        assert targets.official_text(text) == old_official_text(text), text


def test_lstrip_strips_what_a_patterns_blank_matches() -> None:
    """``str.lstrip()`` and ``\\s*`` agree on every code point (both are str.isspace)."""
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        assert (re.match(r"\s", ch) is not None) == (ch.lstrip() == ""), hex(code)


@pytest.mark.parametrize("seed", [1, 2])
def test_parse_span_as_with_the_pattern(seed: int) -> None:
    rng = random.Random(seed)
    pieces = ["A", "B", "Z", "AA", "az", "b", ":", "::", " ", "\n", "1", "Ａ", "ß", "ı",
              "ſ", "ﬀ", "-", "", "D", "é"]
    texts = [f"{a}{b}{c}" for a in pieces for b in pieces for c in pieces]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
              for _ in range(5_000)]
    for text in texts:
        assert new_parse_span(text) == old_parse_span(text), repr(text)


OLD_FORBIDDEN = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')


def old_sanitize_segment(text: str) -> str:
    original = text
    text = unicodedata.normalize("NFC", text)
    text = OLD_FORBIDDEN.sub("_", text)
    text = re.sub(r"\s+", " ", text).strip(" .")
    text = re.sub(r"_+", "_", text)
    if text.split(".")[0].upper() in output._RESERVED:
        text = "_" + text
    if len(text.encode("utf-8")) > output.MAX_SEGMENT_BYTES:
        text = output._tagged(text, original, output.MAX_SEGMENT_BYTES)
    return text or "_"


def old_name_part(text: str, limit: int = 0) -> str:
    limit = limit or output.MAX_FIELD_BYTES
    typed = unicodedata.normalize("NFC", text)
    safe = re.sub(r"\s+", " ", OLD_FORBIDDEN.sub("_", typed))
    if safe == re.sub(r"\s+", " ", typed) and len(safe.encode("utf-8")) <= limit:
        return safe
    return output._tagged(safe, typed, limit)


NAME_PIECES = ["", " ", "  ", "\t", "\n", "\u3000", "\x85", "\xa0", "\x1c", ".", "..", "_",
               "__", "/", "\\", "//", ":", "?", "*", "<", ">", '"', "|", "\x00", "\x7f",
               "a", "CON", "con", "LPT1", "项目", "培训", "一期", "2024", "-自评表",
               "\u0301", "e", "名" * 40]


@pytest.mark.parametrize("seed", [5, 6])
def test_file_names_as_with_the_patterns(seed: int) -> None:
    """engine/output: the translation table, the blank runs, the underscores and the
    segments give the names the four patterns gave."""
    rng = random.Random(seed)
    texts = [f"{a}{b}" for a in NAME_PIECES for b in NAME_PIECES]
    texts += ["".join(rng.choice(NAME_PIECES) for _ in range(rng.randint(1, 8)))
              for _ in range(8_000)]
    for text in texts:
        assert output.sanitize_segment(text) == old_sanitize_segment(text), repr(text)
        assert output.name_part(text) == old_name_part(text), repr(text)
        assert output.name_part(text, 12) == old_name_part(text, 12), repr(text)
        assert output._segments(text) == [
            p for p in re.split(r"[\\/]+", text) if p.strip(" .")], repr(text)
    for code in range(0x3000 + 1):  # every character the table or \s may touch, and more
        ch = chr(code)
        assert ch.translate(output._FORBIDDEN) == OLD_FORBIDDEN.sub("_", ch)
        for text in (ch, f"a{ch}{ch}b", f"{ch}x", f"x{ch}"):
            assert output._one_space(text) == re.sub(r"\s+", " ", text), hex(code)


OLD_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")
OLD_GROUPED = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$")
OLD_INNER_SPACE = re.compile(r"[\d.,]\s+[\d.,]")
FIGURE_PIECES = ["", "0", "1", "12", "123", "1234", ",", ",,", ".", "..", "+", "-", "++",
                 "٣", "３", "𝟙", "²", "Ⅷ", "e", "E5", " ", "\t", "\u3000", "\xa0", "\n",
                 ",000", ",00", ",0000", "万", "a", "%"]


@pytest.mark.parametrize("seed", [7, 8])
def test_figures_as_with_the_patterns(seed: int) -> None:
    """model/numbers: a plain figure, a grouped one, and a blank between digits, told as
    the three patterns told them (\\d: every decimal digit of Unicode)."""
    rng = random.Random(seed)
    texts = [f"{a}{b}{c}" for a in FIGURE_PIECES for b in FIGURE_PIECES
             for c in FIGURE_PIECES]
    texts += ["".join(rng.choice(FIGURE_PIECES) for _ in range(rng.randint(1, 9)))
              for _ in range(20_000)]
    for text in texts:
        raw = numbers.normalize_text(text)  # what parse_decimal asks of: no blanks (the
        # patterns' $ also matched before a last newline, which raw never holds)
        assert numbers._plain_number(raw) == bool(OLD_NUMBER.match(raw)), repr(text)
        assert numbers._grouped_number(raw) == bool(OLD_GROUPED.match(raw)), repr(text)
        folded = unicodedata.normalize("NFKC", text).strip()
        try:
            numbers._refuse_inner_spaces(text)
            refused = False
        except numbers.NumberError:
            refused = True
        assert refused == bool(OLD_INNER_SPACE.search(folded)), repr(text)
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        assert numbers._figure_end(ch) == bool(re.fullmatch(r"[\d.,]", ch)), hex(code)


def old_as_year(value: object) -> object:
    if isinstance(value, str):
        digits = re.sub(r"\s|年度?$", "", value.strip())
        if not re.fullmatch(r"\d{4}", digits):
            raise ValueError("not a year")
        return int(digits)
    return value


def test_a_year_as_with_the_patterns() -> None:
    """model/project_checks.as_year: blanks and a last 年 or 年度 dropped (the form prints
    「（2026年度）」: tester6 10f), four digits, as the two patterns would."""
    rng = random.Random(9)
    pieces = ["", "2", "0", "26", "2026", "２０２６", "٢", " ", "\u3000", "\n", "\t", "年",
              "年度", "度", "二〇二六", "-", "."]
    texts = [f"{a}{b}{c}" for a in pieces for b in pieces for c in pieces]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 7)))
              for _ in range(10_000)]
    for text in texts:
        try:
            expected: object = old_as_year(text)
        except ValueError:
            expected = "refused"
        try:
            got = project_checks.as_year(text)
        except ValueError:
            got = "refused"
        assert got == expected, repr(text)


def test_the_block_header_check_only_where_a_comment_can_be() -> None:
    """loading/source: the PyYAML-only block-scalar header is looked for only in a text
    holding a #, which the pattern needs (the pattern is compiled then)."""
    for text in ["a: |#x\n", "a: |-2 #c\n", "a: >\n  b\n", "a: |\n  # not a header\n", "#",
                 "a: b # c\n", "a: |+ \n"]:
        assert bool("#" in text and source._PY_ONLY_HEADER.search(text)) == \
            bool(re.search(r"[|>][0-9+-]*#", text)), text
