"""The 2020 财政项目支出绩效目标表 (builder name ``target``): its figures, builder and workbook
reader."""
