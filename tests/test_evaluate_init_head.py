"""The comment ``evaluate-init`` writes above the 自评 part names the points of the layout in
effect: it said 「分值与执行率的 10 分合计 100」 for hubei-2020 too, whose 执行率 is worth 20, and
nothing of a layout's fixed 一级指标 分值 (``scoring.level1_weights``)."""

from __future__ import annotations

from pathlib import Path

from perfdocs.cli.scaffold import add_evaluation
from perfdocs.loading.settings import Settings

DECLARED = """年度: 2024
项目名称: 测试项目
主管部门: 某某局
实施单位: 某某中心
{layout}金额单位: 万元
申报:
  项目类别: 其他
  计划开始日期: 2024-01-01
  计划完成日期: 2024-12-31
  项目资金:
    年度资金申请总额: {{合计: "100.00", 当年财政拨款: "100.00", 上年结转资金: 0, 其他资金: 0}}
  年度总体目标: 完成年度培训任务。
  绩效指标:
    产出指标:
      数量指标:
        - 三级指标: 培训人数
          年度指标值: "≥100(人)"
"""


def _head(tmp_path: Path, layout: str = "") -> list[str]:
    """The comment lines evaluate-init wrote before 「自评:」."""
    path = tmp_path / "d.yaml"
    path.write_text(DECLARED.format(layout=f"版式: {layout}\n" if layout else ""),
                    encoding="utf-8")
    assert add_evaluation(path, Settings()) == 1
    lines = path.read_text(encoding="utf-8").splitlines()
    end = lines.index("自评:")
    start = next(i for i in range(end, 0, -1) if "evaluate-init" in lines[i])
    return lines[start:end]


def test_the_national_layout_s_points(tmp_path: Path) -> None:
    head = _head(tmp_path)
    assert "#   每个指标的实际完成值和分值（分值与执行率的 10 分合计 100）；" in head
    assert not any("一级指标" in line for line in head)


def test_hubei_2020_gives_the_execution_rate_20(tmp_path: Path) -> None:
    head = _head(tmp_path, "hubei-2020")
    assert "#   每个指标的实际完成值和分值（分值与执行率的 20 分合计 100）；" in head


def test_fixed_level1_weights_are_named(tmp_path: Path) -> None:
    folder = tmp_path / "layouts" / "gd-2024"
    folder.mkdir(parents=True)
    (folder / "layout.toml").write_text(
        'extends = "national-2020"\nname = "gd-2024"\n'
        '[forms."自评表".scoring]\nexecution_weight = 10\ntotal_weight = 100\n'
        '[forms."自评表".scoring.level1_weights]\n'
        '"产出指标" = 50\n"效益指标" = 30\n"满意度指标" = 10\n', encoding="utf-8")
    head = _head(tmp_path, str(folder))
    at = head.index("#   每个指标的实际完成值和分值（分值与执行率的 10 分合计 100）；")
    assert head[at + 1] == ("#   本版式规定各一级指标的分值合计：产出指标 50 分、效益指标 30 分、"
                            "满意度指标 10 分；")
