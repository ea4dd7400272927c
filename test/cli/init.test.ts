/** `thidua init <new.xlsx>`: writes the blank workbook, creates its folder, never overwrites a file. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { readXlsxGrids } from "../../src/node/xlsx-reader";
import { SHEETS } from "../../src/core/schema/sheets";
import { translator } from "../../src/i18n";
import { thidua } from "./io";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "thidua-init-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("writes a readable blank workbook (its folder created), exit 0", async () => {
  const file = path.join(dir, "moi", "so-theo-doi.xlsx");
  const r = await thidua("init", file);
  expect(r.code).toBe(0);
  expect(r.out).toContain(file);
  const grids = await readXlsxGrids(file);
  expect(grids.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(SHEETS.map((s) => s.name)));
});

test("refuses to overwrite an existing file: exit 2, the file untouched", async () => {
  const file = path.join(dir, "co-san.xlsx");
  writeFileSync(file, "dữ liệu của cán bộ");
  const r = await thidua("init", file);
  expect(r.code).toBe(2);
  expect(r.err).toBe(`${translator("vi")("file.exists", { file: "co-san.xlsx" })}\n`);
  expect(readFileSync(file, "utf8")).toBe("dữ liệu của cán bộ");
});

test("without a file name it is a usage error", async () => {
  const r = await thidua("init");
  expect(r.code).toBe(2);
  expect(existsSync(path.join(dir, "undefined"))).toBe(false);
});

test.each(["so-theo-doi.csv", "so-theo-doi", "so-theo-doi.xls"])("a name without .xlsx (%s) is refused: exit 2, nothing written", async (name) => {
  const file = path.join(dir, name);
  const r = await thidua("init", file);
  expect(r.code).toBe(2);
  expect(r.err).toBe(`${translator("vi")("cli.init.notXlsx", { file: name })}\n`);
  expect(existsSync(file)).toBe(false);
});

test("an upper-case .XLSX is a workbook name like any other", async () => {
  const file = path.join(dir, "SO-MOI.XLSX");
  expect((await thidua("init", file)).code).toBe(0);
  expect(existsSync(file)).toBe(true);
});
