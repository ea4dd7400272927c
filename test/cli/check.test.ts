/**
 * `thidua check`: exit 0 on the sample, 1 with validation errors, 2 for every unreadable file with one clear
 * sentence on stderr that says what to do (Vietnamese; English with --lang en), never a stack trace.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { translator } from "../../src/i18n";
import { samplePath } from "../../src/node/paths";
import { ensureFixtures, FIXTURES } from "../fixtures/make-fixtures";
import { thidua } from "./io";

let dir: string;
const at = (name: string): string => path.join(dir, name);

beforeAll(async () => {
  dir = await ensureFixtures();
}, 300_000);

test("the bundled sample has no error and no warning: exit 0", async () => {
  const r = await thidua("check", samplePath(), "--json");
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  const json = JSON.parse(r.out);
  expect(json).toMatchObject({ file: "so-theo-doi-mau.xlsx", summary: { errors: 0, warnings: 0 }, issues: [] });
  expect(json.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
});

test("a workbook with errors: exit 1, issues with cell addresses, sorted by sheet order then row", async () => {
  const r = await thidua("check", at(FIXTURES.clerk), "--json");
  expect(r.code).toBe(1);
  const json = JSON.parse(r.out) as { issues: Array<{ sheet: string; row: number | null; cell: string | null; code: string; message: string; hint: string }> };
  const order = ["Cấu hình", "DON VI", "Nhân sự", "Xếp loại", "Ket qua THADS"];
  const keys = json.issues.filter((i) => i.code !== "SHEET_MISSING").map((i) => [order.indexOf(i.sheet), i.row ?? 0]);
  expect(keys).toEqual([...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
  expect(json.issues).toContainEqual(expect.objectContaining({ code: "FORMULA_ERROR", sheet: "Xếp loại", cell: "E7", row: 7, column: "Xếp loại", value: "#N/A" }));
  for (const i of json.issues) expect(i.message).not.toMatch(/^issues\./); // rendered, not a raw key
});

test("the structure fixture: COLUMN_MISSING on the header row or with row null, SHEET_MISSING error for Xếp loại", async () => {
  const r = await thidua("check", at(FIXTURES.structure), "--json");
  expect(r.code).toBe(1);
  const issues = (JSON.parse(r.out) as { issues: Array<Record<string, unknown>> }).issues;
  expect(issues).toContainEqual(expect.objectContaining({ severity: "error", code: "SHEET_MISSING", sheet: "Xếp loại", cell: null, row: null, column: null }));
  expect(issues).toContainEqual(expect.objectContaining({ severity: "error", code: "COLUMN_MISSING", sheet: "Cá nhân", cell: null, row: 3, column: "Giới tính" }));
  expect(issues.filter((i) => i.code === "COLUMN_MISSING" && i.sheet === "Đơn vị").map((i) => [i.row, i.column])).toEqual([
    [null, "Mã đơn vị"],
    [null, "Tên đơn vị"],
  ]);
  expect(issues).toContainEqual(expect.objectContaining({ severity: "warning", code: "SHEET_MISSING", sheet: "Kết quả THADS" }));
});

describe("unreadable files: exit 2 and one sentence that says what to do", () => {
  const vi = translator("vi");
  const en = translator("en");
  const cases: Array<[string, string, RegExp]> = [
    [FIXTURES.empty, "file.empty", /\.xlsx/],
    [FIXTURES.truncated, "file.corrupt", /\.xlsx/],
    [FIXTURES.csvRenamed, "file.csv", /\.xlsx/],
    [FIXTURES.legacyXls, "file.xls", /\.xlsx/],
    [FIXTURES.legacyRenamed, "file.xls", /\.xlsx/],
    [FIXTURES.encrypted, "file.encrypted", /mật khẩu/],
    [FIXTURES.notWorkbookZip, "file.notXlsx", /\.xlsx/],
  ];

  test.each(cases)("%s → %s", async (name, key, todo) => {
    const r = await thidua("check", at(name));
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toBe(`${vi(key, { file: name })}\n`);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toMatch(/^Tệp "/);
    expect(r.err).toMatch(todo);
    expect(r.err).toMatch(/Hãy |Kiểm tra/);
  });

  test.each(cases)("%s with --lang en → English", async (name, key) => {
    const r = await thidua("check", at(name), "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.err).toBe(`${en(key, { file: name })}\n`);
    expect(r.err).toMatch(/^File "/);
  });

  test.each(cases)("%s given to rank and generate → the same exit 2 and sentence", async (name, key) => {
    for (const argv of [["rank", at(name), "--json"], ["generate", at(name), "--out", path.join(dir, "never-written")]]) {
      const r = await thidua(...argv);
      expect([argv[0], r.code, r.out, r.err]).toEqual([argv[0], 2, "", `${vi(key, { file: name })}\n`]);
    }
  });

  test("a missing file names the path given", async () => {
    const missing = path.join(dir, "khong-co.xlsx");
    const r = await thidua("check", missing);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`${vi("file.missing", { file: missing })}\n`);
  });

  test("a folder", async () => {
    const r = await thidua("check", dir, "--json");
    expect(r.code).toBe(2);
    expect(r.err).toBe(`${vi("file.isDirectory", { file: dir })}\n`);
  });

  test("the built command prints the sentence alone, no stack trace, exit 2", () => {
    const cli = path.resolve(__dirname, "../../lib/cli/index.js");
    for (const name of [FIXTURES.legacyXls, FIXTURES.encrypted, FIXTURES.truncated]) {
      const r = spawnSync(process.execPath, [cli, "check", at(name)], { encoding: "utf8" });
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe(`${vi(name === FIXTURES.legacyXls ? "file.xls" : name === FIXTURES.encrypted ? "file.encrypted" : "file.corrupt", { file: name })}\n`);
      expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
    }
  });
});

test("English counts read well with one error or warning (no \"1 errors\")", async () => {
  const r = await thidua("check", at(FIXTURES.clerk), "--lang", "en");
  const sheetLines = r.out.split("\n").filter((l) => l.startsWith("Sheet "));
  expect(sheetLines.length).toBeGreaterThan(0);
  for (const l of sheetLines) expect(l).toMatch(/: \d+ error\(s\), \d+ warning\(s\)$/);
  const rank = await thidua("rank", at(FIXTURES.clerk), "--lang", "en");
  expect(rank.err).toMatch(/^The workbook still has \d+ error\(s\) /);
});

test("a usage error is exit 2 in one sentence too", async () => {
  const r = await thidua("check");
  expect(r.code).toBe(2);
  expect(r.err.trim().split("\n")).toHaveLength(1);
  expect(r.err).toMatch(/thidua --help/);
});
