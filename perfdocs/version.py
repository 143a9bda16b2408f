"""perfdocs' version, in a module of its own below every stage.

The caches key their entries by it (loading/checked_files, engine/cache), a worker checks
it (engine/shipping) and the packet's manifest records it (packet/packet): read from the
package root, each was an import running back up to the public API that sits above them
all. The root hands it on as ``perfdocs.__version__``; pyproject.toml repeats it.
"""

__version__ = "0.1.0"
