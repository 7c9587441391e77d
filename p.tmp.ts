import ExcelJS from "exceljs";
const wb = new ExcelJS.Workbook();
await wb.xlsx.readFile(process.argv[2]!);
for (const ws of wb.worksheets) {
  console.log("==", ws.name, ws.views?.[0]);
  ws.eachRow((row, r) => { if (r <= 8) console.log(r, JSON.stringify(row.values).slice(0, 300)); });
}
