/**
 * One test per issue code on a real .xlsx file: the clean fixture with one planted defect, written with
 * exceljs, read through the product's exceljs adapter, checked; the issue must be at its sheet and cell with
 * its severity, and its message and hint must render in Vietnamese and English.
 */
import * as path from "node:path";
import ExcelJS from "exceljs";
import { ISSUE_CODES, type Issue } from "../../../src/core/issues";
import type { TrackingData } from "../../../src/core/model";
import { render, translator } from "../../../src/i18n";
import { cleanWorkbook, SHEET } from "./fixtures/clean-workbook";
import { PLANTS, plantInto, type Expected } from "./fixtures/plants";
import { checkFile, tempDir, writeFixture } from "./fixtures/xlsx";

const vi = translator("vi");
const en = translator("en");
let tmp: { dir: string; cleanup: () => void };
let base: string;
let baseData: TrackingData;

beforeAll(async () => {
  tmp = tempDir();
  base = await writeFixture(cleanWorkbook(), path.join(tmp.dir, "clean.xlsx"));
  const r = await checkFile(base);
  expect(r.issues).toEqual([]);
  baseData = r.data;
});
afterAll(() => tmp.cleanup());

function at(issues: ReadonlyArray<Issue>, e: Expected): Issue | undefined {
  return issues.find((i) => i.code === e.code && i.sheet === e.sheet && i.cell === e.cell);
}

function expectRendered(i: Issue): void {
  for (const t of [vi, en]) {
    const message = render(t, i.message);
    expect(message).not.toBe(i.message.key);
    expect(message).not.toMatch(/\{\{/);
    if (i.hint) {
      expect(render(t, i.hint)).not.toBe(i.hint.key);
      expect(render(t, i.hint)).not.toMatch(/\{\{/);
    }
  }
}

describe("each issue code on a real .xlsx fixture", () => {
  test.each(PLANTS.map((p, n) => [p.code, p.name, n] as const))("%s: %s", async (_code, _name, n) => {
    const out = path.join(tmp.dir, `plant-${n}.xlsx`);
    const [expected] = await plantInto(base, out, baseData, [PLANTS[n]]);
    const result = await checkFile(out);
    const found = at(result.issues, expected);
    expect(found).toBeDefined();
    expect(found?.severity).toBe(expected.severity);
    expectRendered(found as Issue);
    if (expected.cell === null) expect(found?.row === null || typeof found?.row === "number").toBe(true);
    else expect(found?.row).toBe(Number(/\d+$/.exec(expected.cell)?.[0]));
  });

  test("every issue code has a planted fixture", () => {
    const covered = new Set(PLANTS.map((p) => p.code));
    expect(ISSUE_CODES.filter((c) => !covered.has(c))).toEqual([]);
  });

  test("SHEET_MISSING of a required sheet is an error with no cell, under the canonical name", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(base);
    wb.removeWorksheet((wb.getWorksheet(SHEET.ratings) as ExcelJS.Worksheet).id);
    const out = path.join(tmp.dir, "no-ratings.xlsx");
    await wb.xlsx.writeFile(out);
    const r = await checkFile(out);
    const i = r.issues.find((x) => x.code === "SHEET_MISSING");
    expect(i).toMatchObject({ severity: "error", sheet: "Xếp loại", cell: null, row: null, column: null });
    expect(r.summary.errors).toBe(1);
  });

  test("COLUMN_MISSING names the column, the header row, and no cell", async () => {
    const out = path.join(tmp.dir, "no-content.xlsx");
    await plantInto(base, out, baseData, PLANTS.filter((p) => p.code === "COLUMN_MISSING"));
    const i = (await checkFile(out)).issues.find((x) => x.code === "COLUMN_MISSING");
    expect(i).toMatchObject({ severity: "error", sheet: SHEET.criteria, cell: null, row: 1, column: "Nội dung" });
  });

  test("UNKNOWN_REF hint names the closest codes", async () => {
    const out = path.join(tmp.dir, "unknown-unit.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(base);
    const p = baseData.people[1];
    (wb.getWorksheet(p.src.sheet) as ExcelJS.Worksheet).getCell(p.src.cells.unit).value = "KV09";
    await wb.xlsx.writeFile(out);
    const i = (await checkFile(out)).issues.find((x) => x.code === "UNKNOWN_REF");
    expect(i).toMatchObject({ sheet: SHEET.people, cell: p.src.cells.unit, column: "Mã đơn vị", value: "KV09" });
    expect(render(vi, (i as Issue).hint)).toContain("Mã đơn vị KV09 không có trong sheet Đơn vị; các mã gần nhất: KV04, KV03");
  });

  test("LEGACY_ENCODING text is converted for reading, reported once per column", async () => {
    const out = path.join(tmp.dir, "legacy.xlsx");
    await plantInto(base, out, baseData, PLANTS.filter((p) => p.code === "LEGACY_ENCODING"));
    const r = await checkFile(out);
    expect(r.data.people[4].name).toBe(baseData.people[4].name);
    expect(r.data.units.map((u) => u.name)).toEqual(baseData.units.map((u) => u.name));
    expect(r.issues.filter((i) => i.code === "LEGACY_ENCODING").map((i) => i.cell)).toEqual([baseData.units[1].src.cells.name, baseData.people[4].src.cells.name]);
    expect(r.summary.errors).toBe(0);
    expect(r.fingerprint).toBe((await checkFile(base)).fingerprint);
  });
});
