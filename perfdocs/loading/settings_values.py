"""The settings of one run as values: :class:`Settings` and its defaults.

Kept apart from perfdocs.loading.settings (which reads perfdocs.toml) so that the pydantic
model of the file (perfdocs.loading.settings_file) can take its defaults from here without
an import cycle. Import them from perfdocs.loading.settings, which re-exports them.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, time
from pathlib import Path

from perfdocs.records import Record, field, replace

FORMATS = ("xlsx", "docx", "pdf")
"""What ``render`` writes when neither ``--format`` nor perfdocs.toml says (html on request)."""
DEFAULT_NAME = "{{ year }}/{{ unit }}/{{ project }}-{{ form }}"


UNIT_KEYS = {"name": "单位名称", "department": "主管部门", "preparer": "填报人",
             "phone": "联系电话", "head": "单位负责人"}
"""``[unit]`` keys and the labels they fill: the unit's own details, typed once in
perfdocs.toml rather than in every project file (``new`` offers them as defaults, layouts
print them on signature lines)."""


def same_unit(named: str, unit: str) -> bool:
    """Whether [unit]'s 单位名称 ``named`` is the unit ``unit`` (a project's 实施单位), spaces
    and full-width forms aside; a [unit] that names none is every unit's."""
    import unicodedata

    def plain(text: str) -> str:
        return "".join(unicodedata.normalize("NFKC", text).split())

    return not plain(named) or plain(named) == plain(unit)


class UnitInfo(Record, frozen=True):
    """The ``[unit]`` section: who the forms are from. Every value is "" when not set."""

    name: str = ""
    department: str = ""
    preparer: str = ""
    phone: str = ""
    head: str = ""

    def labels(self) -> dict[str, str]:
        """The details by the forms' own labels (单位名称, 主管部门, 填报人…)."""
        return {label: getattr(self, key) for key, label in UNIT_KEYS.items()}


def line_values(unit: UnitInfo, filing_date: date | None) -> dict[str, str]:
    """What perfdocs.toml and the run give the forms' header and footer lines: [unit]'s
    details, and the date given for 填报日期 (written as forms write dates, 2026年3月1日).
    Like [unit], the date is the workspace's own unit's: a bureau binding its units' files
    does not date their forms with its own day (:func:`perfdocs.forms.frame.line_sources`)."""
    values = unit.labels()
    if filing_date is not None:
        values["填报日期"] = written_date(filing_date)
    return values


def written_date(day: date) -> str:
    """A date as the forms write one, 2026年3月1日: the run's 填报日期 and a date typed into a
    fill-in workbook's line box, so that one packet prints its dates one way (tester11 F8)."""
    return f"{day.year}年{day.month}月{day.day}日"


class Settings(Record, frozen=True):
    """Resolved settings of one run."""

    layout: str = "shanghai-2024"
    formats: tuple[str, ...] = FORMATS
    out: Path = Path("output")
    name: str = DEFAULT_NAME
    document_date: datetime | None = None
    """The date the documents say (cover, 自评报告): ``--date``, else perfdocs.toml's
    ``[render] document_date`` override, else today (fixed once per run by :meth:`dated`)."""
    filing_date: date | None = None
    """The date a person gave (``--date``, or ``[render] document_date``): printed as the
    forms' 填报日期 where the project file's 填报信息 and [unit] give none. Today's date is
    not: the same project rendered on two days must give the same forms."""
    input_unit: str = "元"
    pdf_fonts: tuple[str, ...] = ()
    pdf_footer: bool = True
    print_revision: bool = False
    layout_paths: tuple[str, ...] = ()
    packet_name: str = "{{ unit }}{{ year }}年度{{ stage }}材料"
    packet_forms: str = "表格"
    packet_single: bool = False
    packet_volume_size: int = 200
    unit: UnitInfo = field(default_factory=UnitInfo)
    file: Path | None = None

    def dated(self, day: date | None = None) -> Settings:
        """These settings with the run's document date fixed: ``day`` (``--date``), else the
        configured override, else today. Called once per run, so every worker of a packet
        and every file of it says the same date even across midnight."""
        if day is not None:
            return replace(self, document_date=datetime(day.year, day.month, day.day),
                           filing_date=day)
        if self.document_date is not None:
            return self
        today = date.today()
        return replace(self, document_date=datetime(today.year, today.month, today.day))

    @property
    def day(self) -> date:
        """The date a person reads in the documents."""
        return (self.document_date or datetime.now()).date()

    @property
    def stamp(self) -> datetime:
        """The moment embedded in files (Office metadata, PDF dates, zip entries).

        ``SOURCE_DATE_EPOCH`` (the reproducible-builds convention) wins; otherwise the
        document date at midnight, so the same inputs and the same date give the same bytes.
        """
        return source_date_epoch() or datetime.combine(self.day, time())


def resolve(base: Path, value: str) -> Path:
    """``value`` taken from ``base`` (perfdocs.toml's folder) unless absolute; ``~`` expanded.
    A font's ``#index`` (the face of a .ttc collection) stays on the end."""
    anchor, _, index = value.partition("#")
    path = Path(anchor).expanduser()
    if not path.is_absolute():
        path = base / path
    return Path(f"{path}#{index}") if index else path


def source_date_epoch() -> datetime | None:
    """``SOURCE_DATE_EPOCH`` as a naive UTC moment (clamped to the zip format's 1980), or
    None when unset or not a whole number of seconds."""
    text = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not text.isdigit():
        return None
    moment = datetime.fromtimestamp(int(text), UTC).replace(tzinfo=None)
    return min(max(moment, datetime(1980, 1, 1)), datetime(2107, 12, 31))
