"""Packets: everything a unit hands in (forms, 汇总表, a bound PDF, a manifest, a zip).

:mod:`~perfdocs.packet.packet` plans and writes packets; :mod:`~perfdocs.packet.binding`
binds PDFs into one volume with a cover and page numbers.
"""
