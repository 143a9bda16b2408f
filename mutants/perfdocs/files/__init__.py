"""Files a user names: read with a cap and never hanging (:mod:`~perfdocs.files.reading`).

The bottom layer beside :mod:`perfdocs.errors`: every stage may use it.
"""
