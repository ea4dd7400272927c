/**
 * workbook.md: the header row is the first row within the sheet's first 10 that holds two known headers;
 * banner rows above it are allowed; COLUMN_MISSING / SHEET_MISSING addressing and severities (Settled details).
 */
import { findHeader } from "../../../src/core/read/header";
import { sheetSpec } from "../../../src/core/schema/sheets";
import { cellIssues, readWith, requiredSheets, sheet } from "./helpers";
import { readWorkbook } from "../../../src/core/read/read-workbook";
import { render, translator } from "../../../src/i18n";

const UNITS = sheetSpec("units");
const HEADER = ["Mã đơn vị", "Tên đơn vị", "Khối thi đua"];
const ROW = ["KV01", "Phòng Thi hành án dân sự khu vực 1", "Khối 1"];

function withHeaderAt(index: number): unknown[][] {
  const rows: unknown[][] = [];
  for (let i = 0; i < index; i++) rows.push(i === 0 ? ["DANH SÁCH ĐƠN VỊ", "", ""] : ["", "", ""]);
  rows.push(HEADER, ROW);
  return rows;
}

describe("header row detection", () => {
  test.each([0, 1, 3, 9])("a header at grid row %i (banner rows above) is found", (index) => {
    const h = findHeader(sheet("Đơn vị", withHeaderAt(index) as never), UNITS);
    expect(h?.index).toBe(index);
    expect(Object.keys(h?.columns ?? {}).sort()).toEqual(["cluster", "code", "name"]);
  });

  test("a header in row 11 is not a header", () => {
    expect(findHeader(sheet("Đơn vị", withHeaderAt(10) as never), UNITS)).toBeNull();
  });

  test("the limit is on sheet rows: a used range starting at row 4 has its header at the latest in grid row 6", () => {
    expect(findHeader(sheet("Đơn vị", withHeaderAt(6) as never, 3), UNITS)?.index).toBe(6); // sheet row 10
    expect(findHeader(sheet("Đơn vị", withHeaderAt(7) as never, 3), UNITS)).toBeNull(); // sheet row 11
  });

  test("a row with a single known header is a title, not the header", () => {
    const h = findHeader(sheet("Đơn vị", [["Tên đơn vị"], ["Ghi chú", "Mã đơn vị", "Tên"], ROW] as never), UNITS);
    expect(h?.index).toBe(1);
  });

  test("merged banner cells read as empty beyond their top-left cell do not disturb detection", () => {
    const grid = [
      ["THI HÀNH ÁN DÂN SỰ TỈNH VĨNH LONG", "", "", ""],
      ["DANH SÁCH ĐƠN VỊ", "", "", ""],
      ["", "", "", ""],
      ["STT", ...HEADER],
      [1, ...ROW],
    ];
    const r = readWith({ "Đơn vị": sheet("Đơn vị", grid) });
    expect(cellIssues(r.issues)).toEqual([]);
    expect(r.data.sheets.units?.headerRow).toBe(4);
    expect(r.data.units).toHaveLength(1);
    expect(r.data.units[0]).toMatchObject({ code: "KV01", cluster: "Khối 1" });
    expect(r.data.units[0].src).toMatchObject({ sheet: "Đơn vị", row: 5, cells: { code: "B5", name: "C5", cluster: "D5" } });
  });

  test("addresses add the used range's offset", () => {
    const r = readWith({ "Đơn vị": sheet("Đơn vị", [HEADER, ROW], 2, 3) });
    expect(r.data.sheets.units?.headerRow).toBe(3);
    expect(r.data.units[0].src).toMatchObject({ row: 4, cells: { code: "D4", name: "E4", cluster: "F4" } });
  });
});

describe("COLUMN_MISSING", () => {
  test("a required column absent from the header row: one issue on the header row, cell null, no per-row REQUIRED", () => {
    const grid = [["Danh sách cán bộ"], ["Mã cán bộ", "Họ và tên", "Mã đơn vị"], ["CB001", "Nguyễn Văn An", "KV01"], ["CB002", "Trần Thị Bình", "KV01"]];
    const r = readWith({ "Cá nhân": sheet("Cá nhân", grid) });
    expect(cellIssues(r.issues)).toEqual([
      expect.objectContaining({ severity: "error", code: "COLUMN_MISSING", sheet: "Cá nhân", row: 2, cell: null, column: "Giới tính", value: null }),
    ]);
    expect(r.data.people.map((p) => p.gender)).toEqual([null, null]);
  });

  test("the hint lists the accepted names and, when the header row has texts it did not recognise, names them", () => {
    const vi = translator("vi");
    const hintOf = (headers: string[]): string => {
      const r = readWith({ "Cá nhân": sheet("Cá nhân", [headers, ["CB001", "Nguyễn Văn An", "Nam", "KV01"]]) });
      const i = cellIssues(r.issues).find((x) => x.code === "COLUMN_MISSING" && x.column === "Mã cán bộ");
      return render(vi, i?.hint);
    };
    const unknown = hintOf(["Mã nhân viên", "Họ và tên", "Giới tính", "Mã đơn vị"]);
    expect(unknown).toContain("“Mã nhân viên”");
    expect(unknown).toContain("“Mã cán bộ”, “Mã CB”, “Mã số”");
    const none = hintOf(["Họ và tên", "Giới tính", "Mã đơn vị"]);
    expect(none).not.toContain("chưa nhận ra");
    expect(none).toContain("“Mã cán bộ”, “Mã CB”");
  });

  test("no header row at all: one COLUMN_MISSING per required column, row null", () => {
    const grid = [["Danh sách"], ["CB001", "Nguyễn Văn An", "Nam", "KV01"]];
    const r = readWith({ "Cá nhân": sheet("Cá nhân", grid) });
    const issues = cellIssues(r.issues);
    expect(issues.map((i) => i.column)).toEqual(["Mã cán bộ", "Họ và tên", "Giới tính", "Mã đơn vị"]);
    for (const i of issues) expect(i).toMatchObject({ severity: "error", code: "COLUMN_MISSING", sheet: "Cá nhân", row: null, cell: null });
    expect(r.data.people).toEqual([]);
    expect(r.data.sheets.people?.headerRow).toBeNull();
  });

  test("an empty sheet has no header row", () => {
    const r = readWith({ "Xếp loại": sheet("Xếp loại", []) });
    expect(cellIssues(r.issues).map((i) => [i.code, i.row, i.column])).toEqual([
      ["COLUMN_MISSING", null, "Năm"],
      ["COLUMN_MISSING", null, "Mã đối tượng"],
      ["COLUMN_MISSING", null, "Xếp loại"],
    ]);
  });
});

describe("SHEET_MISSING", () => {
  test.each(["Cấu hình", "Đơn vị", "Cá nhân", "Xếp loại"])("the required sheet %s missing is an error", (name) => {
    const r = readWith({ [name]: null });
    const issue = r.issues.find((i) => i.code === "SHEET_MISSING" && i.sheet === name);
    expect(issue).toEqual(expect.objectContaining({ severity: "error", sheet: name, row: null, cell: null, column: null, value: null }));
  });

  test("every optional sheet missing is a warning under its canonical name", () => {
    const r = readWorkbook({ sheets: requiredSheets() });
    const missing = r.issues.filter((i) => i.code === "SHEET_MISSING");
    expect(missing.map((i) => [i.sheet, i.severity])).toEqual(
      ["Sáng kiến", "Kỷ luật", "Khen thưởng", "Kết quả THADS", "Tiêu chí", "Chấm điểm", "Bình xét", "Thành tích"].map((s) => [s, "warning"]),
    );
    expect(r.issues).toHaveLength(missing.length);
  });
});
