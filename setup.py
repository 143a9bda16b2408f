"""Build hook: the layouts in templates/ ship inside the package as perfdocs/templates/.

The repository keeps templates/ at the top, where users restyle and copy layouts; a wheel
(and a plain ``pip install .``) must carry them too, or an installed perfdocs has no layout.
Everything else is declared in pyproject.toml.
"""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

LAYOUTS = Path(__file__).resolve().parent / "templates"


class BuildWithLayouts(build_py):
    """``build_py`` that also copies every layout file into the built package."""

    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "perfdocs" / "templates"
        for source in sorted(LAYOUTS.rglob("*")):
            if source.is_file() and "__pycache__" not in source.parts:
                dest = target / source.relative_to(LAYOUTS)
                self.mkpath(str(dest.parent))
                self.copy_file(str(source), str(dest))


setup(cmdclass={"build_py": BuildWithLayouts})
