/**
 * `KQ Kiểm tra` rows: header in the chosen language, one row per issue in report order, the cell as a link
 * (output-table link object and HYPERLINK formula text), issues without a cell described in words; and the
 * formula text really works: written into an .xlsx and recalculated by LibreOffice, it shows the cell address.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { Issue } from "../../src/core/issues";
import { translator } from "../../src/i18n";
import { buildCheckSheet, CELL_COLUMN, checkSheetValues, hyperlinkFormula } from "../../src/output/check-sheet";

const issue = (over: Partial<Issue>): Issue => ({
  severity: "error",
  code: "UNKNOWN_REF",
  sheet: "Cá nhân",
  cell: "F14",
  row: 14,
  column: "Mã đơn vị",
  value: "KV09",
  message: { key: "issues.UNKNOWN_REF", params: { code: "KV09", target: "Đơn vị" } },
  hint: { key: "hints.UNKNOWN_REF", params: { code: "KV09", target: "Đơn vị", column: "Mã đơn vị", closest: "KV08, KV01" } },
  ...over,
});

const ISSUES: Issue[] = [
  issue({}),
  issue({ severity: "warning", code: "LEGACY_ENCODING", sheet: "O'Brien \"Sheet\"", cell: "B2", row: 2, column: "Họ và tên", message: { key: "issues.LEGACY_ENCODING", params: { encoding: "TCVN3", column: "Họ và tên", converted: "Nguyễn" } }, hint: { key: "hints.LEGACY_ENCODING.TCVN3", params: { column: "Họ và tên" } } }),
  issue({ code: "COLUMN_MISSING", sheet: "Tiêu chí", cell: null, row: 1, column: "Nội dung", message: { key: "issues.COLUMN_MISSING", params: { column: "Nội dung", sheet: "Tiêu chí", row: 1 } }, hint: { key: "hints.COLUMN_MISSING", params: { column: "Nội dung", row: 1 } } }),
  issue({ severity: "warning", code: "SHEET_MISSING", sheet: "Bình xét", cell: null, row: null, column: null, message: { key: "issues.SHEET_MISSING.optional", params: { sheet: "Bình xét" } }, hint: { key: "hints.SHEET_MISSING", params: { sheet: "Bình xét" } } }),
];

test("hyperlink formulas: file-format syntax, sheet always quoted, quotes doubled", () => {
  expect(hyperlinkFormula("Cá nhân", "F14")).toBe(`=HYPERLINK("#'Cá nhân'!F14","F14")`);
  expect(hyperlinkFormula("O'Brien \"Sheet\"", "B2")).toBe(`=HYPERLINK("#'O''Brien ""Sheet""'!B2","B2")`);
});

test("one row per issue, in order, with the header in Vietnamese or English", () => {
  const vi = buildCheckSheet({ issues: ISSUES }, translator("vi"));
  expect(vi.sheet).toBe("KQ Kiểm tra");
  expect(vi.columns.map((c) => c.header)).toEqual(["Mức độ", "Mã lỗi", "Sheet", "Ô", "Nội dung", "Gợi ý"]);
  expect(vi.rows).toHaveLength(4);
  expect(vi.rows[0]).toEqual([
    "Lỗi",
    "UNKNOWN_REF",
    "Cá nhân",
    { link: "Cá nhân!F14", text: "F14", formula: `=HYPERLINK("#'Cá nhân'!F14","F14")` },
    "Mã \"KV09\" không có trong sheet \"Đơn vị\".",
    "Mã đơn vị KV09 không có trong sheet Đơn vị; các mã gần nhất: KV08, KV01. Sửa lại mã, hoặc thêm KV09 vào sheet Đơn vị.",
  ]);
  expect(vi.rows.map((r) => r[0])).toEqual(["Lỗi", "Cảnh báo", "Lỗi", "Cảnh báo"]);
  expect(vi.rows[2][CELL_COLUMN]).toBe('cột "Nội dung"');
  expect(vi.rows[3][CELL_COLUMN]).toBe("toàn sheet");
  const en = buildCheckSheet({ issues: ISSUES }, translator("en"));
  expect(en.columns.map((c) => c.header)).toEqual(["Severity", "Code", "Sheet", "Cell", "Message", "Hint"]);
  expect(en.rows[0][0]).toBe("Error");
});

test("as one 2-D array: header first, formula texts in the Ô column, plain strings elsewhere", () => {
  const values = checkSheetValues({ issues: ISSUES }, translator("vi"));
  expect(values).toHaveLength(5);
  expect(values.every((r) => r.length === 6 && r.every((c) => typeof c === "string"))).toBe(true);
  expect(values[1][CELL_COLUMN]).toBe(`=HYPERLINK("#'Cá nhân'!F14","F14")`);
  expect(values[2][CELL_COLUMN]).toBe(`=HYPERLINK("#'O''Brien ""Sheet""'!B2","B2")`);
  expect(values.flat().filter((c) => c.startsWith("=")).length).toBe(2);
});

test("the formula text is valid Excel: LibreOffice recalculates it to the address", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "thidua-check-sheet-"));
  try {
    const values = checkSheetValues({ issues: ISSUES.slice(0, 1) }, translator("vi"));
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Cá nhân").getCell("F14").value = "KV09";
    const ws = wb.addWorksheet("KQ Kiểm tra");
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        ws.getCell(r + 1, c + 1).value = v.startsWith("=") ? ({ formula: v.slice(1) } as ExcelJS.CellFormulaValue) : v;
      }),
    );
    const xlsx = path.join(dir, "check.xlsx");
    await wb.xlsx.writeFile(xlsx);
    // CSV of the second sheet (the 12th filter token), UTF-8, formulas recalculated on load.
    execFileSync(
      "soffice",
      [`-env:UserInstallation=file://${path.join(dir, "profile")}`, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2", "--outdir", dir, xlsx],
      { stdio: "ignore", timeout: 120_000 },
    );
    const csv = readFileSync(path.join(dir, "check-KQ Kiểm tra.csv"), "utf8");
    expect(csv.split("\n")[1].split(",")[3]).toBe("F14");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 180_000);
