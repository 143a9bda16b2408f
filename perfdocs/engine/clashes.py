"""Two project files whose forms would go to one output file.

A clerk copies last year's 渔业资源增殖放流.yaml to 水生生物增殖放流.yaml, changes the
amounts and forgets the 项目名称: both files now name the same forms. ``render`` refuses
the second (its forms would overwrite the first's), and ``validate`` and ``status`` must
say the same of the same files — ``status`` showed both projects' forms as 最新 while the
files on disk held only one of them, and ``validate`` passed both. One rule for all three,
here: the first file given owns a name; a later file naming it again is refused.

Names are compared as the users' file systems compare them (case and Unicode form
ignored, :func:`perfdocs.files.writing.clash_key`). Distinct names never clash (a
shortened or altered name carries a tag of the name as typed), so the message can say
which names are the same.
"""

from __future__ import annotations

from collections.abc import Sequence

from perfdocs.records import Record

Owners = dict[str, tuple[str, tuple[str, str]]]
"""An output name's key → (the file that writes it, its (项目名称, 实施单位))."""


class Clash(Record, frozen=True):
    """A file's forms that an earlier file of the run already writes."""

    other: str
    """The earlier file."""
    name: str
    """The output file both would write (without folder and suffix)."""
    same_names: bool
    """Whether the two projects' 项目名称 and 实施单位 are the same as typed (else they
    differ only in case or Unicode form, one file name on Windows)."""
    units: tuple[str, str] = ("", "")
    """The earlier and the later file's 实施单位 as typed."""
    same_project: bool = True
    """Whether the two 项目名称 are the same as typed: then only the 实施单位 differ in
    writing (「某县卫生健康局.」: a trailing dot a folder name drops) and it is the
    实施单位 to correct, not the 项目名称 (tester8 #15)."""

    @property
    def field(self) -> str:
        """The field the later file should correct (its line is where it is blamed)."""
        return "实施单位" if not self.same_names and self.same_project else "项目名称"

    def message(self) -> str:
        if self.same_names:
            why = "两个项目的项目名称和实施单位相同"
        elif self.same_project:
            why = (f"两个项目的项目名称相同，实施单位「{self.units[0]}」与「{self.units[1]}」"
                   "只差写法（大小写、结尾的点或空格等），生成在同一个文件夹里")
        else:
            why = "两个项目的名称只差大小写或写法，在 Windows 上是同一个文件名"
        return f"与 {self.other} 的输出文件相同（{self.name}）：{why}，请改正其中一个"


SELF_CLASH = ("两张表的输出文件名相同：请检查 perfdocs.toml 中 [render] name 是否含有 "
              "{{ form }}")
"""When the naming pattern gives two forms of one project the same file."""


def claim(owners: Owners, path: str, names: tuple[str, str], stems: Sequence[str]
          ) -> Clash | str | None:
    """Claim ``path``'s output names (``stems``: each form's file without its suffix) in
    ``owners``: None when they are free or already ``path``'s, :data:`SELF_CLASH` when two
    of its own forms share one, else the :class:`Clash` with the earlier owner (which
    keeps every name it had; nothing of ``path`` is claimed then)."""
    from pathlib import Path

    from perfdocs.files.writing import clash_key

    keys = [clash_key(stem) for stem in stems]
    if len(set(keys)) < len(keys):
        return SELF_CLASH
    for key, stem in zip(keys, stems, strict=True):
        other, other_names = owners.get(key, (path, names))
        if other != path:
            return Clash(other, Path(stem).name, other_names == names,
                         (other_names[1], names[1]), other_names[0] == names[0])
    for key in keys:
        owners.setdefault(key, (path, names))
    return None
