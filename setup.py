"""Build hook: the layouts in templates/ ship inside the package as perfdocs/templates/, and
the example projects in data/ as perfdocs/examples/.

The repository keeps templates/ and data/ at the top, where users restyle and copy layouts
and read the examples; a wheel (and a plain ``pip install .``) must carry them too, or an
installed perfdocs has no layout, and ``perfdocs example`` nothing to copy. Everything else
is declared in pyproject.toml.
"""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
COPIED = {"templates": ("*",), "examples": ("*.yaml",)}
"""Package folder → the files of the repository folder copied into it."""
SOURCES = {"templates": HERE / "templates", "examples": HERE / "data"}


class BuildWithLayouts(build_py):
    """``build_py`` that also copies every layout and example file into the built package."""

    def run(self) -> None:
        super().run()
        for name, patterns in COPIED.items():
            root = SOURCES[name]
            target = Path(self.build_lib) / "perfdocs" / name
            for pattern in patterns:
                for source in sorted(root.rglob(pattern)):
                    if source.is_file() and "__pycache__" not in source.parts:
                        dest = target / source.relative_to(root)
                        self.mkpath(str(dest.parent))
                        self.copy_file(str(source), str(dest))


setup(cmdclass={"build_py": BuildWithLayouts})
