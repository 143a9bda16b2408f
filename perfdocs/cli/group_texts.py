"""The ``perfdocs`` group's own words: its description and its options' help.

The click group (:mod:`perfdocs.cli.app`) and the overview printed without click
(:mod:`perfdocs.cli.front`) both use them; a module of its own, so that neither imports
the other for three sentences (``perfdocs render`` does not import the overview).
"""

MAIN_HELP = "perfdocs：由 YAML 项目文件生成财政项目支出绩效目标申报表、自评表（xlsx、docx、pdf）。"
"""The group's description, first in ``perfdocs --help``."""

VERSION_HELP = "显示版本号和已安装的版式，然后退出。"
CONFIG_HELP = "设置文件（默认：当前目录的 perfdocs.toml）。"
