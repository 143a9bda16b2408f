"""The catalogue of bad inputs: each one with the exact lines a user reads.

Every case is a project file written the way a hurried preparer or a Windows editor writes
it. Each is fed to ``perfdocs validate`` and ``perfdocs render`` (and a few to ``packet``)
and the test asserts the *whole* message — file, line, field, the form's label and what to
do —, a non-zero exit status, no traceback and an output folder left untouched.

Files written the way editors write them live in ``tests/hostile/`` (GBK with CRLF, a BOM,
UTF-16, tabs, full-width punctuation); the rest are built here from the small valid project
by one textual change each, so a case reads as "this line, typed like this".

Cases marked ``xfail(strict=True)`` assert the right behaviour where perfdocs is wrong today
(a wrong line, an English parser message, a crash); docs/hostile-inputs.md lists the fix for
each. The catalogue doubles as that document's source: keep the two in step.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import ROOT, SMALL_PROJECT, invoke, rendered_files

HOSTILE = Path(__file__).resolve().parent / "hostile"
NAME = "p.yaml"
"""Every case is written to this name, so the expected lines read as the user sees them."""


def edit(old: str, new: str, text: str = SMALL_PROJECT) -> str:
    """``text`` with its one occurrence of ``old`` replaced (a case changes one thing)."""
    assert text.count(old) == 1, old
    return text.replace(old, new)


def executed(value: str) -> str:
    """The small project with 年度资金总额's 全年执行数 written as ``value`` (line 8)."""
    return edit('全年执行数: "79.00"}\n    当年', f"全年执行数: {value}}}\n    当年")


def utf8(text: str) -> bytes:
    return text.encode("utf-8")


INDICATOR_2 = "自评.绩效指标.产出指标.数量指标[2]"
TOTAL_ROW = "自评.项目资金.年度资金总额"
NOT_A_MAPPING_TOP = "项目文件的顶层应是「键: 值」形式的映射（如 项目名称: …）"
YAML_HINT = "（检查缩进、冒号后的空格和引号是否成对）"
FIX_INVISIBLE = "含有不可见的控制字符"


@dataclass(frozen=True)
class Case:
    """One bad input and the exact diagnostic lines ``validate`` prints for it."""

    id: str
    data: bytes
    lines: tuple[str, ...]
    xfail: str | None = None
    packet: bool = False
    """Also feed the file to ``perfdocs packet`` (a sample of cases, packets are slower)."""


def case(id: str, data: str | bytes, *lines: str, xfail: str | None = None,
         packet: bool = False) -> Case:
    raw = data if isinstance(data, bytes) else utf8(data)
    return Case(id, raw, lines, xfail, packet)


def alias_bomb() -> str:
    """The "billion laughs" of YAML: six levels of ten aliases each (a million items)."""
    rows = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]']
    for prev, name in zip("abcde", "bcdef", strict=True):
        rows.append(f"{name}: &{name} [{','.join([f'*{prev}'] * 10)}]")
    return "\n".join(rows) + "\n"


START_HERE = ("可运行 perfdocs new 文件名.yaml 新建一个带注释、待填写的项目文件，"
              "或运行 perfdocs example 复制一个填好的示例项目照着改")
"""An empty file points to the commands that give a clerk a file to fill (not README)."""

CASES: list[Case] = [
    # -- the file itself ---------------------------------------------------------------
    case("empty-file", b"", f"p.yaml: 错误: 文件是空的：{START_HERE}"),
    case("blank-lines-only", b"  \n\n   \n", f"p.yaml: 错误: 文件是空的：{START_HERE}"),
    case("comments-only", "# 只有注释\n# 还是注释\n",
         f"p.yaml: 错误: 文件里没有内容：{START_HERE}"),
    case("top-level-list", "- 年度: 2024\n- 项目名称: 测试\n", f"p.yaml:1: 错误: {NOT_A_MAPPING_TOP}"),
    case("top-level-text", "测试项目\n", f"p.yaml:1: 错误: {NOT_A_MAPPING_TOP}"),
    case("utf16-notepad-unicode", (HOSTILE / "utf16.yaml").read_bytes(),
         "p.yaml: 错误: 文件编码无法识别：请在编辑器中以 UTF-8 编码另存为"),
    case("a-workbook-given-as-project", b"PK\x03\x04" + bytes(60),
         "p.yaml: 错误: 这是压缩格式的文件（Excel、Word 文件或 zip 包），不是项目文件（YAML）："
         "要把填好或退回的表读回项目文件，请运行 perfdocs import p.yaml -o <项目>.yaml；"
         "要核对表上的数，运行 perfdocs check p.yaml"),
    case("a-pdf-given-as-project", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
         "p.yaml: 错误: 这是 PDF 文件，不是项目文件（YAML）：perfdocs 不从 PDF 读数；"
         "请用生成它的项目文件，或用 perfdocs import 读入同一张表的 Excel 版"),
    case("an-old-xls-given-as-project", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500),
         "p.yaml: 错误: 这是旧版 Excel/Word 文件（.xls/.doc），不是项目文件（YAML）："
         "请在 Excel 或 WPS 中另存为 .xlsx，再运行 perfdocs import <文件>.xlsx -o <项目>.yaml 读回项目文件"),
    case("binary-garbage", bytes(range(128, 256)) * 4,
         "p.yaml: 错误: 文件编码无法识别：请在编辑器中以 UTF-8 编码另存为"),
    case("gbk-crlf-with-error", (HOSTILE / "gbk_crlf_error.yaml").read_bytes(),
         f"p.yaml:25: 错误 {INDICATOR_2}.分值: 「二十」不是数字", packet=True),
    case("crlf-with-error", utf8(edit("分值: 20", "分值: 二十").replace("\n", "\r\n")),
         f"p.yaml:25: 错误 {INDICATOR_2}.分值: 「二十」不是数字"),
    case("bom-cr-only-with-error",
         b"\xef\xbb\xbf" + utf8(edit("分值: 20", "分值: 二十").replace("\n", "\r")),
         f"p.yaml:25: 错误 {INDICATOR_2}.分值: 「二十」不是数字"),
    # -- YAML syntax -------------------------------------------------------------------
    case("unclosed-bracket", edit("预期目标: 完成年度培训任务。", "预期目标: [完成年度培训任务。"),
         "p.yaml:13: 错误: YAML 格式错误：以「[」开头的值被读作列表，却没有对应的「]」：如果它是文字，"
         '请给整个值加引号，写成 预期目标: "[完成年度培训任务。"；否则请在行末补上「]」并检查各项之间的逗号'),
    case("unclosed-quote", edit('年度指标值: "≥100(人)"', '年度指标值: "≥100(人)'),
         "p.yaml:19: 错误: YAML 格式错误：引号不成对，请补上另一半引号"),
    case("wrong-indent", edit("    实际完成情况: 完成了", "     实际完成情况: 完成了"),
         "p.yaml:14: 错误: YAML 格式错误：「实际完成情况」缩进了 5 个空格，比上一行「预期目标」（第 13 行）"
         "多，被读成了上一行内容的延续：同一节的键须左对齐，请改为 4 个空格"),
    case("list-item-misaligned", edit("        - 三级指标: 培训完成率", "       - 三级指标: 培训完成率"),
         "p.yaml:22: 错误: YAML 格式错误：列表项没有对齐：这一行的「-」前有 7 个空格，同一列表的上一项"
         "（第 18 行）有 8 个：请改为 8 个空格"),
    case("tab-indent", (HOSTILE / "tabs.yaml").read_bytes(),
         "p.yaml:13: 错误: 行首用了制表符（Tab）缩进：YAML 只允许空格缩进，请把 Tab 换成空格",
         packet=True),
    case("tab-after-colon", edit("项目名称: 测试项目", "项目名称:\t测试项目"),
         "p.yaml:2: 错误: 冒号后用了制表符（Tab）：YAML 只允许空格，请把 Tab 换成空格"),
    case("fullwidth-colon", (HOSTILE / "fullwidth_colon.yaml").read_bytes(),
         "p.yaml:2: 错误: YAML 格式错误：用了中文冒号「：」，请改为英文冒号加空格，如「项目名称: 测试项目」"),
    case("fullwidth-colon-list-item", edit("- 三级指标: 培训人数", "- 三级指标：培训人数"),
         "p.yaml:18: 错误: YAML 格式错误：用了中文冒号「：」，请改为英文冒号加空格，如「- 三级指标: 培训人数」"),
    case("no-space-after-colon", edit("项目名称: 测试项目", "项目名称:测试项目"),
         "p.yaml:2: 错误: YAML 格式错误：冒号后缺少空格，请写成「项目名称: 测试项目」"),
    case("stray-line-at-end", SMALL_PROJECT + "这是一行多余的文字\n",
         "p.yaml:38: 错误: YAML 格式错误：这一行不是「键: 值」的形式（缺少冒号或冒号后的空格）"),
    case("fullwidth-space-indent", (HOSTILE / "fullwidth_indent.yaml").read_bytes(),
         "p.yaml:13: 错误: 行首用了全角空格缩进：YAML 只允许半角空格缩进，请把全角空格换成半角空格"),
    case("unquoted-greater-than", edit('年度指标值: "≥90%"', "年度指标值: >=90%"),
         'p.yaml:35: 错误: YAML 格式错误：以「>」开头的值须加引号，请写成 年度指标值: ">=90%"'),
    case("control-char-unquoted", edit("项目名称: 测试项目", "项目名称: 测试\x07项目"),
         "p.yaml:2: 错误: 含有不可见的控制字符 U+0007，请删除"),
    case("nul-byte", edit("项目名称: 测试项目", "项目名称: 测试\x00项目"),
         "p.yaml:2: 错误: 含有不可见的控制字符 U+0000，请删除"),
    case("deep-nesting", "年度: " + "[" * 3000 + "]" * 3000 + "\n",
         "p.yaml: 错误: 嵌套层次过深（列表或映射套了太多层）：请检查括号是否成对"),
    case("deep-block-nesting", "年度:\n" + "- " * 30000 + "x\n",
         "p.yaml: 错误: 嵌套层次过深（列表或映射套了太多层）：请检查括号是否成对"),
    case("alias-bomb", alias_bomb(),
         "p.yaml:1: 错误: 文件中的条目过多（可能是 YAML 别名展开），已停止读取"),
    case("key-is-a-list", edit("项目名称: 测试项目", "[项目名称]: 测试项目"), "p.yaml:2: 错误: 键必须是文字"),
    # -- duplicate keys ----------------------------------------------------------------
    case("duplicate-top-key", edit("主管部门: 某某局\n", "主管部门: 某某局\n主管部门: 另一局\n"),
         "p.yaml:4: 错误 主管部门: 键「主管部门」重复出现（第 3 行已经写过）：请删除或合并其中一个"),
    case("duplicate-indicator-key", edit("          分值: 20\n", "          分值: 20\n          分值: 25\n"),
         f"p.yaml:26: 错误 {INDICATOR_2}.分值: 键「分值」重复出现（第 25 行已经写过）：请删除或合并其中一个",
         packet=True),
    case("duplicate-key-in-braces",
         edit('{年初预算数: "100.00", 全年预算数: "80.00", 全年执行数: "79.00"}\n    当年',
              '{年初预算数: "100.00", 年初预算数: "80.00", 全年执行数: "79.00"}\n    当年'),
         f"p.yaml:8: 错误 {TOTAL_ROW}.年初预算数: 键「年初预算数」重复出现（第 8 行已经写过）：请删除或合并其中一个"),
    # -- tags --------------------------------------------------------------------------
    case("python-object-tag",
         edit("年度: 2024", "年度: !!python/object/apply:os.system ['echo pwned']"),
         "p.yaml:1: 错误 年度: 不支持的 YAML 标签 tag:yaml.org,2002:python/object/apply:os.system："
         "项目文件只能包含文字、数字、列表和映射"),
    case("custom-tag", edit("项目名称: 测试项目", "项目名称: !secret 测试项目"),
         "p.yaml:2: 错误 项目名称: 不支持的 YAML 标签 !secret：项目文件只能包含文字、数字、列表和映射"),
    # -- missing, unknown and mistyped fields --------------------------------------------
    case("missing-project-name", edit("项目名称: 测试项目\n", ""), "p.yaml:1: 错误 项目名称: 缺少必填项"),
    case("empty-project-name", edit("项目名称: 测试项目", "项目名称:"), "p.yaml:2: 错误 项目名称: 不能为空"),
    case("blank-project-name", edit("项目名称: 测试项目", '项目名称: "   "'), "p.yaml:2: 错误 项目名称: 不能为空"),
    case("project-name-mapping", edit("项目名称: 测试项目", "项目名称: {a: 1}"),
         "p.yaml:2: 错误 项目名称: 应为一段文字"),
    case("missing-total-row",
         edit('    年度资金总额: {年初预算数: "100.00", 全年预算数: "80.00", 全年执行数: "79.00"}\n', ""),
         f"p.yaml:7: 错误 {TOTAL_ROW}: 缺少必填项：执行率按这一行计算（本版式的资金行：年度资金总额、"
         "当年财政拨款、上年结转资金、其他资金）"),
    case("missing-weight", edit("          分值: 20\n", ""), f"p.yaml:22: 错误 {INDICATOR_2}.分值: 缺少必填项"),
    case("no-section", "年度: 2024\n项目名称: 测试项目\n主管部门: 某某局\n实施单位: 某某中心\n",
         "p.yaml: 错误: 项目文件须有「申报」或「自评」部分（或两者都有）"),
    case("misspelt-top-key", edit("项目名称: 测试项目", "项目明称: 测试项目"),
         "p.yaml:1: 错误 项目名称: 缺少必填项",
         "p.yaml:2: 错误 项目明称: 未知的键「项目明称」，是不是「项目名称」？", packet=True),
    case("misspelt-indicator-key", edit("          分值: 20\n", "          分值: 20\n          得份: 20\n"),
         f"p.yaml:26: 错误 {INDICATOR_2}.得份: 未知的键「得份」，是不是「得分」？"),
    case("year-in-chinese", edit("年度: 2024", "年度: 二〇二四"), "p.yaml:1: 错误 年度: 应写成四位数的年份，如 2026、2026年 或 2026年度（不是「二〇二四」）"),
    case("year-with-decimals", edit("年度: 2024", "年度: 2024.5"),
         "p.yaml:1: 错误 年度: 应写成四位数的年份，如 2026、2026年 或 2026年度（不是「2024.5」）"),
    case("year-with-du-twice", edit("年度: 2024", "年度: 2024年度度"),
         "p.yaml:1: 错误 年度: 应写成四位数的年份，如 2026、2026年 或 2026年度（不是「2024年度度」）"),
    case("year-in-two-digits", edit("年度: 2024", "年度: 26"),
         "p.yaml:1: 错误 年度: 应写成四位数的年份，如 2026、2026年 或 2026年度（不是「26」）"),
    case("year-out-of-range", edit("年度: 2024", "年度: 1024"), "p.yaml:1: 错误 年度: 不能小于 1990"),
    case("funds-as-list", edit("  项目资金:\n", "  项目资金: [1, 2]\n  旧资金:\n"),
         "p.yaml:7: 错误 自评.项目资金: 应为「键: 值」形式的映射",
         "p.yaml:8: 错误 自评.旧资金: 未知的键「旧资金」，是不是「项目资金」？"),
    case("indicators-as-text", SMALL_PROJECT.split("  绩效指标:")[0] + "  绩效指标: 见附件\n",
         "p.yaml:15: 错误 自评.绩效指标: 应为「键: 值」形式的映射"),
    case("unit-thousand-yuan", edit("金额单位: 万元", "金额单位: 千元"),
         "p.yaml:5: 错误 金额单位: 金额单位只能是「元」或「万元」，不是「千元」"),
    # -- figures -------------------------------------------------------------------------
    case("misplaced-separator", executed('"7,9.00"'),
         f"p.yaml:8: 错误 {TOTAL_ROW}.全年执行数: 「7,9.00」的千位分隔符位置不对（应如 1,080,740.00）"),
    case("decimal-comma", executed('"79,00"'),
         f"p.yaml:8: 错误 {TOTAL_ROW}.全年执行数: 「79,00」的千位分隔符位置不对（应如 1,080,740.00）"),
    case("thousands-comma-in-braces", executed("1,079.00"),
         f"p.yaml:8: 错误 {TOTAL_ROW}.全年执行数: 全年执行数 的值 1,079.00 写在 {{ }} 里没加引号，"
         "逗号被当作分隔符，读成了 全年执行数: 1 和多出的键「079.00」：{ } 里带千位逗号的金额（数字）"
         "须加英文引号，写成 全年执行数: \"1,079.00\"（或不写逗号：1079.00）"),
    case("negative-amount", executed('"-79.00"'), f"p.yaml:8: 错误 {TOTAL_ROW}.全年执行数: 金额不能为负数"),
    case("yaml-nan", executed(".nan"), f"p.yaml:8: 错误 {TOTAL_ROW}.全年执行数: 「.nan」不是数字"),
    case("word-nan", executed("NaN"), f"p.yaml:8: 错误 {TOTAL_ROW}.全年执行数: 「NaN」不是数字"),
    case("yaml-infinity", executed(".inf"), f"p.yaml:8: 错误 {TOTAL_ROW}.全年执行数: 「.inf」不是数字"),
    case("word-infinity", executed("Infinity"),
         f"p.yaml:8: 错误 {TOTAL_ROW}.全年执行数: 「Infinity」不是数字"),
    case("exponent", executed("1e3"), f"p.yaml:8: 错误 {TOTAL_ROW}.全年执行数: 「1e3」不是数字"),
    case("absurd-amount", executed("100000000000000000"),
         f"p.yaml:8: 错误 {TOTAL_ROW}.全年执行数: 金额过大（100,000,000,000,000,000.00 万元），请检查单位和位数"),
    case("space-inside-amount", executed('"79 00"'),
         f"p.yaml:8: 错误 {TOTAL_ROW}.全年执行数: 「79 00」的数字中间有空格：请删去空格或改正数字"),
    case("yes-as-amount", executed("yes"), f"p.yaml:8: 错误 {TOTAL_ROW}.全年执行数: 「yes」不是数字"),
    case("percent-as-amount", executed("98%"), f"p.yaml:8: 错误 {TOTAL_ROW}.全年执行数: 「98%」不是数字：这里只写数字，请去掉「%」"),
    case("dollar-sign", executed('"$79.00"'), f"p.yaml:8: 错误 {TOTAL_ROW}.全年执行数: 「$79.00」不是数字"),
    case("empty-amount", executed(""),
         f"p.yaml:8: 错误 {TOTAL_ROW}.全年执行数: 不能为空：请填写金额，没有资金请写 0"),
    case("zero-budget", edit('全年预算数: "80.00", 全年执行数: "79.00"}\n    当年',
                             '全年预算数: 0, 全年执行数: "79.00"}\n    当年'),
         f"p.yaml:8: 错误 {TOTAL_ROW}.全年预算数: 当年财政拨款、上年结转资金、其他资金的全年预算数合计 "
         "80.00 万元，与年度资金总额的 0.00 万元不符",
         f"p.yaml:8: 错误 {TOTAL_ROW}.全年预算数: 年度资金总额的全年预算数为 0，执行率无从计算"),
    case("blank-weight", edit("分值: 20", '分值: ""'), f"p.yaml:25: 错误 {INDICATOR_2}.分值: 不能为空：请填写分数"),
    case("negative-weight", edit("分值: 20", "分值: -20"), f"p.yaml:25: 错误 {INDICATOR_2}.分值: 分数不能为负数"),
    case("weight-over-100", edit("分值: 20", "分值: 1000"), f"p.yaml:25: 错误 {INDICATOR_2}.分值: 分数 1000 超过 100"),
    case("weight-with-percent", edit("分值: 20", "分值: 20%"), f"p.yaml:25: 错误 {INDICATOR_2}.分值: 「20%」不是数字：这里只写数字，请去掉「%」"),
    # 得分: 20分 is read as 20 (tests/test_score_words.py); a score in words is not
    case("score-in-words", edit("          分值: 20\n", "          分值: 20\n          得分: 二十分\n"),
         f"p.yaml:26: 错误 {INDICATOR_2}.得分: 「二十分」不是数字"),
    case("score-above-weight", edit("          分值: 20\n", "          分值: 20\n          得分: 25\n"),
         f"p.yaml:26: 错误 {INDICATOR_2}.得分: 得分 25 高于分值 20", packet=True),
    case("weights-not-100", edit("分值: 20", "分值: 25"),
         "p.yaml:15: 错误 自评.绩效指标（分值）: 各三级指标分值合计 95，加上执行率的 10 分共 105 分，"
         "应为 100（指标分值应合计 90）"),
    case("lost-points-unexplained", edit("          分值: 20\n", "          分值: 20\n          得分: 15\n"),
         f"p.yaml:22: 错误 {INDICATOR_2}（偏差原因分析及改进措施）: 「培训完成率」得分 15 低于分值 20，"
         "须填写偏差原因分析及改进措施",
         f"p.yaml:26: 提示 {INDICATOR_2}.得分: 「培训完成率」实际完成值「100(%)」达到年度指标值"
         "「=100(%)」，按规则得满分 20，填写的是 15：按填报人的判断保留"),
    case("free-text-without-score", edit("实际完成值: 达成指标", "实际完成值: 很好"),
         "p.yaml:28: 错误 自评.绩效指标.效益指标.社会效益指标[1].得分: 「对就业的促进作用」没有填写得分，"
         "实际完成值「很好」也无法按规则算出得分：请填写得分，或把实际完成值写成数字或「达成指标」等档次用语"),
    # -- indicator lists and text ------------------------------------------------------
    case("empty-indicator-list",
         edit("        - 三级指标: 对就业的促进作用\n          年度指标值: 具有促进作用\n"
              "          实际完成值: 达成指标\n          分值: 30\n", "        []\n"),
         "p.yaml:15: 错误 自评.绩效指标: 二级指标「效益指标 › 社会效益指标」下没有三级指标"),
    case("indicator-list-left-blank",
         edit("        - 三级指标: 对就业的促进作用\n          年度指标值: 具有促进作用\n"
              "          实际完成值: 达成指标\n          分值: 30\n", ""),
         "p.yaml:27: 错误 自评.绩效指标.效益指标.社会效益指标: 应为列表（每项以「- 」开头）"),
    case("no-indicators", SMALL_PROJECT.split("  绩效指标:")[0] + "  绩效指标: {}\n",
         "p.yaml:15: 错误 自评.绩效指标: 至少要有一个一级指标"),
    case("text-too-long", edit("三级指标: 培训人数", "三级指标: " + "很" * 30000),
         "p.yaml:18: 错误 自评.绩效指标.产出指标.数量指标[1].三级指标: 文字过长（30000 字），不应超过 20000 字"),
    case("control-char-escaped", edit("项目名称: 测试项目", '项目名称: "测试\\x07项目"'),
         "p.yaml:2: 错误 项目名称: 含有不可见的控制字符 U+0007，请删除"),
    case("zero-width-space", (HOSTILE / "zero_width.yaml").read_bytes(),
         "p.yaml:2: 错误 项目名称: 含有不可见字符 U+200B，请删除"),
]


def test_catalogue_is_large_and_distinct() -> None:
    ids = [c.id for c in CASES]
    assert len(ids) == len(set(ids)) and len(ids) >= 40
    assert len({c.data for c in CASES}) == len(CASES)


def _params(cases: list[Case]) -> list[object]:
    out = []
    for c in cases:
        marks = [pytest.mark.xfail(strict=True, reason=c.xfail)] if c.xfail else []
        out.append(pytest.param(c, id=c.id, marks=marks))
    return out


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty folder as the current one: default settings, ``output/`` as the target."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("c", _params(CASES))
def test_validate_prints_exactly(c: Case, workdir: Path) -> None:
    (workdir / NAME).write_bytes(c.data)
    code, out = invoke("validate", NAME)
    assert "Traceback" not in out and "内部错误" not in out
    assert out == "\n".join(c.lines) + "\n1 个文件有错误。\n"
    assert code == 1


@pytest.mark.parametrize("c", _params(CASES))
def test_render_prints_the_same_and_writes_nothing(c: Case, workdir: Path) -> None:
    (workdir / NAME).write_bytes(c.data)
    code, out = invoke("render", NAME)
    assert "Traceback" not in out and "内部错误" not in out
    assert out == "\n".join(c.lines) + "\n✗ p.yaml：未生成\n1 个文件未能生成。\n"
    assert code == 1
    assert not (workdir / "output").exists()


@pytest.mark.parametrize("c", _params([c for c in CASES if c.packet]))
def test_packet_lists_the_error_and_writes_nothing(c: Case, workdir: Path) -> None:
    (workdir / NAME).write_bytes(c.data)
    code, out = invoke("packet", NAME, "-f", "xlsx")
    assert "Traceback" not in out and "内部错误" not in out
    for line in c.lines:
        assert line in out.splitlines()
    assert code != 0
    assert not (workdir / "output").exists()


# -- inputs that look wrong but are right: read them, and get every figure right ----------


@dataclass(frozen=True)
class Good:
    """A file a user wrote in an odd but readable way, and what must come out of it."""

    id: str
    data: bytes
    cells: dict[str, str] = field(default_factory=dict)
    """Text that must appear in the rendered 自评表 (xlsx cells), e.g. the executed amount."""


GOOD = [
    Good("utf8-bom-crlf", (HOSTILE / "bom_crlf.yaml").read_bytes()),
    Good("gbk", SMALL_PROJECT.encode("gbk")),
    Good("gbk-bom-crlf", b"\xef\xbb\xbf" + SMALL_PROJECT.replace("\n", "\r\n").encode("gbk")),
    Good("old-mac-cr", utf8(SMALL_PROJECT.replace("\n", "\r"))),
    Good("fullwidth-digits", utf8(executed('"７９．００"')), {"全年执行数": "79.00"}),
    Good("fullwidth-percent", utf8(edit('"≥90%"', '"≥９０％"')), {"年度指标值": "≥90%"}),
    Good("fullwidth-commas-and-yuan",
         utf8(edit('年初预算数: "100.00", 全年预算数: "80.00", 全年执行数: "79.00"}\n    当年',
                   '年初预算数: "1，000，000.00元", 全年预算数: "80.00", 全年执行数: "79.00"}\n    当年')),
         {"年初预算数": "100.00"}),
    Good("wan-suffix-in-a-yuan-file",
         utf8(edit("金额单位: 万元\n", "金额单位: 元\n").replace('"100.00"', '"100.00万元"')
              .replace('"80.00"', '"80 万元"').replace('"79.00"', '"790,000.00"')),
         {"全年执行数": "79.00"}),
    Good("stray-spaces", utf8(executed('" 79.00 "')), {"全年执行数": "79.00"}),
    # copied from a budget system (tester6 10a): the sign is the currency, not a unit
    Good("currency-sign", utf8(executed('"￥79.00"')), {"全年执行数": "79.00"}),
    Good("no-break-space", utf8(executed('"79.00\u00a0"')), {"全年执行数": "79.00"}),
    Good("year-with-nian", utf8(edit("年度: 2024", "年度: 2024年"))),
    # as the form prints it, 「（2024年度）」 (tester6 10f)
    Good("year-with-nian-du", utf8(edit("年度: 2024", "年度: 2024年度"))),
    # an invisible full-width space after 万元 (tester6 10q), dropped as after 实施单位
    Good("unit-with-fullwidth-space", utf8(edit("金额单位: 万元\n", "金额单位: 万元\u3000\n"))),
    Good("fullwidth-year-with-nian-du", utf8(edit("年度: 2024", "年度: ２０２４ 年度"))),
    Good("fullwidth-year", utf8(edit("年度: 2024", "年度: ２０２４"))),
    Good("fullwidth-weight", utf8(edit("          分值: 20\n", "          分值: ２０\n"))),
    Good("fullwidth-spaces-in-a-text-block",
         utf8(edit("    预期目标: 完成年度培训任务。\n",
                   "    预期目标: |\n      　　完成年度培训任务。\n      　　第二段。\n"))),
    Good("ten-thousand-character-cell", utf8(edit("三级指标: 培训人数", "三级指标: " + "很" * 10000))),
]


def _sheet_texts(path: Path) -> list[str]:
    """Every cell of the first sheet as written in the XML: exact digits ("79.00"), not floats."""
    from xml.etree import ElementTree

    ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    with zipfile.ZipFile(path) as z:
        root = ElementTree.fromstring(z.read("xl/worksheets/sheet1.xml"))
        table = ElementTree.fromstring(z.read("xl/sharedStrings.xml"))
    shared = ["".join(t.text or "" for t in item.iter(f"{ns}t")) for item in table]
    texts = []
    for cell in root.iter(f"{ns}c"):
        value = cell.find(f"{ns}v")
        parts = [t.text or "" for t in cell.iter(f"{ns}t")]
        if value is not None and value.text is not None:
            texts.append(shared[int(value.text)] if cell.get("t") == "s" else value.text)
        elif parts:
            texts.append("".join(parts))
    return texts


@pytest.mark.parametrize("g", GOOD, ids=[g.id for g in GOOD])
def test_odd_but_valid_files_render_with_the_right_figures(g: Good, workdir: Path) -> None:
    (workdir / NAME).write_bytes(g.data)
    code, out = invoke("validate", NAME)
    assert (code, out) == (0, "✓ p.yaml：校验通过（1 个提示）\n")  # the 自评报告 note
    code, out = invoke("render", NAME, "-f", "xlsx")
    assert code == 0, out
    # 79 of 80 (万元) executed: 执行率 98.75, 执行率得分 9.88; indicators 30 + 20 + 30 + 10.
    assert "总分 99.88  优" in out
    texts = _sheet_texts(workdir / "output" / "2024" / "某某中心" / "测试项目-自评表.xlsx")
    for expected in ("79.00", "98.75", "9.88", "99.88", "优", *g.cells.values()):
        assert expected in texts, expected
    assert "测试项目" in texts


def test_ten_thousand_character_cell_fits_every_format(workdir: Path) -> None:
    """A pasted 10,000-character 三级指标 is kept whole: in Word, Excel and over PDF pages."""
    import subprocess

    import docx
    from docx.oxml.ns import qn

    from tests.conftest import need

    (workdir / NAME).write_text(edit("三级指标: 培训人数", "三级指标: " + "很" * 10000), encoding="utf-8")
    code, out = invoke("render", NAME)
    assert code == 0, out
    stem = workdir / "output" / "2024" / "某某中心" / "测试项目-自评表"
    assert max(len(t) for t in _sheet_texts(stem.with_suffix(".xlsx"))) == 10000
    body = docx.Document(str(stem.with_suffix(".docx"))).element.body
    words = "".join(t.text or "" for t in body.iter(qn("w:t")))
    assert words.count("很") == 10000 and words.count("培训完成率") == 1
    text = subprocess.run([need("pdftotext"), str(stem.with_suffix(".pdf")), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert text.count("很") == 10000 and text.count("培训完成率") == 1
    with zipfile.ZipFile(stem.with_suffix(".xlsx")) as z:
        assert z.testzip() is None


# -- the command line itself -------------------------------------------------------------


def test_missing_file_and_folder_on_the_command_line(workdir: Path) -> None:
    (workdir / "文件夹").mkdir()
    code, out = invoke("validate", "nope.yaml", "文件夹")
    assert out == ("nope.yaml: 错误: 文件不存在\n"
                   "文件夹: 错误: 这是一个文件夹，不是项目文件（请给出 .yaml 文件，如 data/2024/*.yaml）\n"
                   "2 个文件有错误。\n")
    assert code == 1
    code, out = invoke("render", "nope.yaml")
    assert out == "nope.yaml: 错误: 文件不存在\n✗ nope.yaml：未生成\n1 个文件未能生成。\n"
    assert code == 1 and not (workdir / "output").exists()


def test_unmatched_glob_is_reported_as_a_missing_file(workdir: Path) -> None:
    """Windows cmd passes ``2024\\*.yaml`` unexpanded; a glob matching nothing is named."""
    code, out = invoke("validate", "2024/*.yaml")
    assert out == "2024/*.yaml: 错误: 文件不存在\n1 个文件有错误。\n"
    assert code == 1


def test_a_bad_file_does_not_stop_the_good_one(workdir: Path) -> None:
    (workdir / NAME).write_bytes(utf8(executed("NaN")))
    (workdir / "good.yaml").write_text(edit("项目名称: 测试项目", "项目名称: 好项目"), encoding="utf-8")
    code, out = invoke("render", NAME, "good.yaml", "-f", "xlsx")
    assert code == 1
    assert f"p.yaml:8: 错误 {TOTAL_ROW}.全年执行数: 「NaN」不是数字" in out.splitlines()
    written = sorted(p.name for p in rendered_files(workdir / "output", "*.*"))
    assert written == ["好项目-自评表.xlsx"]


def test_windows_editor_files_read_as_text_and_keep_line_numbers(workdir: Path) -> None:
    """GBK + CRLF: the line the user sees in Notepad is the line perfdocs names."""
    data = (HOSTILE / "gbk_crlf_error.yaml").read_bytes()
    assert b"\r\n" in data
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    shown = data.decode("gbk").split("\r\n")
    assert shown[25 - 1].strip() == "分值: 二十"


# -- characters the PDF font cannot draw -------------------------------------------------------

GLYPHS = [
    ("rare-hanzi", edit("三级指标: 培训人数", "三级指标: 培训𠀀人数"), 18,
     "自评.绩效指标.产出指标.数量指标[1].三级指标", "𠀀", "U+20000"),
    ("emoji", edit("实际完成情况: 完成了年度培训任务。", "实际完成情况: 完成了年度培训任务😀"), 14,
     "自评.年度总体目标.实际完成情况", "😀", "U+1F600"),
]


def _glyph_message(field: str, char: str, code: str, line: int | None) -> str:
    from perfdocs.render.pdf.fonts import find_cjk_font

    font = find_cjk_font(())
    where = f"p.yaml:{line}" if line else "p.yaml"
    return (f"{where}: 错误 {field}: PDF 字体 {font.name} 没有字符「{char}」（{code}）：请改写该处文字，"
            "或在 perfdocs.toml 的 [fonts] pdf 中指定含有这些字符的 TrueType 字体")


@pytest.mark.parametrize(("text", "line", "field", "char", "code"),
                         [g[1:] for g in GLYPHS], ids=[g[0] for g in GLYPHS])
def test_character_missing_from_the_pdf_font_stops_the_render(
        text: str, line: int, field: str, char: str, code: str, workdir: Path) -> None:
    from perfdocs.render.pdf.fonts import find_cjk_font

    if find_cjk_font(()).fallback:
        pytest.skip("no TrueType CJK font: the PDF uses the reader's own font")
    (workdir / NAME).write_text(text, encoding="utf-8")
    code_, out = invoke("validate", NAME)
    assert code_ == 0, out
    code_, out = invoke("render", NAME)
    assert out == (_glyph_message(field, char, code, line)
                   + "\n✗ p.yaml：未生成\n1 个文件未能生成。\n")
    assert code_ == 1 and not (workdir / "output").exists()
    code_, out = invoke("render", NAME, "-f", "xlsx,docx")
    assert code_ == 0, out
    assert sorted(p.suffix for p in rendered_files(workdir / "output", "*.*")) == [".docx",
                                                                                ".xlsx"]


@pytest.mark.parametrize(("text", "line", "field", "char", "code"),
                         [g[1:] for g in GLYPHS], ids=[g[0] for g in GLYPHS])
def test_character_missing_from_the_pdf_font_names_the_line(
        text: str, line: int, field: str, char: str, code: str, workdir: Path) -> None:
    (workdir / NAME).write_text(text, encoding="utf-8")
    _, out = invoke("render", NAME)
    assert out.splitlines()[0] == _glyph_message(field, char, code, line)


def test_thousands_of_indicators_are_refused_before_layout(workdir: Path) -> None:
    """30,000 indicators (a paste gone wrong) took 1.5 GB to lay out; a form has ≤ 500."""
    item = "        - 三级指标: 培训人数\n          年度指标值: \"≥100(人)\"\n          分值: 0\n"
    text = edit("      数量指标:\n", "      数量指标:\n" + item * 30_000)
    (workdir / NAME).write_text(text, encoding="utf-8")
    code, out = invoke("validate", NAME)
    assert out.splitlines()[0] == ("p.yaml:15: 错误 自评.绩效指标: 三级指标过多（30004 个）："
                                   "一张表最多 500 个")
    assert code == 1


def test_empty_date_says_to_fill_it(workdir: Path) -> None:
    text = (ROOT / "data" / "2024" / "技能评价业务经费.yaml").read_text(encoding="utf-8")
    text = re.sub(r"计划开始日期: \S+", "计划开始日期:", text, count=1)
    (workdir / NAME).write_text(text, encoding="utf-8")
    code, out = invoke("validate", NAME)
    line = next(line for line in out.splitlines() if "计划开始日期" in line)
    assert line.endswith("申报.计划开始日期: 不能为空：请写成 2024-01-01 这样的日期")
    assert "None" not in out and code == 1


def test_a_returned_workbook_given_to_render_says_how_to_read_it(tmp_path: Path) -> None:
    """`perfdocs render 退回的表.xlsx` (a workbook where a project file belongs) names the
    workbook and the two commands that do read it, instead of an encoding complaint."""
    import openpyxl

    book = tmp_path / "退回的表.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "项目支出绩效自评表"
    workbook.save(book)
    status, output = invoke("render", str(book), "--out", str(tmp_path / "out"))
    assert status == 1
    assert (f"{book}: 错误: 这是 Excel 工作簿，不是项目文件（YAML）：要把填好或退回的表读回项目文件，"
            "请运行 perfdocs import 退回的表.xlsx -o <项目>.yaml；要核对表上的数，运行 perfdocs check "
            "退回的表.xlsx") in output
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("name, content", [("空的.xlsx", b""),
                                           ("文本.xlsx", "项目名称: x\n".encode())])
def test_a_file_named_xlsx_is_a_workbook_whatever_it_holds(tmp_path: Path, name: str,
                                                           content: bytes) -> None:
    """An empty x.xlsx was read as an empty project file (「文件是空的：可运行 perfdocs new…」)."""
    book = tmp_path / name
    book.write_bytes(content)
    status, output = invoke("render", str(book), "--out", str(tmp_path / "out"))
    assert status == 1 and "文件是空的" not in output
    assert (f"{book}: 错误: 这是 Excel 工作簿，不是项目文件（YAML）：要把填好或退回的表读回项目文件，"
            f"请运行 perfdocs import {name} -o <项目>.yaml") in output


def test_a_file_named_xls_is_an_old_workbook(tmp_path: Path) -> None:
    book = tmp_path / "导出.xls"
    book.write_text("项目名称,金额\n培训,100\n", encoding="utf-8")  # a system's CSV export
    status, output = invoke("render", str(book), "--out", str(tmp_path / "out"))
    assert status == 1
    assert (f"{book}: 错误: 这是旧版 Excel/Word 文件（.xls/.doc），不是项目文件（YAML）："
            "请在 Excel 或 WPS 中另存为 .xlsx") in output
