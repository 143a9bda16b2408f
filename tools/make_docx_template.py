"""Write the built-in Word template into the shipped layout as ``自评表.docx`` and
``申报表.docx``.

The files are what a user copies and restyles in Word; they must stay byte-identical to
:func:`perfdocs.render.docx.template.build_default_template`, so they are generated, never
edited by hand. Run from the repository root after changing the default template::

    python tools/make_docx_template.py [target.docx]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TARGETS = (ROOT / "templates" / "shanghai-2024" / "自评表.docx",
                   ROOT / "templates" / "shanghai-2024" / "申报表.docx")


def main(argv: list[str]) -> int:
    """Write the template to ``argv[0]`` (default: the shanghai-2024 layout's two)."""
    sys.path.insert(0, str(ROOT))
    from perfdocs.render.docx.template import build_default_template

    for target in (Path(argv[0]),) if argv else DEFAULT_TARGETS:
        target.write_bytes(build_default_template())
        print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
