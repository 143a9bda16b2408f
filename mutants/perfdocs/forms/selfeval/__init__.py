"""The 财政项目支出绩效自评表 (builder name ``selfeval``): its builder, its workbook reader."""
