/**
 * `thidua generate`: manifest.json as cli.md shows it, exit codes, the output folder rules (created when absent,
 * refused when not empty without --force, written through a temporary folder), the template preflight, the
 * summary with "chưa đủ hồ sơ" and the missing documents; end to end on the bundled sample.
 */
import { existsSync, promises as fs, readdirSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { rankWorkbook } from "../../src/core/rank";
import { checkWorkbook } from "../../src/core/check";
import type { WorkbookGrids } from "../../src/core/grid";
import { samplePath } from "../../src/node/paths";
import { readXlsxGrids } from "../../src/node/xlsx-reader";
import { writeDossier } from "../../src/node/write-dossier";
import { DOCUMENT_KINDS } from "../../src/docs/kinds";
import { fixtureGrids, NAMES } from "../docs/fixture";
import { docxPart, listFiles, replacePart, tempDir, xmlText } from "../docs/helpers";
import { thidua } from "./io";

async function writeXlsx(grids: WorkbookGrids, file: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const s of grids.sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const row of s.values) ws.addRow(row.map((v) => (v === undefined ? null : v)));
  }
  await wb.xlsx.writeFile(file);
  return file;
}

interface Manifest {
  year: number;
  ruleSet: string;
  fingerprint: string;
  files: Array<{ path: string; kind: string; subjects: string[] }>;
}
const manifestOf = (dir: string): Manifest => JSON.parse(readFileSync(path.join(dir, "manifest.json"), "utf8")) as Manifest;
const textOf = async (file: string) => xmlText(await docxPart(readFileSync(file)));

const root = tempDir("cli-generate");
let workbook: string;
let broken: string;

beforeAll(async () => {
  workbook = await writeXlsx(fixtureGrids(), path.join(root, "so-theo-doi.xlsx"));
  const g = fixtureGrids();
  const people = g.sheets.find((s) => s.name === "Cá nhân")!;
  const badPeople = { ...people, values: [...people.values, ["CB099", "Người Lạ", "Nam", "", "", "KV99", "", "", ""]] };
  broken = await writeXlsx({ sheets: g.sheets.map((s) => (s.name === "Cá nhân" ? badPeople : s)) }, path.join(root, "loi.xlsx"));
});

describe("thidua generate on a workbook", () => {
  test("writes the dossier and manifest.json exactly as cli.md shows it; creates the folder", async () => {
    const out = path.join(root, "a", "nested", "ho-so");
    const r = await thidua("generate", workbook, "--out", out);
    expect([r.code, r.err]).toEqual([0, ""]);
    const m = manifestOf(out);
    expect(Object.keys(m)).toEqual(["year", "ruleSet", "fingerprint", "files"]);
    for (const f of m.files) expect(Object.keys(f)).toEqual(["path", "kind", "subjects"]);
    const check = checkWorkbook(await readXlsxGrids(workbook));
    expect([m.year, m.ruleSet, m.fingerprint]).toEqual([2025, rankWorkbook(check.data, check.fingerprint)!.result.ruleSet, check.fingerprint]);
    expect(m.files.map((f) => [f.path, f.kind])).toEqual(
      expect.arrayContaining([
        ["01-to-trinh.docx", "to-trinh"],
        ["02-danh-sach-de-nghi.docx", "danh-sach"],
        ["03-bien-ban.docx", "bien-ban"],
        ["04-danh-sach-co-so.docx", "danh-sach"],
      ]),
    );
    for (const kind of DOCUMENT_KINDS) expect(m.files.some((f) => f.kind === kind) || kind).toBe(true);
    expect(listFiles(out)).toEqual([...m.files.map((f) => f.path), "manifest.json"].sort());
    expect(readFileSync(path.join(out, "manifest.json"), "utf8").endsWith("}\n")).toBe(true);
    // No temporary folder is left next to the output.
    expect(readdirSync(path.dirname(out))).toEqual(["ho-so"]);
  });

  test("the summary counts the proposals, lists the 'chưa đủ hồ sơ' subjects and the missing documents", async () => {
    const check = checkWorkbook(await readXlsxGrids(workbook));
    const rank = rankWorkbook(check.data, check.fingerprint)!.result;
    const pending = [...rank.units, ...rank.people].flatMap((s) => s.decisions.filter((d) => d.status === "pending").map(() => s));
    expect(pending.length).toBeGreaterThan(0);
    const r = await thidua("generate", workbook, "--out", path.join(root, "summary"));
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Chưa đủ hồ sơ, không đề nghị (${pending.length}):`);
    for (const s of pending) expect(r.out).toContain(`${s.code} ${s.name}, `);
    // CB001's 2025 HTXSNV rating has no decision number in the workbook: a document the dossier lacks (C3).
    expect(r.out).toMatch(/Giấy tờ còn thiếu trong hồ sơ \(\d+\):/);
    expect(r.out).toMatch(new RegExp(`CB001 ${NAMES.CB001}: .*HTXSNV.*2025|CB001 ${NAMES.CB001}: .*2025.*HTXSNV|CB001 ${NAMES.CB001}: .*Hoàn thành xuất sắc nhiệm vụ năm 2025`));
    const upward = rank.people.filter((p) => p.decisions.some((d) => d.title === "BK_BO" && d.status === "eligible")).length;
    const units = rank.units.filter((u) => u.decisions.some((d) => d.title === "BK_BO" && d.status === "eligible")).length;
    if (upward + units > 0) expect(r.out).toContain(`Bằng khen cấp Bộ, tỉnh: ${units} tập thể, ${upward} cá nhân`);
    const en = await thidua("generate", workbook, "--out", path.join(root, "summary-en"), "--lang", "en");
    expect(en.out).toContain(`Incomplete files, not proposed (${pending.length}):`);
  });

  test("refuses a non-empty folder without --force (exit 2); --force replaces the previous dossier only", async () => {
    const out = path.join(root, "full");
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, "ghi-chu.txt"), "của văn thư");
    const refused = await thidua("generate", workbook, "--out", out);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("đã có tệp");
    expect(refused.err).toContain("--force");
    expect(listFiles(out)).toEqual(["ghi-chu.txt"]);
    expect((await thidua("generate", workbook, "--out", out, "--force")).code).toBe(0);
    // A document of the previous run that the new one does not have disappears; the clerk's note stays.
    const m = manifestOf(out);
    const stale = { path: "bao-cao/CB777.docx", kind: "bao-cao-ca-nhan", subjects: ["CB777"] };
    writeFileSync(path.join(out, stale.path), "old");
    writeFileSync(path.join(out, "manifest.json"), JSON.stringify({ ...m, files: [...m.files, stale] }));
    expect((await thidua("generate", workbook, "--out", out, "--force")).code).toBe(0);
    expect(existsSync(path.join(out, stale.path))).toBe(false);
    expect(listFiles(out)).toEqual([...manifestOf(out).files.map((f) => f.path), "ghi-chu.txt", "manifest.json"].sort());
  });

  test("refuses while the workbook has validation errors (exit 1), listing them; nothing is written", async () => {
    const out = path.join(root, "refused");
    const r = await thidua("generate", broken, "--out", out);
    expect(r.code).toBe(1);
    expect(r.err).toContain("Không lập hồ sơ: sổ theo dõi còn 1 lỗi.");
    expect(r.err).toMatch(/Cá nhân!F\d+ UNKNOWN_REF/);
    expect(existsSync(out)).toBe(false);
  });

  test("usage errors are exit 2 with one sentence: missing file, bad year, folder that is a file", async () => {
    const missing = await thidua("generate", path.join(root, "khong-co.xlsx"), "--out", path.join(root, "x1"));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("Không tìm thấy tệp");
    const year = await thidua("generate", workbook, "--out", path.join(root, "x2"), "--year", "25");
    expect(year.code).toBe(2);
    const file = path.join(root, "a-file");
    writeFileSync(file, "x");
    const notDir = await thidua("generate", workbook, "--out", file);
    expect([notDir.code, notDir.err.trim()]).toEqual([2, `"${file}" là một tệp, không phải thư mục. Hãy chọn thư mục để ghi hồ sơ.`]);
    const noOut = await thidua("generate", workbook);
    expect(noOut.code).toBe(2);
  });

  test("--year chooses the year the documents are about (unit names valid then)", async () => {
    const out = path.join(root, "y2024");
    const r = await thidua("generate", workbook, "--out", out, "--year", "2024");
    expect(r.code).toBe(0);
    expect(manifestOf(out).year).toBe(2024);
  });
});

describe("--templates: a clerk's edited templates", () => {
  test("an edited template is used; missing kinds fall back to the bundled ones", async () => {
    const dir = path.join(root, "mau");
    mkdirSync(dir);
    const edited = await replacePart(readFileSync(path.join(__dirname, "../../templates/to-trinh.docx")), "word/document.xml", (x) =>
      x.replace("(Có danh sách và hồ sơ đề nghị khen thưởng kèm theo).", "(Hồ sơ gồm danh sách và báo cáo thành tích kèm theo)."),
    );
    writeFileSync(path.join(dir, "to-trinh.docx"), edited);
    const out = path.join(root, "custom");
    const r = await thidua("generate", workbook, "--out", out, "--templates", dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Dùng mẫu trong thư mục ${dir}: to-trinh.`);
    expect(r.out).toContain("Thư mục mẫu không có danh-sach, bao-cao-ca-nhan, bao-cao-tap-the, bien-ban, bao-cao-dot-xuat: dùng mẫu mặc định.");
    expect(await textOf(path.join(out, "01-to-trinh.docx"))).toContain("(Hồ sơ gồm danh sách và báo cáo thành tích kèm theo).");
  });

  test("the preflight stops with every problem named (exit 2) and writes nothing", async () => {
    const dir = path.join(root, "mau-loi");
    mkdirSync(dir);
    const edited = await replacePart(readFileSync(path.join(__dirname, "../../templates/bien-ban.docx")), "word/document.xml", (x) =>
      x.replace("{{tong_thanh_vien}}", "").replace("{{co_mat}}", "{{co_mat_}}").replace("{{vang_mat}}", "{{so_vang}}"),
    );
    writeFileSync(path.join(dir, "bien-ban.docx"), edited);
    writeFileSync(path.join(dir, "danh-sach.docx"), "không phải docx");
    const out = path.join(root, "preflight");
    const r = await thidua("generate", workbook, "--out", out, "--templates", dir);
    expect(r.code).toBe(2);
    const lines = r.err.trim().split("\n");
    expect(lines[0]).toBe("Không lập hồ sơ: mẫu văn bản có 5 vấn đề cần sửa:");
    expect(r.err).toContain(`Mẫu "${path.join(dir, "danh-sach.docx")}" (danh-sach) không phải tệp Word .docx đọc được.`);
    expect(r.err).toContain("thiếu trường bắt buộc {{tong_thanh_vien}}");
    expect(r.err).toContain("thiếu trường bắt buộc {{co_mat}}");
    expect(r.err).toContain("có trường lạ {{co_mat_}}; có phải ý là {{co_mat}}?");
    expect(r.err).toContain("có trường lạ {{so_vang}}");
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(root).filter((f) => f.includes(".tmp-"))).toEqual([]);
  });

  test("a template folder that does not exist is a usage error", async () => {
    const r = await thidua("generate", workbook, "--out", path.join(root, "x3"), "--templates", path.join(root, "khong-co"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("Không tìm thấy thư mục mẫu");
  });

  test("a template path that is a file (not a folder) says so", async () => {
    const r = await thidua("generate", workbook, "--out", path.join(root, "x4"), "--templates", workbook);
    expect(r.code).toBe(2);
    expect(r.err).toContain("là một tệp, không phải thư mục mẫu");
    expect(r.err).not.toContain("Không tìm thấy");
  });
});

test("a failure while writing leaves no half-written set and no temporary folder", async () => {
  const parent = path.join(root, "atomic");
  const out = path.join(parent, "ho-so");
  const data = new Uint8Array([1, 2, 3]);
  const dossier = {
    manifest: { year: 2025, ruleSet: "ND152-2025", fingerprint: "sha256:x", files: [] },
    // "bao-cao" is a file, then a folder: the second write fails.
    files: [
      { path: "bao-cao", kind: "to-trinh" as const, subjects: [], data },
      { path: "bao-cao/CB001.docx", kind: "bao-cao-ca-nhan" as const, subjects: [], data },
    ],
  };
  await expect(writeDossier(out, dossier)).rejects.toThrow();
  expect(existsSync(out)).toBe(false);
  expect(readdirSync(parent)).toEqual([]);
});

describe("end to end on the bundled sample", () => {
  const out = path.join(root, "sample");
  let rank: NonNullable<ReturnType<typeof rankWorkbook>>["result"];
  let stdout: string;

  beforeAll(async () => {
    const check = checkWorkbook(await readXlsxGrids(samplePath()));
    rank = rankWorkbook(check.data, check.fingerprint)!.result;
    const r = await thidua("generate", samplePath(), "--out", out);
    expect([r.code, r.err]).toEqual([0, ""]);
    stdout = r.out;
  }, 120_000);

  const UPWARD = new Set(["CSTD_BO", "CSTDTQ", "TTLDXS", "CO_BO", "CO_CP", "BK_BO", "BK_TTG"]);
  const eligible = (pred: (title: string) => boolean) =>
    [...rank.people, ...rank.units].filter((s) => s.decisions.some((d) => d.status === "eligible" && pred(d.title)));

  test("the Tờ trình's subjects are exactly the subjects eligible for a title above the agency's power", () => {
    const m = manifestOf(out);
    const toTrinh = m.files.find((f) => f.kind === "to-trinh")!;
    expect([...toTrinh.subjects].sort()).toEqual(eligible((t) => UPWARD.has(t)).map((s) => s.code).sort());
    expect(m.fingerprint).toBe(rank.fingerprint);
  });

  test("every upward nominee is named in full in the Danh sách, every own-title one in the second list", async () => {
    const list = await textOf(path.join(out, "02-danh-sach-de-nghi.docx"));
    for (const s of eligible((t) => UPWARD.has(t))) expect([s.code, list.includes(s.name)]).toEqual([s.code, true]);
    const own = await textOf(path.join(out, "04-danh-sach-co-so.docx"));
    for (const s of eligible((t) => ["LDTT", "CSTDCS", "TTLDTT"].includes(t))) expect([s.code, own.includes(s.name)]).toEqual([s.code, true]);
  });

  test("pending subjects are not proposed and are listed as 'chưa đủ hồ sơ'", async () => {
    const pending = [...rank.people, ...rank.units].flatMap((s) => s.decisions.filter((d) => d.status === "pending").map((d) => [s.code, d.title] as const));
    expect(pending.length).toBeGreaterThan(0);
    expect(stdout).toContain(`Chưa đủ hồ sơ, không đề nghị (${pending.length}):`);
    const m = manifestOf(out);
    for (const [code] of pending) expect(stdout).toContain(code);
    const upwardSubjects = new Set(m.files.find((f) => f.kind === "to-trinh")!.subjects);
    for (const [code, title] of pending) {
      if (!UPWARD.has(title)) continue;
      const person = [...rank.people, ...rank.units].find((s) => s.code === code)!;
      const otherUpward = person.decisions.some((d) => d.status === "eligible" && UPWARD.has(d.title));
      if (!otherUpward) expect([code, upwardSubjects.has(code)]).toEqual([code, false]);
    }
  });

  test("reports for the nominees and đột xuất reports for the Thành tích rows", () => {
    const m = manifestOf(out);
    expect(m.files.filter((f) => f.kind === "bao-cao-ca-nhan" || f.kind === "bao-cao-tap-the").length).toBeGreaterThan(5);
    expect(m.files.filter((f) => f.kind === "bao-cao-dot-xuat").length).toBeGreaterThan(0);
    for (const f of m.files) expect(existsSync(path.join(out, f.path))).toBe(true);
  });
});

afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true });
});
