"""Libraries reportlab imports at its own import but a form's PDF never uses, loaded lazily.

``reportlab.lib.utils`` (imported by ``reportlab.rl_config``, so by every PDF) runs
``from PIL import Image`` at the top, for bitmaps drawn with ``drawImage``. A form's PDF
draws no bitmap, yet importing ``PIL.Image`` (its C core, the EXIF and TIFF tag tables)
costs ≈ 8 ms of every process that writes a PDF (`-X importtime`, issue 20.2).

:func:`defer_pil_image` puts ``PIL.Image`` into ``sys.modules`` through the standard
library's :class:`importlib.util.LazyLoader` (the recipe of the importlib documentation):
the name is bound at once, the module body runs the first time anything reads one of
its attributes. reportlab only tests ``Image is not None`` at import, so the body never
runs for a form; any code that does use Pillow (an image in a 自评报告, openpyxl with a
picture) gets the real module on its first attribute access, unchanged. reportlab itself
is not touched.
"""

from __future__ import annotations

import importlib.util
import sys

PIL_IMAGE = "PIL.Image"


def defer_pil_image() -> None:
    """Bind ``PIL.Image`` as a module loaded on first use; nothing when it is imported
    already, when Pillow is not installed or when its loader cannot be made lazy."""
    if PIL_IMAGE in sys.modules:
        return
    try:
        spec = importlib.util.find_spec(PIL_IMAGE)  # imports the small PIL package only
    except (ImportError, ValueError):
        return
    if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
        return
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[PIL_IMAGE] = module
    loader.exec_module(module)
    parent = sys.modules.get("PIL")
    if parent is not None:  # as the import system binds a submodule on its package
        parent.Image = module  # type: ignore[attr-defined]
