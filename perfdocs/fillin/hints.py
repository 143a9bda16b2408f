"""The hint beside each box of the fill-in workbook: the schema's words for that key.

One text per key, shared with the editor's hover (:mod:`perfdocs.loading.schema_text`), found by
the key path: the path's parents name the model section the key belongs to.
"""

from __future__ import annotations

from perfdocs.loading.schema_text import KEYS

_SECTION_OF: dict[tuple[str, ...], str] = {
    (): "Project",
    ("修订",): "Revision",
    ("申报",): "Declaration",
    ("申报", "项目资金"): "DeclarationFunds",
    ("申报", "项目资金", "项目资金总额"): "ProjectMoney",
    ("申报", "项目资金", "年度资金申请总额"): "AnnualMoney",
    ("申报", "上年度资金使用情况"): "PreviousFunds",
    ("自评",): "Evaluation",
    ("自评", "项目资金"): "Funds",
    ("自评", "年度总体目标"): "Goals",
    ("自评", "原表"): "Printed",
    ("自评", "自评报告"): "ReportTexts",
}


def hint(path: tuple[str, ...]) -> str:
    """The description of the key at ``path`` (a fund row's figures share FundRow's)."""
    parent = path[:-1]
    section = _SECTION_OF.get(parent)
    if section is None and parent[:2] == ("自评", "项目资金"):
        section = "FundRow"
    if parent == ("自评", "自评报告", "实现情况"):  # one paragraph per 一级指标
        text = KEYS.get("ReportTexts", {}).get("实现情况", ("", None))[0]
        return f"{text}这一格写{path[-1]}的实现情况。" if text else ""
    if section is None:
        return ""
    text, _example = KEYS.get(section, {}).get(path[-1], ("", None))
    return text
