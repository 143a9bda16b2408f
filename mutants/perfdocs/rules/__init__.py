"""Validation rules, each a small named function with its message.

- :mod:`~perfdocs.rules.validate`: the rules of one 自评 part against its computed figures;
- :mod:`~perfdocs.rules.consistency`: a 自评 part against the 申报 part it evaluates.
"""
