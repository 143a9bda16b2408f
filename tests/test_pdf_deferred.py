"""PIL.Image, bound lazily for the PDF writer's start-up, is the real module once used."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
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


SAFE_EVAL_CODE = """
import json, sys
import perfdocs.render.pdf  # puts the stand-in for reportlab.lib.rl_safe_eval in place
from reportlab.lib import colors, utils  # utils takes four names from it at import
stand_in = sys.modules['reportlab.lib.rl_safe_eval']
before = '__rl_safe_builtins__' in vars(stand_in)
from reportlab.lib import rl_safe_eval as bound
results = [utils.rl_safe_eval('2 * 21', g={}, l={}),
           utils.rl_extended_literal_eval('[1, (2, 3)]'),
           'x' in utils.safer_globals({'x': 1})]
real = sys.modules['reportlab.lib.rl_safe_eval']
import reportlab.lib
print(json.dumps({'before': before, 'bound': bound is stand_in, 'results': results,
                  'real': '__rl_safe_builtins__' in vars(real),
                  'package': reportlab.lib.rl_safe_eval is real,
                  'attribute': stand_in.__rl_unsafe__ is real.__rl_unsafe__,
                  'colour': str(colors.toColor('Color(0.5, 0, 0, 1)'))}))
"""


def test_reportlabs_safe_evaluator_runs_when_first_used_and_works_as_before() -> None:
    done = subprocess.run([sys.executable, "-c", SAFE_EVAL_CODE], capture_output=True,
                          text=True, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
                          check=True)
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found == {"before": False, "bound": True, "results": [42, [1, [2, 3]], True],
                     "real": True, "package": True, "attribute": True,
                     "colour": "Color(.5,0,0,1)"}


RL_TEMPFILE_CODE = """
import json, os, sys
import perfdocs.render.pdf  # puts the stand-in for reportlab.lib.rltempfile in place
from reportlab.lib import utils  # takes get_rl_tempfile and get_rl_tempdir at import
before = 'tempfile' in sys.modules
folder = utils.get_rl_tempdir()
named = utils.get_rl_tempfile('x.dat')
import reportlab.lib, tempfile
real = sys.modules['reportlab.lib.rltempfile']
print(json.dumps({'before': before, 'real': hasattr(real, '_rl_getuid'),
                  'package': reportlab.lib.rltempfile is real,
                  'folder': folder == os.path.join(tempfile.gettempdir(),
                                                   'ReportLab_tmp%s' % os.getuid()),
                  'named': named == os.path.join(folder, 'x.dat')}))
"""


def test_reportlabs_temporary_folder_helper_runs_when_first_used() -> None:
    """No :mod:`tempfile` in a PDF process until reportlab asks for its folder (never, for
    a form); then the real ``rltempfile`` answers as before."""
    # -S: no site hooks (an editable install's finder imports tempfile at start-up)
    paths = [str(ROOT), sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]]
    done = subprocess.run([sys.executable, "-S", "-c", RL_TEMPFILE_CODE], capture_output=True,
                          text=True, check=True,
                          env={"PYTHONPATH": os.pathsep.join(paths), "PATH": "/usr/bin:/bin"})
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found == {"before": False, "real": True, "package": True, "folder": True,
                     "named": True}


PICKLE_CODE = """
import json, sys
from perfdocs.render.pdf.deferred import defer_standard_library
defer_standard_library()  # what the perfdocs command does before a PDF
from reportlab.lib import utils  # imports pickle at its top
before = 'Pickler' in vars(sys.modules['pickle'])
stand_in = utils.pickle
import pickle
from pickle import Pickler, HIGHEST_PROTOCOL
again = pickle.loads(pickle.dumps({'a': [1, 2.5, '项目']}, protocol=HIGHEST_PROTOCOL))
real = sys.modules['pickle']
print(json.dumps({'before': before, 'real': 'Pickler' in vars(real),
                  'same': Pickler is real.Pickler and stand_in.Pickler is real.Pickler,
                  'again': again, 'forwarded': stand_in.dumps(3) == real.dumps(3)}))
"""


def test_pickle_runs_when_first_used_and_works_as_before() -> None:
    """reportlab imports pickle for a debugging aid: the stand-in is the real module at
    the first name read from it (whoever reads), and forwards to it after."""
    paths = [str(ROOT), sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]]
    done = subprocess.run([sys.executable, "-S", "-c", PICKLE_CODE], capture_output=True,
                          text=True, check=True,
                          env={"PYTHONPATH": os.pathsep.join(paths), "PATH": "/usr/bin:/bin"})
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found == {"before": False, "real": True, "same": True,
                     "again": {"a": [1, 2.5, "项目"]}, "forwarded": True}


AST_CODE = """
import json, sys
from perfdocs.render.pdf.deferred import defer_standard_library
defer_standard_library()  # what the perfdocs command does before a PDF
from reportlab.lib import utils  # takes literal_eval from it at its top
before = 'NodeTransformer' in vars(sys.modules['ast'])
value = utils.literal_eval("[1, (2, '项目'), {'a': None}]")
real = sys.modules['ast']
import ast
print(json.dumps({'before': before, 'value': repr(value), 'real': ast is real,
                  'nodes': ast.dump(ast.parse('x = 1')).startswith('Module(')}))
"""


def test_ast_runs_when_first_used_and_works_as_before() -> None:
    """reportlab takes ``literal_eval`` from ast at its import: a forwarding function
    until it is called; then the real module answers, and serves every later import."""
    paths = [str(ROOT), sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]]
    done = subprocess.run([sys.executable, "-S", "-c", AST_CODE], capture_output=True,
                          text=True, check=True,
                          env={"PYTHONPATH": os.pathsep.join(paths), "PATH": "/usr/bin:/bin"})
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found == {"before": False, "value": "[1, (2, '项目'), {'a': None}]", "real": True,
                     "nodes": True}


LIBRARY_CODE = """
import json, sys
import perfdocs.render.pdf
from reportlab.lib import utils
print(json.dumps({m: 'Pickler' in vars(sys.modules[m]) or 'NodeTransformer' in vars(sys.modules[m])
                  for m in ('pickle', 'ast')}))
"""


def test_a_program_importing_perfdocs_keeps_the_standard_library_as_it_is() -> None:
    """Only the perfdocs command puts stand-ins for pickle and ast in ``sys.modules``; a
    program that imports perfdocs' PDF renderer gets the real modules."""
    paths = [str(ROOT), sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]]
    done = subprocess.run([sys.executable, "-S", "-c", LIBRARY_CODE], capture_output=True,
                          text=True, check=True,
                          env={"PYTHONPATH": os.pathsep.join(paths), "PATH": "/usr/bin:/bin"})
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {"pickle": True, "ast": True}


WARM_RENDER = """
import atexit, json, runpy, sys

def report():
    reportlab = 'reportlab' in sys.modules  # the native writer's process: none of it
    from perfdocs.render.pdf.native import faces as native
    faces = [font.face for font in native._FONTS.values()]
    held = [(dict.__len__(face.charToGlyph), len(face.charToGlyph)) for face in faces
            if hasattr(face, 'charToGlyph')]
    evaluator = sys.modules.get('reportlab.lib.rl_safe_eval')
    print(json.dumps({
        'pillow': 'PIL._imaging' in sys.modules,
        'platypus': [m for m in sys.modules if m.startswith('reportlab.platypus')],
        'evaluator': evaluator is not None and '__rl_safe_builtins__' in vars(evaluator),
        'held': held, 'reportlab': reportlab}), file=sys.__stderr__)

atexit.register(report)
sys.argv = ['perfdocs'] + sys.argv[1:]
runpy.run_module('perfdocs', run_name='__main__')
"""


def test_a_warm_pdf_render_loads_neither_pillow_platypus_nor_the_evaluator(
        tmp_path: Path) -> None:
    """A whole `perfdocs render -f pdf` process, its font cache warm: what it must not load
    (reportlab at all, Pillow's core) and how little of each face's character map it
    reads."""
    import os

    env = {**os.environ, "PYTHONPATH": str(ROOT), "PERFDOCS_FONT_CACHE": str(tmp_path / "f"),
           "PERFDOCS_CHECKED_CACHE": str(tmp_path / "c")}
    project = ROOT / "data" / "2024" / "技能评价业务经费.yaml"
    args = [sys.executable, "-c", WARM_RENDER, "render", str(project), "--form", "自评表",
            "-f", "pdf", "--no-cache", "-o"]
    for run in ("cold", "warm"):
        done = subprocess.run([*args, str(tmp_path / run)], capture_output=True, text=True,
                              env=env, cwd=ROOT, timeout=600)
        assert done.returncode == 0, done.stderr
    (pdf_cold,) = (tmp_path / "cold").rglob("*.pdf")
    (pdf_warm,) = (tmp_path / "warm").rglob("*.pdf")
    assert pdf_cold.read_bytes() == pdf_warm.read_bytes()
    found = json.loads(done.stderr.strip().splitlines()[-1])
    assert found["pillow"] is False and found["platypus"] == [] and found["evaluator"] is False
    assert found["reportlab"] is False  # warm: written natively (perfdocs.render.pdf.native)
    assert len(found["held"]) == 4  # the CJK face, its bold face, the Latin serif twice
    for held, whole in found["held"]:
        assert 0 < held < whole and held < 1000  # only the characters the form asked for
