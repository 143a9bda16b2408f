"""The unit's 项目绩效目标汇总表: one row per project, built from prepared projects."""
