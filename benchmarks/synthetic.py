"""Synthetic projects of realistic size, for benchmarks and batch tests.

A project here has a 2024 自评表 with 60 indicators over 3 一级 and 8 二级 groups, cells of
20–60 characters and a 400-character 年度总体目标: the size of the largest real forms.
Generated deterministically from a seed, so every run measures the same documents.
"""

from __future__ import annotations

import random
from pathlib import Path

GROUPS = {
    "产出指标": ["数量指标", "质量指标", "时效指标", "成本指标"],
    "效益指标": ["社会效益指标", "经济效益指标", "可持续影响指标"],
    "满意度指标": ["服务对象满意度指标"],
}
WORDS = ("职业技能培训补贴发放覆盖人次完成率本市集训基地项目验收合格及时率专家咨询反馈"
         "课件制作督导人员安排审计单位数量满意度赛事组织实施情况跟踪")


def _text(rng: random.Random, low: int, high: int) -> str:
    n = rng.randint(low, high)
    return "".join(rng.choice(WORDS) for _ in range(n))


def project_yaml(index: int, *, indicators: int = 60, unit: str = "某某中心") -> str:
    """The YAML text of synthetic project ``index`` (weights add up to 100)."""
    rng = random.Random(index)
    slots = [(l1, l2) for l1, l2s in GROUPS.items() for l2 in l2s]
    per_slot = [indicators // len(slots)] * len(slots)
    for i in range(indicators - sum(per_slot)):
        per_slot[i] += 1
    weights = [1] * indicators
    for i in range(90 - indicators):
        weights[i % indicators] += 1
    budget = rng.randint(100_000, 90_000_000)
    executed = budget - rng.randint(0, budget // 10)
    lines = [
        "年度: 2024",
        f"项目名称: 合成项目{index:05d}{_text(rng, 4, 10)}",
        "主管部门: 某某局",
        f"实施单位: {unit}",
        "自评:",
        "  项目资金:",
        f'    年度资金总额: {{年初预算数: "{budget}", 全年预算数: "{budget}", '
        f'全年执行数: "{executed}"}}',
        f'    当年财政拨款: {{年初预算数: "{budget}", 全年预算数: "{budget}", '
        f'全年执行数: "{executed}"}}',
        "    上年结转资金: {年初预算数: 0, 全年预算数: 0, 全年执行数: 0}",
        "    其他资金: {年初预算数: 0, 全年预算数: 0, 全年执行数: 0}",
        "  年度总体目标:",
        f"    预期目标: {_text(rng, 200, 200)}",
        f"    实际完成情况: {_text(rng, 200, 200)}",
        "  绩效指标:",
    ]
    k = 0
    current = None
    for (l1, l2), count in zip(slots, per_slot, strict=True):
        if l1 != current:
            lines.append(f"    {l1}:")
            current = l1
        lines.append(f"      {l2}:")
        for _ in range(count):
            weight = weights[k]
            k += 1
            target = rng.randint(50, 500)
            lost = rng.random() < 0.15
            actual = target - rng.randint(1, target // 2) if lost else target + rng.randint(0, 50)
            lines += [
                f"        - 三级指标: {_text(rng, 10, 30)}",
                f'          年度指标值: "≥{target}(个)"',
                f'          实际完成值: "{actual}(个)"',
                f"          分值: {weight}",
            ]
            if lost:
                lines.append(f"          偏差原因分析及改进措施: {_text(rng, 20, 60)}")
    return "\n".join(lines) + "\n"


def write_projects(folder: Path, n: int, *, units: int = 1) -> list[Path]:
    """Write ``n`` synthetic project files into ``folder``; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = folder / f"p{i:05d}.yaml"
        path.write_text(project_yaml(i, unit=f"某某中心{i % units + 1}"), encoding="utf-8")
        paths.append(path)
    return paths
