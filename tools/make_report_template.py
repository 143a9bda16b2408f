"""Write the built-in 自评报告 template into the shipped layout as ``自评报告.docx``.

The file is what a user copies and edits in Word (wording, fonts, a letterhead); it must
stay byte-identical to :func:`perfdocs.render.docx.report_template.build_report_template`, so it
is generated, never edited by hand (a test checks the two agree). Run from the repository
root after changing the template::

    python tools/make_report_template.py [target.docx]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TARGET = ROOT / "templates" / "shanghai-2024" / "自评报告.docx"


def main(argv: list[str]) -> int:
    """Write the template to ``argv[0]`` (default: the shanghai-2024 layout)."""
    sys.path.insert(0, str(ROOT))
    from perfdocs.render.docx.report_template import build_report_template

    target = Path(argv[0]) if argv else DEFAULT_TARGET
    target.write_bytes(build_report_template())
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
