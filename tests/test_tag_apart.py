"""A name cut or with characters replaced ends in a tag (「某县_办公室~k3f9qa」, so that two
names stay two files); the default packet name put the year right after it:
「某县_办公室~k3f9qa2024年度绩效自评材料」, the year lost in the tag. A tag followed by a
letter or digit is now kept apart by 「-」 (packet folder and zip, the 一览表/汇总表 inside,
a ``[render] name`` that puts the year after a name); a name without a tag is as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SMALL_PROJECT, invoke

from perfdocs.engine.output import TAG_END, apart, followed_part, name_tag, output_path


def _project(unit: str) -> str:
    assert SMALL_PROJECT.count("实施单位: 某某中心") == 1
    return SMALL_PROJECT.replace("实施单位: 某某中心", f"实施单位: '{unit}'")


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_a_tag_is_kept_apart_from_a_letter_or_digit_after_it() -> None:
    tag = name_tag("某县/办公室")
    assert followed_part("某县/办公室") == f"某县_办公室~{tag}{TAG_END}"
    assert followed_part("某县办公室") == "某县办公室"  # nothing replaced, nothing cut: no tag
    assert apart(followed_part("某县/办公室") + "2024年度") == f"某县_办公室~{tag}-2024年度"
    assert apart(followed_part("某县/办公室") + "（自评）") == f"某县_办公室~{tag}（自评）"
    assert apart(followed_part("某县/办公室")) == f"某县_办公室~{tag}"
    assert apart("某县办公室2024年度") == "某县办公室2024年度"
    fields = {"year": "2024", "unit": "某县/办公室", "project": "培训", "form": "自评表"}
    assert output_path(Path("/o"), "{{ unit }}{{ year }}/{{ project }}-{{ form }}", fields,
                       ".pdf").parent.name == f"某县_办公室~{tag}-2024"
    assert output_path(Path("/o"), "{{ year }}/{{ unit }}/{{ project }}-{{ form }}", fields,
                       ".pdf").parent.name == f"某县_办公室~{tag}"


def test_the_packet_and_its_overview_keep_the_tag_apart_from_the_year(workdir: Path) -> None:
    unit = "某县教育局/办公室"
    (workdir / "a.yaml").write_text(_project(unit), encoding="utf-8")
    code, out = invoke("packet", "a.yaml", "--out", "pk", "--format", "xlsx", "-j", "1")
    assert code == 0, out
    made = sorted(p.name for p in (workdir / "pk").iterdir() if not p.name.startswith("."))
    stem = f"某县教育局_办公室~{name_tag(unit)}-2024年度"  # was 「…~k3f9qa2024年度…」
    assert made == [stem + "绩效自评材料", stem + "绩效自评材料.zip"]
    inside = {p.name for p in (workdir / "pk" / (stem + "绩效自评材料")).iterdir()}
    assert stem + "项目绩效一览表.xlsx" in inside, inside
