"""How perfdocs lays out help on a terminal, without click.

:class:`perfdocs.cli.zh.ChineseHelpFormatter` (click's help formatter for every command)
and :mod:`perfdocs.cli.front` (``perfdocs --help`` answered before click is imported)
write their text, definition lists and usage lines with these functions, so the two can
only differ where click itself lays something out.
"""

from __future__ import annotations

from perfdocs.cli.cjk_text import display_width, paragraphs, wrap


def text_block(text: str, width: int, indent: int) -> str:
    """``text`` in paragraphs wrapped to ``width`` columns, a blank line between two; a
    paragraph starting with click's no-rewrap mark ``\\b`` keeps its lines."""
    pad = " " * indent
    out: list[str] = []
    for number, paragraph in enumerate(paragraphs(text.strip("\n"))):
        if number:
            out.append("\n")
        if paragraph.lstrip().startswith("\b"):
            body = paragraph.lstrip()[1:].strip("\n").splitlines()
            out.append("".join(f"{pad}{line}\n" for line in body))
            continue
        out.append("".join(f"{line}\n" for line in wrap(paragraph, width, indent=pad)))
    return "".join(out)


def definition_list(rows: list[tuple[str, str]], width: int, indent: int,
                    col_max: int = 30, col_spacing: int = 2) -> str:
    """Two columns measured in terminal columns: each term, then its description wrapped
    beside it (under it, from the next line, when the term is wider than ``col_max``)."""
    first_width = min(max((display_width(r[0]) for r in rows), default=0), col_max)
    first_col = first_width + col_spacing
    pad = " " * (first_col + indent)
    text_width = max(width - first_col - indent, 20)
    out: list[str] = []
    for first, second in rows:
        out.append(f"{'':>{indent}}{first}")
        if not second:
            out.append("\n")
            continue
        used = display_width(first)
        if used <= first_width:
            out.append(" " * (first_col - used))
        else:
            out.append("\n" + pad)
        lines = wrap(second, text_width) or [""]
        out.append(lines[0] + "\n")
        out.extend(f"{pad}{line}\n" for line in lines[1:])
    return "".join(out)


def usage_line(prefix: str, prog: str, args: str, width: int, indent: int) -> str | None:
    """The usage line as click writes it when it fits on one line (``用法: prog args``),
    else None: click's own wrapping (textwrap) is then needed."""
    usage_prefix = f"{prefix:>{indent}}{prog} "
    room = width - indent
    if (not args or "\x1b" in usage_prefix + args or args != " ".join(args.split())
            or room < len(usage_prefix) + 20 or len(usage_prefix) + len(args) > room):
        return None
    return f"{usage_prefix}{args}\n"
