"""Layouts as data: ``templates/<name>/layout.toml`` describes a form's labels and arithmetic.

Forms change from year to year and from province to province. Everything that differs — the
title and year line, the money unit, label spellings (分数 vs 分值), where each part sits on
the grid, rounding places and modes, the scoring rules and the grades — is read from the
layout folder, so a new year is a copied folder, not new code. The folder may also hold
Word templates (``<form>.docx``) the docx renderer picks up.

A broken layout file is reported with the file and the key at fault.
"""

from __future__ import annotations

import re
import tomllib
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, model_validator

from perfdocs.errors import LayoutError
from perfdocs.numbers import Rounding, RoundingMode

LAYOUT_FILE = "layout.toml"
PACKAGE_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
"""The layouts that ship with perfdocs (the repository's ``templates/`` folder)."""


def _decimal(value: Any) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (int, str, Decimal)):
        raise ValueError("应为整数或用引号写的小数（如 \"2.5\"）")
    return Decimal(value)


Dec = Annotated[Decimal, BeforeValidator(_decimal)]


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RoundingSpec(_Section):
    """Places and mode of one kind of figure."""

    places: int = Field(2, ge=0, le=6)
    mode: RoundingMode = "half_up"

    def rounding(self) -> Rounding:
        return Rounding(self.places, self.mode)


class RoundingSet(_Section):
    """Rounding for every kind of computed figure of a form."""

    money: RoundingSpec = RoundingSpec()
    rate: RoundingSpec = RoundingSpec(mode="down")
    execution_score: RoundingSpec = RoundingSpec()
    score: RoundingSpec = RoundingSpec()
    total: RoundingSpec = RoundingSpec()


class NumberStyle(_Section):
    """How a figure reads: places shown, thousands separators, trailing zeros, suffix."""

    places: int = Field(2, ge=0, le=6)
    thousands: bool = False
    trim: bool = False
    """Drop trailing zeros (the 2020 form prints 10, 9.5, 7.2)."""
    suffix: str = ""
    """Printed after the figure, e.g. "%" for a rate."""


class Display(_Section):
    money: NumberStyle = NumberStyle(thousands=True)
    rate: NumberStyle = NumberStyle()
    score: NumberStyle = NumberStyle()
    weight: NumberStyle = NumberStyle()
    not_applicable: str = "-"
    sub_row_rate: bool = True
    """Print the 执行率 of the 其中 rows too (the 2020/2021 forms leave it blank)."""
    sub_row_score: str | None = None
    """What the 其中 rows print under 得分 (default: ``not_applicable``)."""


class FontSpec(_Section):
    family: str = "宋体"
    latin: str = ""
    """Digits and Latin letters in Word (e.g. Times New Roman, as printed forms use)."""
    title_size: Dec = Decimal(18)
    subtitle_size: Dec = Decimal(12)
    body_size: Dec = Decimal(10)


class Tier(_Section):
    """A qualitative tier: the words that name it, its score range (percent of 分值)."""

    name: str
    words: list[str] = []
    min: Dec
    max: Dec
    suggest: Dec

    @model_validator(mode="after")
    def _range(self) -> Tier:
        if not (0 <= self.min <= self.suggest <= self.max <= 100):
            raise ValueError("须满足 0 ≤ min ≤ suggest ≤ max ≤ 100")
        return self


class Grade(_Section):
    name: str
    min: Dec


class Scoring(_Section):
    """The arithmetic rules of a form (FORMS.md, "The arithmetic")."""

    execution_weight: Dec = Decimal(10)
    cap_execution_score: bool = True
    total_weight: Dec = Decimal(100)
    reverse_rule: Literal["ratio", "deviation"] = "ratio"
    overachievement_ratio: Dec | None = Decimal(3)
    missing_reason: Literal["error", "warning"] = "error"
    """A lost point without 偏差原因分析: an error, or a warning for old forms printed so."""
    tiers: list[Tier] = []
    grades: list[Grade] = []

    @model_validator(mode="after")
    def _grades(self) -> Scoring:
        mins = [g.min for g in self.grades]
        if mins != sorted(mins, reverse=True):
            raise ValueError("grades 须按 min 从高到低排列")
        return self

    def grade(self, total: Decimal) -> str:
        """The first grade whose minimum ``total`` reaches ("" when none is defined)."""
        for grade in self.grades:
            if total >= grade.min:
                return grade.name
        return ""


_COLS = re.compile(r"^([A-Z]+)(?::([A-Z]+))?$")


def column_index(letters: str) -> int:
    """"A" → 0, "Z" → 25, "AA" → 26."""
    index = 0
    for ch in letters:
        index = index * 26 + (ord(ch) - 64)
    return index - 1


def parse_span(text: str) -> tuple[int, int]:
    """"B:D" → (1, 3): the first column and how many columns the part spans."""
    match = _COLS.match(text.strip().upper())
    if not match:
        raise ValueError(f"「{text}」不是列范围，应写成 \"B\" 或 \"B:D\"")
    first = column_index(match[1])
    last = column_index(match[2]) if match[2] else first
    if last < first:
        raise ValueError(f"列范围「{text}」倒过来了")
    return first, last - first + 1


class FormLayout(_Section):
    """One form of a layout: its texts, grid, rounding, display and scoring."""

    kind: str = ""
    builder: Literal["selfeval", "declaration", "target"] = "selfeval"
    """Which form builder lays this form out (perfdocs.form.BUILDERS)."""
    section: Literal["自评", "申报"] = "自评"
    """The part of the project file the form prints; projects without it skip the form."""
    title: str
    subtitle: str = ""
    sheet_name: str = "{{ project_name }}"
    money_unit: Literal["元", "万元"] = "元"
    column_widths: list[Dec]
    grade_row: bool = True
    same_groups: bool = True
    """A declaration form: its 一级/二级 names are the 自评表's (2020's 目标表 uses its own)."""
    not_evaluated: list[str] = []
    """A declaration form: 一级 groups the 自评表 does not evaluate (2020: 投入与管理)."""
    template: str | None = None
    fonts: FontSpec = FontSpec()
    rounding: RoundingSet = RoundingSet()
    display: Display = Display()
    labels: dict[str, str] = {}
    columns: dict[str, str] = {}
    scoring: Scoring = Scoring()

    @model_validator(mode="after")
    def _columns(self) -> FormLayout:
        for key, text in self.columns.items():
            try:
                first, span = parse_span(text)
            except ValueError as exc:
                raise ValueError(f"columns.{key}: {exc}") from None
            if first + span > len(self.column_widths):
                raise ValueError(
                    f"columns.{key} = \"{text}\" 超出了 column_widths 的 "
                    f"{len(self.column_widths)} 列")
        return self

    def label(self, key: str) -> str:
        """The printed label for ``key``; a missing one is a layout error."""
        try:
            return self.labels[key]
        except KeyError:
            raise LayoutError(f"版式缺少标签 labels.{key}", field=f"forms.{self.kind}.labels") \
                from None

    def span(self, key: str) -> tuple[int, int] | None:
        """(first column, width) of a part, or None when the layout leaves it out."""
        text = self.columns.get(key)
        return parse_span(text) if text else None


class Layout(_Section):
    """A whole layout folder."""

    name: str
    description: str = ""
    forms: dict[str, FormLayout]
    folder: str = ""

    def form(self, kind: str) -> FormLayout:
        """The layout of one form, or a LayoutError naming the forms there are."""
        try:
            return self.forms[kind]
        except KeyError:
            have = "、".join(self.forms) or "无"
            raise LayoutError(f"版式「{self.name}」没有「{kind}」（有：{have}）",
                              file=Path(self.folder) / LAYOUT_FILE) from None


def search_path(extra: tuple[str, ...] = ()) -> list[Path]:
    """Folders searched for layouts: configured ones first, then ./templates, then the bundled."""
    paths = [Path(p).expanduser() for p in extra]
    paths.append(Path.cwd() / "templates")
    paths.append(PACKAGE_TEMPLATES)
    unique: list[Path] = []
    for p in paths:
        resolved = p.resolve()
        if resolved not in unique:
            unique.append(resolved)
    return unique


def available(extra: tuple[str, ...] = ()) -> dict[str, Path]:
    """Every layout folder found, by name; earlier search folders win."""
    found: dict[str, Path] = {}
    for root in search_path(extra):
        if not root.is_dir():
            continue
        for folder in sorted(root.iterdir()):
            if (folder / LAYOUT_FILE).is_file() and folder.name not in found:
                found[folder.name] = folder
    return found


def load_layout(name: str, extra: tuple[str, ...] = ()) -> Layout:
    """Find and read the layout called ``name`` (a folder name, or a path to a folder)."""
    candidate = Path(name)
    if (candidate / LAYOUT_FILE).is_file():
        return read_layout(candidate)
    folders = available(extra)
    if name not in folders:
        have = "、".join(folders) or "无"
        raise LayoutError(f"找不到版式「{name}」（已安装：{have}）；"
                          "可在 perfdocs.toml 的 [layouts] paths 中加入自定义版式所在的文件夹")
    return read_layout(folders[name])


def read_layout(folder: Path) -> Layout:
    """Read one layout folder (cached by path and modification time)."""
    path = (folder / LAYOUT_FILE).resolve()
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        raise LayoutError("版式文件不存在", file=path) from None
    return _read_layout(path, mtime)


@cache
def _read_layout(path: Path, mtime: int) -> Layout:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise LayoutError(f"无法读取版式文件：{exc}", file=path) from None
    except tomllib.TOMLDecodeError as exc:
        line = _toml_line(str(exc))
        raise LayoutError(f"版式文件不是合法的 TOML：{exc}", file=path, line=line) from None
    if isinstance(data.get("forms"), dict):
        for kind, form in data["forms"].items():
            if isinstance(form, dict):
                form.setdefault("kind", kind)
    data["folder"] = str(path.parent)
    data.setdefault("name", path.parent.name)
    try:
        return Layout.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        key = ".".join(str(p) for p in first["loc"])
        message = first["msg"].removeprefix("Value error, ")
        if first["type"] == "extra_forbidden":
            message = "不认识的键"
        elif first["type"] == "missing":
            message = "缺少必填的键"
        more = f"（另有 {len(exc.errors()) - 1} 处问题）" if len(exc.errors()) > 1 else ""
        raise LayoutError(f"{message}{more}", file=path, field=key) from None


def _toml_line(message: str) -> int | None:
    match = re.search(r"line (\d+)", message)
    return int(match[1]) if match else None
