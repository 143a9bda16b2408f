"""The 财政项目支出绩效目标申报表 (builder name ``declaration``): its figures, builder and
workbook reader."""
