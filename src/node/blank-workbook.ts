/** `thidua init`: writes the blank tracking workbook with exceljs (a new file; never an existing one). */
import ExcelJS from "exceljs";
import { blankSheets, listColumns, LIST_SHEET } from "../core/schema/blank";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };

export function buildBlankWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "thidua";
  for (const s of blankSheets()) {
    const ws = wb.addWorksheet(s.name, { views: [{ state: "frozen", ySplit: 1 }] });
    ws.columns = s.headers.map((h, i) => ({ header: h, width: s.widths[i] }));
    s.numberFormats.forEach((numFmt, i) => {
      if (numFmt) ws.getColumn(i + 1).numFmt = numFmt;
    });
    const header = ws.getRow(1);
    header.font = { bold: true, name: "Times New Roman", size: 12 };
    header.alignment = { vertical: "middle", wrapText: true };
    header.eachCell((cell) => {
      cell.numFmt = "@";
      cell.fill = HEADER_FILL;
      cell.border = { bottom: { style: "thin" } };
    });
    for (const row of s.rows) ws.addRow([...row]);
    for (const v of s.validations) {
      (ws as unknown as { dataValidations: { add(range: string, dv: ExcelJS.DataValidation): void } }).dataValidations.add(v.range, {
        type: "list",
        allowBlank: true,
        formulae: [v.ref],
        showErrorMessage: true,
        errorStyle: "warning",
        errorTitle: "Giá trị ngoài danh mục",
        error: "Chọn một giá trị trong danh sách (hoặc gõ đúng mã).",
      });
    }
  }
  const lists = wb.addWorksheet(LIST_SHEET, { state: "hidden" });
  listColumns().forEach((l, i) => {
    lists.getCell(1, i + 1).value = l.header;
    l.values.forEach((v, j) => {
      lists.getCell(j + 2, i + 1).value = v;
    });
  });
  return wb;
}
