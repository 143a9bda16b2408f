"""A layout's two halves (issue 20.2): the pydantic models that check layout.toml
(perfdocs/layouts/checking.py) and the plain records every consumer holds
(perfdocs/layouts/records.py, exported by perfdocs.layouts.layout). The fields are declared
twice, so these tests hold the two lists together; and a process rendering with a kept
layout must not import the checking half at all."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from pydantic import BaseModel

from perfdocs.layouts import checking, layout, records
from perfdocs.layouts.layout import available, read_layout
from perfdocs.loading import checked_files
from perfdocs.model.plain import Plain, field_mismatches

ROOT = Path(__file__).resolve().parent.parent
PROJECT = ROOT / "data" / "2024" / "技能评价业务经费.yaml"


def checking_models() -> dict[str, type[BaseModel]]:
    return {name: value for name, value in vars(checking).items()
            if isinstance(value, type) and issubclass(value, BaseModel)
            and value.__module__ == checking.__name__ and not name.startswith("_")}


def twin_classes() -> dict[str, type[records.Record]]:
    return {name: value for name, value in vars(records).items()
            if isinstance(value, type) and issubclass(value, records.Record) and value is not records.Record
            and value.__module__ == records.__name__}


def test_every_checking_model_has_a_twin_and_the_reverse() -> None:
    models, twins = checking_models(), twin_classes()
    assert len(models) >= 19
    assert sorted(models) == sorted(twins)


@pytest.mark.parametrize("name", sorted(checking_models()))
def test_a_twin_has_its_models_fields_in_order_with_the_same_defaults(name: str) -> None:
    """A key added to a checking model and not to its record (or the reverse) would be
    checked and then lost, or never filled: the names, their order, which are required and
    every default agree."""
    model, twin = checking_models()[name], twin_classes()[name]
    assert field_mismatches(model, twin) == []
    assert twin._fields == tuple(model.model_fields)
    for field, info in model.model_fields.items():
        if info.is_required():
            assert field not in twin._defaults, (name, field)
        else:
            assert field in twin._defaults, (name, field)
            assert checking.to_plain(info.default) == twin._defaults[field], (name, field)


def walk(value: object) -> list[object]:
    found = [value]
    if isinstance(value, Plain):
        for name in value._fields:
            found += walk(getattr(value, name))
    elif isinstance(value, dict):
        for item in value.values():
            found += walk(item)
    elif isinstance(value, list | tuple):
        for item in value:
            found += walk(item)
    return found


@pytest.mark.parametrize("name", sorted(available()))
def test_a_checked_layout_is_plain_records_all_the_way_down(
        name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(checked_files.CACHE_VARIABLE, "off")
    layout._KNOWN.clear()
    got = read_layout(available()[name])
    parts = walk(got)
    assert type(got) is layout.Layout
    assert not [part for part in parts if isinstance(part, BaseModel)]
    assert sum(isinstance(part, layout.FormLayout) for part in parts) == len(got.forms)
    assert pickle.loads(pickle.dumps(got)) == got


def test_records_are_frozen_equal_by_fields_and_replace_makes_a_changed_copy(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(checked_files.CACHE_VARIABLE, "off")
    layout._KNOWN.clear()
    form = read_layout(available()["national-2020"]).form("自评表")
    with pytest.raises(AttributeError):
        form.title = "别的"  # type: ignore[misc]
    style = form.display.rate
    changed = style.replace(suffix="分")
    assert changed.suffix == "分" and style.suffix != "分"
    assert [getattr(changed, f) for f in style._fields if f != "suffix"] == \
        [getattr(style, f) for f in style._fields if f != "suffix"]
    assert layout.NumberStyle(places=2) == layout.NumberStyle()
    assert hash(layout.NumberStyle(thousands=True)) == hash(layout.NumberStyle(thousands=True))
    wider = form.replace(column_widths=[*form.column_widths[:-1], Decimal(99)])
    assert wider.grid_widths[-1] == Decimal(99) and form.grid_widths[-1] != Decimal(99)
    assert wider._file == form._file is not None  # still names its layout.toml
    with pytest.raises(TypeError):
        layout.Grade(name="优")  # type: ignore[call-arg]  # min is required


def imports_of(code: str, cache: Path, cwd: Path) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), checked_files.CACHE_VARIABLE: str(cache),
           "PERFDOCS_FONT_CACHE": "off"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, cwd=cwd, check=True)
    found: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


def test_a_kept_layout_is_read_without_pydantic_or_the_checking_module(tmp_path: Path) -> None:
    """The second process reads the layout the first one checked and kept: neither the
    checking module nor pydantic is imported, and the layout is the same. (pydantic-core's
    compiled extension may be: a run validates its project file with it.)"""
    code = ("import sys, json\nfrom perfdocs.layouts.layout import load_layout\n"
            "got = load_layout('hubei-2020')\n"
            "print(json.dumps({'repr': repr(got), 'modules': sorted(m for m in sys.modules\n"
            "    if m.split('.')[0] == 'pydantic' or m == 'perfdocs.layouts.checking')}))\n")
    cold = imports_of(code, tmp_path / "cache", tmp_path)
    warm = imports_of(code, tmp_path / "cache", tmp_path)
    assert {"perfdocs.layouts.checking", "pydantic.main"} <= set(cold["modules"])  # type: ignore[arg-type]
    assert warm["modules"] == []
    assert warm["repr"] == cold["repr"]


def test_a_warm_pdf_render_imports_neither_pydantic_nor_the_checking_models(
        tmp_path: Path) -> None:
    """Issue 20.2: with the per-user caches warm (the layout kept as records, the project
    validator kept), ``perfdocs render one.yaml --form 自评表 -f pdf`` imports no pydantic
    at all — not the layout models, not the project models; the first run checked the
    layout and so did import them."""
    code = ("import sys, json\nfrom perfdocs.cli import main\n"
            "try:\n    main(sys.argv[1:])\nexcept SystemExit as exc:\n    status = exc.code\n"
            "print(json.dumps({'status': status, 'modules': sorted(m for m in sys.modules\n"
            "    if m.split('.')[0] == 'pydantic' or m == 'perfdocs.layouts.checking')}))\n")
    args = ["render", str(PROJECT), "--form", "自评表", "-f", "pdf", "-o", "out", "--no-cache"]
    runs = []
    for _ in range(2):
        done = subprocess.run(
            [sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=tmp_path,
            env={**os.environ, "PYTHONPATH": str(ROOT),
                 checked_files.CACHE_VARIABLE: str(tmp_path / "cache"),
                 "PERFDOCS_FONT_CACHE": "off"}, check=True)
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    cold, warm = runs
    assert cold["status"] in (0, None) and warm["status"] in (0, None)
    assert "perfdocs.layouts.checking" in cold["modules"] and "pydantic" in cold["modules"]
    assert warm["modules"] == []
    assert [p.name for p in (tmp_path / "out").rglob("*.pdf")] == ["技能评价业务工作经费-自评表.pdf"]
