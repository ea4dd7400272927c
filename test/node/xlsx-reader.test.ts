/**
 * The exceljs adapter on real files: the same grids Office.js gives (merged cells blank outside the top-left
 * cell, dates as serials with no time-zone shift, formulas by cached value, errors as "#N/A"…, tables, used
 * ranges not at A1), and every bad file turned into a FileError that says what to do.
 */
import { spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { checkWorkbook } from "../../src/core/check";
import type { SheetGrid, WorkbookGrids } from "../../src/core/grid";
import { readWorkbook } from "../../src/core/read/read-workbook";
import { isoToSerial } from "../../src/core/text/parse-values";
import { FileError, type FileErrorKind } from "../../src/node/file-errors";
import { hasCompoundEntry, readWorkbookBytes, readXlsxGrids, worksheetToGrid } from "../../src/node/xlsx-reader";
import { generateTracking } from "../../src/tools/sample/generate";
import { writeXlsx } from "../../src/tools/sample/write-xlsx";
import { ensureFixtures, FIXTURES, HIDDEN_IN_MERGE } from "../fixtures/make-fixtures";

let dir: string;
let clerk: WorkbookGrids;
const at = (name: string): string => path.join(dir, name);
const grid = (wb: WorkbookGrids, name: string): SheetGrid => {
  const g = wb.sheets.find((s) => s.name === name);
  if (!g) throw new Error(`no sheet ${name}`);
  return g;
};

beforeAll(async () => {
  dir = await ensureFixtures();
  clerk = await readXlsxGrids(at(FIXTURES.clerk));
}, 300_000);

describe("grids as Office.js gives them", () => {
  test("sheets in tab order with their names as written", () => {
    expect(clerk.sheets.map((s) => s.name)).toEqual(["Cấu hình", "DON VI", "Nhân sự", "Xếp loại", "Ket qua THADS"]);
  });

  test("a merged banner keeps its value in the top-left cell only, even when the file hides a value under the merge", () => {
    const units = grid(clerk, "DON VI");
    expect(units.values[0]).toEqual(["THI HÀNH ÁN DÂN SỰ TỈNH VĨNH LONG", "", "", "", "", "", ""]);
    expect(units.values[1][0]).toBe("DANH SÁCH ĐƠN VỊ");
    expect(units.values.flat()).not.toContain(HIDDEN_IN_MERGE);
  });

  test("a vertical merge in the data reads in its first row only", () => {
    const people = grid(clerk, "Nhân sự");
    expect(people.values[10][4]).toBe("KV01"); // E11
    expect(people.values[11][4]).toBe(""); // E12, inside the merge E11:E12
  });

  test("real dates are Excel serials, whatever the machine's time zone", () => {
    const people = grid(clerk, "Nhân sự");
    expect(people.values[1][3]).toBe(isoToSerial("1985-01-05"));
    expect(people.values[10][3]).toBe(isoToSerial("1979-12-31"));
    expect(people.values[11][3]).toBe(isoToSerial("2000-02-29"));
    expect(people.values[2][3]).toBe("05/01/1990"); // text stays text
  });

  test("an Excel table (ListObject) whose header is C3: the used range starts at C3", () => {
    const ratings = grid(clerk, "Xếp loại");
    expect([ratings.rowOffset, ratings.colOffset]).toEqual([2, 2]);
    expect(ratings.values[0]).toEqual(["Năm", "Mã đối tượng", "Xếp loại", "Số QĐ"]);
  });

  test("formula cells give their cached value, or the error text", () => {
    const ratings = grid(clerk, "Xếp loại");
    expect(ratings.values[2][2]).toBe("HTTNV"); // ="HTTNV"
    expect(ratings.values[6][0]).toBe(2025); // =2024+1
    expect(ratings.values.slice(4, 9).map((r) => r[2])).toEqual(["#N/A", "#REF!", "hoan thanh xuat sac nhiem vu", "#DIV/0!", "#VALUE!"]);
    const results = grid(clerk, "Ket qua THADS");
    expect(results.values[2][4]).toBe(1080); // =E3*0.9 (grid column 4 is sheet column F)
    expect(results.values[4][4]).toBe("#DIV/0!");
  });

  test("a percent-formatted number is the fraction; Vietnamese number text stays text for the core", () => {
    const results = grid(clerk, "Ket qua THADS");
    expect([results.rowOffset, results.colOffset]).toEqual([0, 1]);
    expect(results.values[2].slice(5, 10)).toEqual(["1.234.567", "1.000.000", "850.500", "85,5 %", 0.5]);
  });
});

describe("records from the clerk's workbook", () => {
  test("every forgiving rule at once: the records and the only issues are the planted ones", () => {
    const r = readWorkbook(clerk);
    expect(r.data.units.map((u) => [u.code, u.headcount, u.src.row])).toEqual([
      ["KV01", 15, 5],
      ["kv02", 14, 6],
      ["KV03", 12, 8],
    ]);
    expect(r.data.sheets.units).toMatchObject({ name: "DON VI", headerRow: 4 });
    expect(r.data.people.map((p) => [p.code, p.birthDate])).toEqual([
      ["CB001", "1985-01-05"],
      ["CB002", "1990-01-05"],
      ["001", "1990-01-05"],
      ["CB1", "1988-01-05"],
      ["CB004", "1992-03-04"],
      ["CB005", null],
      ["CB006", null],
      ["CB007", null],
      ["CB008", "1979-12-31"],
      ["CB009", "2000-02-29"],
    ]);
    expect(r.data.ratings.map((x) => [x.year, x.subject, x.rating])).toEqual([
      [2025, "CB001", "HTXSNV"],
      [2025, "CB002", "HTTNV"],
      [2025, "001", "HTTNV"],
      [2025, "CB1", null],
      [2025, "CB004", null],
      [2025, "CB005", "HTXSNV"],
      [2025, "CB006", null],
      [2025, "CB007", null],
    ]);
    expect(r.data.results.map((x) => [x.unit, x.casesDone, x.moneyTotal, x.targetCases, x.targetMoney])).toEqual([
      ["KV01", 1080, 1234567, 0.855, 0.5],
      ["KV02", 1275, 1234567.5, 0.855, 0.505],
      ["KV03", null, 5000, 0.855, 0.505],
      ["KV04", null, 5000, null, 0.5],
    ]);
    const issues = r.issues.filter((i) => i.code !== "SHEET_MISSING").map((i) => `${i.code} ${i.sheet}!${i.cell}`);
    expect(issues.sort()).toEqual(
      [
        "TYPE_DATE Nhân sự!D8",
        "TYPE_DATE Nhân sự!D9",
        "TYPE_DATE Nhân sự!D10",
        "REQUIRED Nhân sự!E12",
        "FORMULA_ERROR Xếp loại!E7",
        "FORMULA_ERROR Xếp loại!E8",
        "FORMULA_ERROR Xếp loại!E10",
        "FORMULA_ERROR Xếp loại!E11",
        "FORMULA_ERROR Ket qua THADS!F5",
        "TYPE_NUMBER Ket qua THADS!F6",
        "RANGE Ket qua THADS!J6",
      ].sort(),
    );
  });

  test("the same workbook saved by LibreOffice gives the same records, issues and fingerprint", async () => {
    const other = await readXlsxGrids(at(FIXTURES.clerkLibreOffice));
    const a = checkWorkbook(clerk);
    const b = checkWorkbook(other);
    expect(b.fingerprint).toBe(a.fingerprint);
    expect(b.issues).toEqual(a.issues);
    expect(b.data.people.map((p) => p.src.cells)).toEqual(a.data.people.map((p) => p.src.cells));
  });

  test("dates do not move with the time zone of the machine (TZ=Pacific/Kiritimati vs America/Los_Angeles)", () => {
    const cli = path.resolve(__dirname, "../../lib/cli/index.js");
    const out = ["Pacific/Kiritimati", "America/Los_Angeles", "Asia/Ho_Chi_Minh"].map((tz) => {
      const r = spawnSync(process.execPath, [cli, "check", at(FIXTURES.clerk), "--json"], { env: { ...process.env, TZ: tz }, encoding: "utf8" });
      expect(r.status).toBe(1);
      return JSON.parse(r.stdout) as unknown;
    });
    expect(new Set(out.map((o) => JSON.stringify(o))).size).toBe(1);
  });
});

describe("the generator's grids survive the trip through a file unchanged", () => {
  test("what writeXlsx writes, the adapter reads back as the same grids", async () => {
    const wb = generateTracking({ units: 5, clusters: 2, people: 40, years: 3, seed: 11, layout: { people: { banner: ["DANH SÁCH", "(mẫu)"] }, discipline: { textDates: true } } });
    const file = path.join(os.tmpdir(), `thidua-roundtrip-${process.pid}.xlsx`);
    await writeXlsx(wb, file);
    try {
      const back = await readXlsxGrids(file);
      expect(back.sheets.map((s) => s.name)).toEqual(wb.sheets.map((s) => s.name));
      back.sheets.forEach((s, i) => {
        expect({ name: s.name, values: s.values, rowOffset: s.rowOffset, colOffset: s.colOffset }).toEqual({
          name: wb.sheets[i].name,
          values: wb.sheets[i].values,
          rowOffset: 0,
          colOffset: 0,
        });
      });
    } finally {
      await fs.rm(file, { force: true });
    }
  });
});

describe("bad files", () => {
  const cases: Array<[string, FileErrorKind]> = [
    [FIXTURES.empty, "empty"],
    [FIXTURES.truncated, "corrupt"],
    [FIXTURES.csvRenamed, "csv"],
    [FIXTURES.legacyXls, "xls"],
    [FIXTURES.legacyRenamed, "xls"],
    [FIXTURES.encrypted, "encrypted"],
    [FIXTURES.notWorkbookZip, "notXlsx"],
    ["no-such-file.xlsx", "missing"],
  ];
  test.each(cases)("%s → FileError %s", async (name, kind) => {
    const err = await readXlsxGrids(at(name)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FileError);
    expect((err as FileError).kind).toBe(kind);
  });

  test("a folder is not a workbook", async () => {
    await expect(readWorkbookBytes(dir)).rejects.toMatchObject({ kind: "isDirectory" });
  });

  test("the encrypted file is a compound file with an EncryptionInfo entry; the legacy .xls has none", async () => {
    const enc = await fs.readFile(at(FIXTURES.encrypted));
    const xls = await fs.readFile(at(FIXTURES.legacyXls));
    expect(enc.subarray(0, 4).toString("hex")).toBe("d0cf11e0");
    expect(xls.subarray(0, 4).toString("hex")).toBe("d0cf11e0");
    expect(hasCompoundEntry(enc, "EncryptionInfo")).toBe(true);
    expect(hasCompoundEntry(xls, "EncryptionInfo")).toBe(false);
    expect(hasCompoundEntry(xls, "Workbook")).toBe(true);
  });

  test("an .xls whose cells say EncryptionInfo is still an .xls", () => {
    const fake = Buffer.alloc(2048);
    Buffer.from("d0cf11e0a1b11ae1", "hex").copy(fake);
    Buffer.from("EncryptionInfo\0", "utf16le").copy(fake, 1000); // text in a cell, not a directory entry
    expect(hasCompoundEntry(fake, "EncryptionInfo")).toBe(false);
  });
});

describe("numbers under a date format", () => {
  test("every number in a date-formatted cell reads back as the same serial, small ones included", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Đơn vị");
    const numbers = [1, 5, 59, 60, 61, 2025, isoToSerial("2025-01-05"), isoToSerial("2025-01-05") + 0.5];
    numbers.forEach((n, i) => {
      const cell = ws.getCell(i + 1, 1);
      cell.value = n;
      cell.numFmt = "dd/mm/yyyy";
    });
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load(await wb.xlsx.writeBuffer());
    expect(loaded.worksheets[0].getCell(2, 1).value).toBeInstanceOf(Date); // exceljs does convert them
    expect(worksheetToGrid(loaded.worksheets[0]).values.map((r) => r[0])).toEqual(numbers);
  });
});

describe("formulas under a date format", () => {
  // exceljs turns the cached result of a formula in a date-formatted cell into a Date: an error or a text result
  // became an Invalid Date, read as NaN ("NaN" is not a valid date). Office.js gives the error text or the text.
  test("an error, a text and an empty text result read as Office.js gives them", async () => {
    const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), "thidua-formula-date-")), "so.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Trước");
    const ws = wb.addWorksheet("Cá nhân & <khác>");
    const results: ExcelJS.CellValue[] = [
      { formula: 'DATEVALUE("x")', result: { error: "#VALUE!" } } as ExcelJS.CellFormulaValue,
      { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue,
      { formula: 'TEXT(30000,"dd/mm/yyyy")', result: "19/02/1982 & <x>" },
      { formula: 'IF(1,"",1)', result: "" },
      { formula: "DATE(1985,1,5)", result: new Date(Date.UTC(1985, 0, 5)) },
    ];
    results.forEach((value, i) => {
      const cell = ws.getCell(i + 2, 3);
      cell.value = value;
      cell.numFmt = "dd/mm/yyyy";
    });
    ws.getCell("B2").value = "CB001";
    await wb.xlsx.writeFile(file);
    const grids = await readXlsxGrids(file);
    const people = grid(grids, "Cá nhân & <khác>");
    expect(people.values.map((r) => r[people.values[0].length - 1])).toEqual(["#VALUE!", "#DIV/0!", "19/02/1982 & <x>", "", isoToSerial("1985-01-05")]);
  });

  test("check reports the formula's own error, not a date that is not valid", async () => {
    const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), "thidua-formula-date-")), "so.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Cá nhân");
    ws.addRow(["Mã cán bộ", "Họ và tên", "Giới tính", "Ngày sinh", "Mã đơn vị"]);
    ws.addRow(["CB001", "Nguyễn Văn A", "Nam", null, "KV01"]);
    ws.getCell("D2").value = { formula: "DATEVALUE(X2)", result: { error: "#VALUE!" } } as ExcelJS.CellFormulaValue;
    ws.getCell("D2").numFmt = "dd/mm/yyyy";
    await wb.xlsx.writeFile(file);
    const issues = checkWorkbook(await readXlsxGrids(file)).issues.filter((i) => i.sheet === "Cá nhân" && i.cell === "D2");
    expect(issues.map((i) => [i.code, i.value])).toEqual([["FORMULA_ERROR", "#VALUE!"]]);
  });
});
