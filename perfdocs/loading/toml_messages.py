"""tomllib's error messages in Chinese, with the line they point at.

tomllib (the standard library's TOML reader) says what is wrong in English
(``Expected newline or end of document after a statement (at line 3, column 9)``). A unit's
finance staff read perfdocs.toml and layout.toml errors, so each of its messages is
translated here, and the position becomes a line number the caller puts in front of the
message like every other perfdocs error. A message tomllib adds in a later Python version
is shown with a Chinese lead-in and the English text, never dropped.
"""

from __future__ import annotations

import re

from perfdocs._deferred import lazy_pattern

_POSITION = lazy_pattern(r"\s*\((?:at line (\d+), column (\d+)|at end of document)\)\s*$")

_MESSAGES: tuple[tuple[str, str], ...] = (
    (r"Expected newline or end of document after a statement",
     "一行只能写一个设置：等号后的值之后还有多余的内容（文字须加引号，如 \"元\"）"),
    (r"Invalid value", "值的写法不对：文字须加英文双引号（如 \"shanghai-2024\"），"
                       "列表写成 [\"xlsx\", \"pdf\"]，是非写 true 或 false"),
    (r"Unterminated string", "引号没有闭合：文字两端都要有英文双引号"),
    (r"Cannot overwrite a value", "同一个设置写了两次"),
    (r"Cannot declare (.+) twice", "同一节写了两次：{0}"),
    (r"Cannot mutate immutable namespace (.+)", "不能再向 {0} 添加内容"),
    (r"Cannot redefine namespace (.+)", "不能重新定义 {0}"),
    (r"Duplicate inline table key (.+)", "花括号中的键重复：{0}"),
    (r"Expected '=' after a key in a key/value pair", "键名后应有等号（=）"),
    (r"Expected '\]' at the end of a table declaration", "节名后缺少右方括号 ]，应写成 [render]"),
    (r"Expected '\]\]' at the end of an array declaration", "缺少 ]]"),
    (r"Expected (.+)", "此处应为 {0}"),
    (r"Found invalid character (.+)", "有不能出现在此处的字符 {0}"),
    (r"Illegal character (.+)", "有不允许的字符 {0}"),
    (r"Invalid date or datetime", "日期写法不对，应写成 2025-01-15"),
    (r"Invalid hex value", "十六进制数写法不对"),
    (r"Invalid initial character for a key part",
     "键名的写法不对：中文键名须加英文双引号，如 \"单位名称\" = \"…\"；"
     "也可能是全角符号或多余的字符"),
    (r"Invalid statement", "这一行不是「键 = 值」或「[节名]」（中文键名须加英文双引号）"),
    (r"Unclosed array", "方括号没有闭合：列表应写成 [\"xlsx\", \"pdf\"]"),
    (r"Unclosed inline table", "花括号没有闭合"),
    (r"Unescaped '\\' in a string",
     "文字中的反斜杠 \\ 须写成 \\\\，或改用单引号，如 'C:\\字体\\simsun.ttc'"),
    (r"Escaped character is not a Unicode scalar value", "转义字符不是有效的字符"),
)


def toml_error(exc: ValueError) -> tuple[str, int | None]:
    """The Chinese message for a ``tomllib.TOMLDecodeError`` and the line it names (or None)."""
    text = str(exc)
    line: int | None = None
    tail = ""
    position = _POSITION.search(text)
    if position:
        text = text[:position.start()]
        if position.group(1):
            line = int(position.group(1))
        else:
            tail = "（在文件末尾）"
    for pattern, chinese in _MESSAGES:
        found = re.fullmatch(pattern, text)
        if found:
            names = (re.sub(r"[()',]", "", g).replace(" ", ".") for g in found.groups())
            return chinese.format(*names) + tail, line
    return f"TOML 格式错误（{text}）" + tail, line
