"""Texts perfdocs writes into a project file for the preparer to replace.

Shared by the writers (``perfdocs new``, ``perfdocs import``) and ``validate``, which
refuses a file that still holds them. A module of constants only: the CLI imports it at
start-up, so it must import nothing.
"""

PLACEHOLDER = "示例："
"""What ``perfdocs new`` starts every example text with; left in a file, it is an error."""
TO_FILL = "待填写："
"""What ``perfdocs import`` writes where the form did not print a field (主管部门 on the
绩效目标表); left in a file, it is an error."""
