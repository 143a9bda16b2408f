"""Computation: the project's figures in Decimal with the layout's rounding (执行率, 得分,
总分, 评分等级). Nothing here formats; the form builders and renderers never compute.
"""
