"""perfdocs.toml as checked: plain twins (perfdocs.model.plain) of the sections of its
pydantic model, perfdocs.loading.settings_file.

The kept validator of perfdocs.toml validates into these, so checking a perfdocs.toml
(a new one, or one edited since) imports neither pydantic nor the model;
perfdocs.loading.settings.load_settings turns them into :class:`Settings` at once. A field
of the model is a field here, same name and order (tests/test_settings_twins.py).
"""

from __future__ import annotations

from datetime import datetime

from perfdocs.model.plain import Plain


class RenderSection(Plain):
    layout: str
    formats: list[str]
    out: str
    name: str
    document_date: datetime | None
    footer: bool
    revision: bool


class InputSection(Plain):
    unit: str


class FontsSection(Plain):
    pdf: list[str]


class LayoutsSection(Plain):
    paths: list[str]


class PacketSection(Plain):
    name: str
    forms: str
    single: bool
    volume_size: int


class UnitSection(Plain):
    name: str
    department: str
    preparer: str
    phone: str
    head: str


class SettingsFile(Plain):
    """A whole perfdocs.toml, every section filled in (defaults where left out)."""

    render: RenderSection
    input: InputSection
    fonts: FontsSection
    layouts: LayoutsSection
    packet: PacketSection
    unit: UnitSection
