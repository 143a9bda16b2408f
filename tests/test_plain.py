"""perfdocs.model.plain: twins of pydantic models validate as the models do (same values,
same errors) into plain objects that behave like the frozen models, and a validator built
for twins unpickles in a process that never imports pydantic."""

from __future__ import annotations

import copy
import json
import pickle
import subprocess
import sys
import textwrap
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Annotated, Any, ClassVar

import pytest
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, model_validator
from pydantic_core import SchemaValidator

from perfdocs.model.plain import FrozenTwinError, Plain, field_mismatches, to_plain, twin_schema

ROOT = Path(__file__).resolve().parent.parent

TWINS_SOURCE = textwrap.dedent('''
    from __future__ import annotations
    from decimal import Decimal
    from perfdocs.model.plain import Plain

    def positive(value):
        """A module-level check, as a twin validator needs them."""
        if isinstance(value, str):
            value = value.strip()
        number = Decimal(str(value))
        if number < 0:
            raise ValueError("不能为负数")
        return number

    def named(data):
        if isinstance(data, dict) and "名称" in data and not str(data["名称"]).strip():
            raise ValueError("名称不能为空")
        return data

    class Row(Plain):
        amount: Decimal | None
        note: str

    class Block(Plain):
        name: str
        rows: list[Row]
        main: Row
        size: int

        def total(self) -> Decimal:
            return sum((row.amount or Decimal(0) for row in self.rows), Decimal(0))
''')


@pytest.fixture(scope="module")
def twins_module(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    folder = tmp_path_factory.mktemp("twins")
    (folder / "plain_twins_example.py").write_text(TWINS_SOURCE, encoding="utf-8")
    sys.path.insert(0, str(folder))
    try:
        import plain_twins_example  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(folder))
    module: ModuleType = plain_twins_example
    return module


@pytest.fixture(scope="module")
def models(twins_module: ModuleType) -> dict[str, Any]:
    class Row(BaseModel):
        model_config = ConfigDict(extra="forbid", frozen=True)
        amount: Annotated[Decimal | None, BeforeValidator(twins_module.positive)] = Field(
            None, alias="金额")
        note: str = Field("", alias="说明")

    class Block(BaseModel):
        model_config = ConfigDict(extra="forbid", frozen=True)
        name: str = Field(alias="名称")
        rows: list[Row] = Field([], alias="行")
        main: Row = Field(Row.model_construct(amount=Decimal(7), note=""), alias="主行")
        size: int = Field(1, alias="大小", ge=1)

        _named = model_validator(mode="before")(twins_module.named)

    twins = {Row: twins_module.Row, Block: twins_module.Block}
    return {"Row": Row, "Block": Block, "twins": twins}


def twin_validator(models: dict[str, Any]) -> SchemaValidator:
    block = models["Block"]
    return SchemaValidator(twin_schema(block.__pydantic_core_schema__, models["twins"]),
                           block.__pydantic_core_schema__.get("config"))


GOOD = {"名称": "甲", "行": [{"金额": " 12.50 ", "说明": "x"}, {}]}
BAD = [{"名称": " ", "行": []}, {"名称": "甲", "行": [{"金额": "-1"}], "大小": 0, "多余": 1},
       {"行": "不是列表"}]


def test_twin_validator_gives_twins_equal_to_the_models_values(models: dict[str, Any],
                                                              twins_module: ModuleType) -> None:
    made = twin_validator(models).validate_python(GOOD)
    assert type(made) is twins_module.Block and type(made.rows[0]) is twins_module.Row
    own = models["Block"].model_validate(GOOD)
    assert made == to_plain(own, models["twins"])
    assert made.rows[0].amount == Decimal("12.50") and made.rows[1].amount is None
    assert made.main == twins_module.Row._build({"amount": Decimal(7), "note": ""})
    assert type(made.main) is twins_module.Row  # the default became a twin too
    assert made.total() == Decimal("12.50")
    assert made.__pydantic_fields_set__ == own.__pydantic_fields_set__ == {"name", "rows"}
    assert repr(made) == repr(own)
    assert repr(made.rows[0]) == repr(own.rows[0])


@pytest.mark.parametrize("data", BAD)
def test_twin_validator_reports_the_models_errors(models: dict[str, Any], data: object) -> None:
    with pytest.raises(ValidationError) as own:
        models["Block"].model_validate(data)
    with pytest.raises(ValidationError) as twin:
        twin_validator(models).validate_python(data)
    assert json.loads(twin.value.json(include_url=False)) == json.loads(
        own.value.json(include_url=False))


def test_a_twin_is_frozen_equal_by_type_and_fields_and_hashable(
        models: dict[str, Any], twins_module: ModuleType) -> None:
    row = twin_validator(models).validate_python(GOOD).rows[0]
    with pytest.raises(FrozenTwinError):
        row.note = "y"
    with pytest.raises(AttributeError):
        del row.note
    same = twins_module.Row._build({"amount": Decimal("12.50"), "note": "x"})
    assert row == same and hash(row) == hash(same)
    assert row != twins_module.Row._build({"amount": Decimal("12.5"), "note": "y"})
    other: type[Plain] = type("Other", (Plain,),
                              {"__annotations__": {"amount": "Decimal", "note": "str"}})
    assert row != other._build(dict(row.__dict__))  # same fields, another type
    assert row != models["Row"].model_validate({"金额": "12.50", "说明": "x"})  # not a twin


def test_replace_is_model_copy_update(models: dict[str, Any]) -> None:
    own = models["Block"].model_validate(GOOD)
    made = twin_validator(models).validate_python(GOOD)
    changed = made.replace(name="乙", size=3)
    assert changed == to_plain(own.model_copy(update={"name": "乙", "size": 3}), models["twins"])
    assert made.name == "甲"  # the original is untouched
    assert changed.__pydantic_fields_set__ == {"name", "rows", "size"}
    with pytest.raises(TypeError, match="no field"):
        made.replace(colour="red")


def test_pickle_and_copy_keep_a_twin(models: dict[str, Any]) -> None:
    made = twin_validator(models).validate_python(GOOD)
    for again in (pickle.loads(pickle.dumps(made)), copy.copy(made), copy.deepcopy(made)):
        assert again == made and again is not made
        assert again.__pydantic_fields_set__ == made.__pydantic_fields_set__
    assert copy.copy(made).__dict__ is not made.__dict__


def test_fields_are_collected_in_order_with_the_bases_first(twins_module: ModuleType) -> None:
    assert twins_module.Block._fields == ("name", "rows", "main", "size")

    class More(twins_module.Row):  # type: ignore[misc, name-defined]
        extra_one: int
        hidden: ClassVar[int]  # a string here, as in every module of perfdocs

    assert More._fields == ("amount", "note", "extra_one")


def test_field_mismatches_name_what_differs(models: dict[str, Any],
                                            twins_module: ModuleType) -> None:
    assert field_mismatches(models["Block"], twins_module.Block) == []
    short = type("Short", (Plain,), {"__annotations__": {"name": "str", "rows": "list",
                                                         "size": "int", "colour": "str"}})
    found = field_mismatches(models["Block"], short)
    assert found == ["Short lacks main of Block", "Short has colour, not in Block"]
    swapped = type("Swapped", (Plain,), {"__annotations__": {"note": "str", "amount": "Decimal"}})
    assert field_mismatches(models["Row"], swapped) == [
        "Swapped's fields are not in Row's order"]


def test_what_would_name_pydantic_code_is_refused(models: dict[str, Any]) -> None:
    with pytest.raises(TypeError, match="no twin for the pydantic model Row"):
        twin_schema(models["Block"].__pydantic_core_schema__,
                    {models["Block"]: models["twins"][models["Block"]]})

    class Method(BaseModel):
        value: int

        @model_validator(mode="before")
        @classmethod
        def _check(cls, data: object) -> object:
            return data

    with pytest.raises(TypeError, match="module-level function"):
        twin_schema(Method.__pydantic_core_schema__, {Method: type("M", (Plain,), {})})
    with pytest.raises(TypeError, match="no twin for the pydantic model Row"):
        to_plain([models["Row"].model_validate({})], {})


def test_the_schema_keeps_no_pydantic_metadata_or_serialiser(models: dict[str, Any]) -> None:
    def keys(node: object) -> set[str]:
        if isinstance(node, dict):
            return set(node) | {k for item in node.values() for k in keys(item)}
        if isinstance(node, list):
            return {k for item in node for k in keys(item)}
        return set()

    assert "metadata" in keys(models["Block"].__pydantic_core_schema__)
    assert not {"metadata", "serialization"} & keys(
        twin_schema(models["Block"].__pydantic_core_schema__, models["twins"]))


def test_a_pickled_twin_validator_runs_without_pydantic(
        models: dict[str, Any], twins_module: ModuleType, tmp_path: Path) -> None:
    kept = tmp_path / "validator.pickle"
    kept.write_bytes(pickle.dumps(twin_validator(models)))
    folder = Path(str(twins_module.__file__)).parent
    script = textwrap.dedent(f"""
        import pickle, sys
        sys.path[:0] = [{str(folder)!r}, {str(ROOT)!r}]
        checker = pickle.loads(open({str(kept)!r}, "rb").read())
        made = checker.validate_python({GOOD!r})
        assert type(made).__module__ == "plain_twins_example", type(made)
        print(made.total(), sorted(name for name in sys.modules
                                   if name.split(".")[0] == "pydantic"))
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True)
    assert done.stdout.split() == ["12.50", "[]"]
