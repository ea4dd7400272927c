/** "Khởi tạo": adding the missing tracking sheets, the same layout as `thidua init`, without touching others. */
import { initWorkbook } from "../../src/excel";
import { blankSheets, LIST_SHEET, listColumns } from "../../src/core/schema/blank";
import { SHEETS } from "../../src/core/schema/sheets";
import { buildBlankWorkbook } from "../../src/node/blank-workbook";
import { createFakeOffice } from "../fake-office";
import { clerkHost, clerkSnapshots, measure } from "./helpers";

describe("addMissingSheets", () => {
  test("a new workbook gets every tracking sheet and the hidden list sheet, laid out as blank.ts says", async () => {
    const host = createFakeOffice({ sheets: [{ name: "Sheet1" }] });
    const before = host.snapshot("Sheet1");
    const { result, syncs } = await measure(host, () => initWorkbook());
    expect(syncs.length).toBe(2);
    expect(result.added).toEqual([...SHEETS.map((s) => s.name), LIST_SHEET]);
    expect(host.sheetNames()).toEqual(["Sheet1", ...SHEETS.map((s) => s.name), LIST_SHEET]);
    expect(host.snapshot("Sheet1")).toBe(before);

    for (const blank of blankSheets()) {
      const s = host.sheet(blank.name);
      const values = host.values(blank.name);
      expect(values[0]).toEqual(blank.headers);
      expect(values.slice(1).map((r) => r.slice(0, 1))).toEqual(blank.rows.map((r) => r.slice(0, 1)));
      expect(s.frozen).toEqual({ rows: 1, columns: 0 });
      expect(s.cell(0, 0)?.format.bold).toBe(true);
      blank.widths.forEach((w, c) => expect(s.columnWidth(c)).toBeCloseTo((w * 7 + 5) * 0.75));
      expect(s.validations.map((v) => [v.rect.c0, v.rect.r0, v.rect.r1, (v.rule as { list: { source: string } }).list.source])).toEqual(
        blank.validations.map((v) => [v.col, 1, 2000, `=${v.ref}`]),
      );
      for (const v of s.validations) expect(v.errorAlert).toMatchObject({ showAlert: true, style: "Warning", title: "Giá trị ngoài danh mục" });
    }
    const lists = host.sheet(LIST_SHEET);
    expect(lists.visibility).toBe("Hidden");
    listColumns().forEach((l, c) => {
      expect(lists.valueAt(0, c)).toBe(l.header);
      l.values.forEach((v, r) => expect(lists.valueAt(r + 1, c)).toBe(v));
    });
  });

  test("the same layout as the exceljs blank workbook of `thidua init` (headers, drop-down ranges and lists)", async () => {
    const host = createFakeOffice({ sheets: [{ name: "Sheet1" }] });
    await measure(host, () => initWorkbook());
    const wb = buildBlankWorkbook();
    for (const ws of wb.worksheets) {
      const header = (ws.getRow(1).values as unknown[]).slice(1);
      expect(host.values(ws.name)[0].slice(0, header.length)).toEqual(header);
      const model = (ws as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } }).dataValidations.model;
      const fake = host.sheet(ws.name).validations.map((v) => (v.rule as { list: { source: string } }).list.source).sort();
      expect(fake).toEqual(Object.values(model).map((m) => `=${m.formulae[0]}`).sort());
    }
  });

  test("adds only the missing sheets: sheets present under their name or an alias are left exactly as they were", async () => {
    const host = clerkHost(20, {}, [{ name: "Khen thuong", rows: [["Năm", "Mã đối tượng"]] }]);
    const before = clerkSnapshots(host);
    const { result } = await measure(host, () => initWorkbook());
    expect(result.added).toEqual(["Sáng kiến", "Kỷ luật", "Kết quả THADS", "Tiêu chí", "Chấm điểm", "Bình xét", "Thành tích", LIST_SHEET]);
    for (const [name, snap] of before) expect(host.snapshot(name)).toBe(snap);
  });

  test("a second run adds nothing and changes nothing (one round trip)", async () => {
    const host = createFakeOffice({ sheets: [{ name: "Sheet1" }] });
    await measure(host, () => initWorkbook());
    const before = clerkSnapshots(host);
    const { result, syncs } = await measure(host, () => initWorkbook());
    expect(result.added).toEqual([]);
    expect(syncs.length).toBe(1);
    expect(clerkSnapshots(host)).toEqual(before);
  });

  test("an existing list sheet is kept as it is", async () => {
    const host = createFakeOffice({ sheets: [{ name: "DanhMuc", rows: [["của văn thư"]] }, { name: "Cá nhân", rows: [["Mã cán bộ", "Họ và tên"]] }] });
    const before = host.snapshot("DanhMuc");
    const { result } = await measure(host, () => initWorkbook());
    expect(result.added).not.toContain(LIST_SHEET);
    expect(host.snapshot("DanhMuc")).toBe(before);
  });
});
