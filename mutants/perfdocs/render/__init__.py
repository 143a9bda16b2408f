"""Renderers: the renderer-neutral form grid (:mod:`perfdocs.forms.grid`) → bytes of one
format, one package per format (``render/<format>/``). Renderers never compute.
"""
