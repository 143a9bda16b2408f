"""PIL.Image, bound lazily for the PDF writer's start-up, is the real module once used."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CODE = """
import json, sys
import perfdocs.render.pdf  # defers PIL.Image
from reportlab.lib import utils  # runs `from PIL import Image`
before = 'PIL._imaging' in sys.modules
from PIL import Image
import PIL.Image
picture = Image.new('RGB', (3, 2), (255, 0, 0))
reader = utils.ImageReader(picture)
print(json.dumps({'before': before, 'after': 'PIL._imaging' in sys.modules,
                  'same': PIL.Image is Image is utils.Image and type(Image) is type(sys),
                  'size': list(reader.getSize()), 'pixel': list(picture.getpixel((0, 0))),
                  'pil': utils._isPILImage(picture)}))
"""


def test_pillow_is_loaded_when_first_used_and_works_as_before() -> None:
    done = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}, check=True)
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found == {"before": False, "after": True, "same": True, "size": [3, 2],
                     "pixel": [255, 0, 0], "pil": True}


def test_nothing_changes_when_pillow_is_imported_already() -> None:
    code = ("import sys, PIL.Image as real\nimport perfdocs.render.pdf\n"
            "print(sys.modules['PIL.Image'] is real and type(real) is type(sys))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}, check=True)
    assert done.stdout.strip() == "True"
