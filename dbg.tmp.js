const ExcelJS=require('exceljs');const fs=require('fs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.load(fs.readFileSync(process.argv[2]));console.log(wb.properties, wb.model.properties);const ws=wb.getWorksheet('Styrdokument');const c=ws.getCell('I2');console.log(c.value,c.numFmt)})();
