"""perfdocs: Chinese budget-performance forms from YAML project definitions.

The pipeline is load → validate → compute → build the form → render; each stage is a
module of its own (:mod:`perfdocs.loading.source`, :mod:`perfdocs.rules.validate`,
:mod:`perfdocs.compute.calculate`, :mod:`perfdocs.forms`, :mod:`perfdocs.render`).
"""

__version__ = "0.1.0"
