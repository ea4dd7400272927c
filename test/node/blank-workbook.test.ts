/**
 * `thidua init`'s blank workbook: every sheet with its headers, a frozen header row, drop-down lists drawn from
 * the hidden list sheet and limited to the data area (never whole columns), and LibreOffice opens it.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import { readWorkbook } from "../../src/core/read/read-workbook";
import { DATA_ROWS, LIST_SHEET } from "../../src/core/schema/blank";
import { SHEETS } from "../../src/core/schema/sheets";
import { SETTING_KEYS } from "../../src/core/settings";
import { buildBlankWorkbook } from "../../src/node/blank-workbook";
import { readXlsxGrids } from "../../src/node/xlsx-reader";

let dir: string;
let file: string;
let zip: JSZip;

/** Sheet name → its XML part, from workbook.xml and its relationships. */
async function sheetParts(z: JSZip): Promise<Map<string, { xml: string; state: string | null }>> {
  const wbXml = await z.file("xl/workbook.xml")!.async("string");
  const rels = await z.file("xl/_rels/workbook.xml.rels")!.async("string");
  const target = new Map([...rels.matchAll(/<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1], m[2]]));
  const out = new Map<string, { xml: string; state: string | null }>();
  for (const m of wbXml.matchAll(/<sheet ([^>]*)\/>/g)) {
    const attrs = m[1];
    const name = /name="([^"]+)"/.exec(attrs)![1];
    const rid = /r:id="([^"]+)"/.exec(attrs)![1];
    const state = /state="([^"]+)"/.exec(attrs)?.[1] ?? null;
    const part = `xl/${target.get(rid)!.replace(/^\/?xl\//, "")}`;
    out.set(name, { xml: await z.file(part)!.async("string"), state });
  }
  return out;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "thidua-blank-"));
  file = path.join(dir, "so-trong.xlsx");
  await buildBlankWorkbook().xlsx.writeFile(file);
  zip = await JSZip.loadAsync(await fs.readFile(file));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("every tracking sheet is there, its header in row 1, and it reads with no reading issue", async () => {
  const grids = await readXlsxGrids(file);
  expect(grids.sheets.map((s) => s.name)).toEqual([...SHEETS.map((s) => s.name), LIST_SHEET]);
  const r = readWorkbook(grids);
  for (const s of SHEETS) expect(r.data.sheets[s.id]).toMatchObject({ headerRow: 1 });
  expect(r.issues).toEqual([]);
  expect(r.data.settings.entries.map((e) => e.label)).toEqual(SETTING_KEYS.map((k) => k.label));
});

test("the header row is frozen and the list sheet is hidden", async () => {
  const parts = await sheetParts(zip);
  for (const s of SHEETS) expect(parts.get(s.name)!.xml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
  expect(parts.get(LIST_SHEET)!.state).toBe("hidden");
});

test("data validation covers only the data area (rows 2 … DATA_ROWS + 1), never a whole column, and lists come from the hidden sheet", async () => {
  const parts = await sheetParts(zip);
  let count = 0;
  for (const s of SHEETS) {
    const xml = parts.get(s.name)!.xml;
    const enumColumns = s.columns.filter((c) => c.type.kind === "enum").length;
    const validations = [...xml.matchAll(/<dataValidation ([^>]*)>([\s\S]*?)<\/dataValidation>/g)];
    expect(validations).toHaveLength(enumColumns);
    for (const v of validations) {
      count++;
      const sqref = /sqref="([^"]+)"/.exec(v[1])![1];
      expect(sqref).not.toMatch(/^\$?[A-Z]+:\$?[A-Z]+$/); // A:A
      expect(sqref).not.toMatch(/1048576/);
      const m = /^([A-Z]+)2:([A-Z]+)(\d+)$/.exec(sqref);
      expect(m).not.toBeNull();
      expect(m![1]).toBe(m![2]);
      expect(Number(m![3])).toBe(DATA_ROWS + 1);
      expect(v[1]).toMatch(/type="list"/);
      expect(v[2]).toMatch(new RegExp(`<formula1>${LIST_SHEET}!\\$[A-Z]+\\$2:\\$[A-Z]+\\$\\d+</formula1>`));
    }
  }
  expect(count).toBeGreaterThanOrEqual(10);
});

test("LibreOffice converts it to PDF (soffice --headless --convert-to pdf)", () => {
  const profile = path.join(os.tmpdir(), `thidua-soffice-blank-${process.pid}-${Date.now()}`);
  const r = spawnSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir, file], {
    encoding: "utf8",
    timeout: 120_000,
  });
  rmSync(profile, { recursive: true, force: true });
  expect(r.status).toBe(0);
  const pdf = path.join(dir, "so-trong.pdf");
  expect(existsSync(pdf)).toBe(true);
  const text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).stdout;
  expect(text).toContain("Mã cán bộ");
  expect(text).toContain("Năm thi đua");
});

/** Excel's built-in number formats that exceljs refers to by id. */
const BUILTIN_FORMATS: Record<string, string> = { "3": "#,##0", "9": "0%", "10": "0.00%", "14": "mm-dd-yy", "49": "@" };

test("date, percent and amount columns carry their number formats (dd/mm/yyyy, %, thousands)", async () => {
  const parts = await sheetParts(zip);
  const styles = await zip.file("xl/styles.xml")!.async("string");
  const formats = new Map([...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]+)"/g)].map((m) => [m[1], m[2].replace(/&quot;/g, '"')]));
  const xfs = [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1].matchAll(/<xf ([^>]*?)\/?>/g))].map((m) => /numFmtId="(\d+)"/.exec(m[1])?.[1] ?? "0");
  const formatOfColumn = (xml: string, col: number): string | null => {
    for (const m of xml.matchAll(/<col ([^>]*)\/>/g)) {
      const min = Number(/min="(\d+)"/.exec(m[1])![1]);
      const max = Number(/max="(\d+)"/.exec(m[1])![1]);
      const style = /style="(\d+)"/.exec(m[1])?.[1];
      if (col >= min && col <= max && style !== undefined) {
        const id = xfs[Number(style)];
        return formats.get(id) ?? BUILTIN_FORMATS[id] ?? null;
      }
    }
    return null;
  };
  const units = parts.get("Cá nhân")!.xml;
  expect(formatOfColumn(units, 4)).toBe("dd/mm/yyyy"); // Ngày sinh
  expect(formatOfColumn(units, 1)).toBeNull(); // Mã cán bộ
  const results = parts.get("Kết quả THADS")!.xml;
  expect(formatOfColumn(results, 9)).toBe("0.0%"); // Chỉ tiêu việc
  expect(formatOfColumn(results, 6)).toBe("#,##0"); // Tiền phải thi hành
});
