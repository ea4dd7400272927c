/**
 * `thidua check` on real .xlsx files: the JSON of cli.md exactly (keys, order of issues, names as written,
 * null cells for SHEET_MISSING / COLUMN_MISSING), the human report grouped by sheet with errors first and
 * counts, English with --lang en, and the exit codes 0 (no error, warnings allowed) / 1 (errors) / 2 (unreadable).
 */
import { writeFileSync } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { thidua } from "../../cli/io";
import { cleanWorkbook, SHEET } from "./fixtures/clean-workbook";
import { appendRow, cloneFixture, rowWhere, setCell, tempDir, writeFixture, type Fixture } from "./fixtures/xlsx";

let tmp: { dir: string; cleanup: () => void };
beforeAll(() => {
  tmp = tempDir();
});
afterAll(() => tmp.cleanup());

/** The clean fixture with an unknown unit (error), a duplicate person (warning), and renamed sheets/headers. */
function defective(): { f: Fixture; unitCell: string } {
  const f = cloneFixture(cleanWorkbook());
  const unitCell = setCell(f, SHEET.people, rowWhere(f, SHEET.people, "Mã cán bộ", "CB004"), "Mã đơn vị", "KV09");
  appendRow(f, SHEET.people, { "Mã cán bộ": "CB011", "Họ và tên": "LE HOANG PHUC", "Giới tính": "Nam", "Ngày sinh": "20/11/1990", "Mã đơn vị": "KV02" });
  // Written the clerk's way: sheet and header not in their canonical spelling.
  const units = f.find((s) => s.name === SHEET.units);
  if (!units) throw new Error("units");
  (units as { name: string }).name = "DON VI";
  units.rows[0][1] = "Ten don vi";
  return { f, unitCell };
}

describe("check --json", () => {
  test("exactly the keys of cli.md; issues sorted by sheet order, row, column; names as written", async () => {
    const { f, unitCell } = defective();
    const file = await writeFixture(f, path.join(tmp.dir, "so theo doi.xlsx"));
    const r = await thidua("check", file, "--json");
    expect(r.err).toBe("");
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(["file", "fingerprint", "summary", "issues"]);
    expect(json.file).toBe("so theo doi.xlsx");
    expect(json.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(json.summary).toEqual({ errors: 1, warnings: 1 });
    for (const i of json.issues) expect(Object.keys(i)).toEqual(["severity", "code", "sheet", "cell", "row", "column", "value", "message", "hint"]);
    expect(json.issues[0]).toEqual({
      severity: "error",
      code: "UNKNOWN_REF",
      sheet: SHEET.people,
      cell: unitCell,
      row: Number(unitCell.slice(1)),
      column: "Mã đơn vị",
      value: "KV09",
      message: "Mã \"KV09\" không có trong sheet \"DON VI\".",
      hint: "Mã đơn vị KV09 không có trong sheet DON VI; các mã gần nhất: KV04, KV03. Sửa lại mã, hoặc thêm KV09 vào sheet DON VI.",
    });
    expect(json.issues[1]).toMatchObject({ severity: "warning", code: "DUPLICATE_PERSON", sheet: SHEET.people, column: "Họ và tên", value: "LE HOANG PHUC" });
    expect(json.issues[1].row).toBeGreaterThan(json.issues[0].row);
  });

  test("SHEET_MISSING and COLUMN_MISSING have cell null; sheets in workbook order, missing ones last", async () => {
    const f = cloneFixture(cleanWorkbook()).filter((s) => s.name !== SHEET.votes);
    const criteria = f.find((s) => s.name === SHEET.criteria);
    if (!criteria) throw new Error("criteria");
    criteria.rows[0][2] = "Điểm chuẩn tối đa"; // not a header any more: COLUMN_MISSING
    const file = await writeFixture(f, path.join(tmp.dir, "structure.xlsx"));
    const r = await thidua("check", file, "--json");
    expect(r.code).toBe(1);
    const issues = JSON.parse(r.out).issues as Array<Record<string, unknown>>;
    expect(issues).toEqual([
      expect.objectContaining({ severity: "error", code: "COLUMN_MISSING", sheet: SHEET.criteria, cell: null, row: 1, column: "Điểm tối đa", value: null }),
      expect.objectContaining({ severity: "warning", code: "SHEET_MISSING", sheet: "Bình xét", cell: null, row: null, column: null, value: null }),
    ]);
  });

  test("--lang en renders messages in English; codes, sheets and cells do not change", async () => {
    const { f } = defective();
    const file = await writeFixture(f, path.join(tmp.dir, "en.xlsx"));
    const vi = JSON.parse((await thidua("check", file, "--json")).out);
    const en = JSON.parse((await thidua("check", file, "--json", "--lang", "en")).out);
    expect(en.issues.map((i: Record<string, unknown>) => [i.code, i.sheet, i.cell])).toEqual(vi.issues.map((i: Record<string, unknown>) => [i.code, i.sheet, i.cell]));
    expect(en.issues[0].message).toBe("Code \"KV09\" is not in sheet \"DON VI\".");
    expect(en.issues[0].hint).toContain("the closest codes: KV04, KV03");
    expect(en.fingerprint).toBe(vi.fingerprint);
  });
});

describe("check, human report", () => {
  test("grouped by sheet, errors before warnings, counts per sheet and in total; exit 1", async () => {
    const { f, unitCell } = defective();
    // A warning and an error on the same sheet, the warning on an earlier row.
    setCell(f, SHEET.people, rowWhere(f, SHEET.people, "Mã cán bộ", "CB002"), "Họ và tên", "TrÇn ThÞ Mü Linh");
    const file = await writeFixture(f, path.join(tmp.dir, "human.xlsx"));
    const r = await thidua("check", file);
    expect(r.code).toBe(1);
    const lines = r.out.trimEnd().split("\n");
    expect(lines[0]).toBe('Sheet "Cá nhân": 1 lỗi, 2 cảnh báo');
    expect(lines[1]).toMatch(new RegExp(`^ {2}Lỗi UNKNOWN_REF ${unitCell}: `));
    expect(lines[2]).toMatch(/^ {6}→ Mã đơn vị KV09 không có trong sheet DON VI/);
    expect(lines[3]).toMatch(/^ {2}Cảnh báo LEGACY_ENCODING B5: Cột "Họ và tên" có chữ gõ bằng bảng mã cũ TCVN3/);
    expect(lines.some((l) => /^ {2}Cảnh báo DUPLICATE_PERSON B\d+: /.test(l))).toBe(true);
    expect(lines.slice(-2)).toEqual(["Tổng cộng: 1 lỗi, 2 cảnh báo.", "Còn lỗi: cần sửa các lỗi trước khi xét và lập hồ sơ đề nghị (cảnh báo không chặn)."]);
  });

  test("warnings only: exit 0, and it says so", async () => {
    const f = cloneFixture(cleanWorkbook());
    appendRow(f, SHEET.people, { "Mã cán bộ": "CB011", "Họ và tên": "Lê Hoàng Phúc", "Giới tính": "Nam", "Ngày sinh": "20/11/1990", "Mã đơn vị": "KV02" });
    const file = await writeFixture(f, path.join(tmp.dir, "warnings.xlsx"));
    const r = await thidua("check", file, "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.out.trimEnd().split("\n").slice(-2)).toEqual(["Total: 0 error(s), 1 warning(s).", "No errors; 1 warning(s) to review."]);
  });

  test("a clean workbook: exit 0, no sheet block", async () => {
    const file = await writeFixture(cleanWorkbook(), path.join(tmp.dir, "clean.xlsx"));
    const r = await thidua("check", file);
    expect(r.code).toBe(0);
    expect(r.out.trim().split("\n")).toEqual(["Tổng cộng: 0 lỗi, 0 cảnh báo.", "Không có lỗi hay cảnh báo nào."]);
  });
});

describe("exit 2", () => {
  test("a CSV renamed .xlsx and a broken file: one sentence on stderr, nothing on stdout", async () => {
    const csv = path.join(tmp.dir, "csv.xlsx");
    writeFileSync(csv, "Mã cán bộ;Họ và tên\nCB001;Nguyễn Văn An\n");
    const broken = path.join(tmp.dir, "broken.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("x");
    writeFileSync(broken, (await wb.xlsx.writeBuffer()).slice(0, 200) as unknown as Buffer);
    for (const file of [csv, broken]) {
      const r = await thidua("check", file, "--json");
      expect([r.code, r.out, r.err.split("\n").length]).toEqual([2, "", 2]);
    }
  });
});
