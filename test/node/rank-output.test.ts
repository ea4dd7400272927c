/**
 * `thidua rank --out`: a NEW workbook with KQ Xếp hạng, Đề nghị, Nhật ký (and the hidden Dữ kiện rà soát);
 * never the input file; opens in exceljs and converts with LibreOffice (the PDF text names the units).
 */
import { execFileSync } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { translator } from "../../src/i18n";
import { UsageError } from "../../src/node/file-errors";
import { addDropDown, writeRankWorkbook, type RankOutInput } from "../../src/node/rank-output";
import { reviewStatusDropDown } from "../../src/output/proposals-sheet";
import { readXlsxGrids } from "../../src/node/xlsx-reader";
import { ranked, rankGrids } from "../output/fixture";

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "thidua-rank-out-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function input(inputFile: string, r = ranked()): RankOutInput {
  return { grids: r.grids, check: r.check, rank: r.rank, t: translator("vi"), user: "tccb", now: "2026-01-20T10:15:00", inputFile, clientId: "cli_test" };
}

/** exceljs 4.4 reads a sheet's validations back as one entry per cell ("H2", "H3"…) in an untyped model. */
function validations(ws: ExcelJS.Worksheet | undefined): Record<string, ExcelJS.DataValidation | undefined> {
  const model = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } }).dataValidations.model;
  return Object.fromEntries(Object.entries(model).filter(([, v]) => v !== undefined));
}

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe("writeRankWorkbook", () => {
  test("writes the product's sheets: bold frozen headers, widths, hidden facts sheet", async () => {
    const out = path.join(dir, "ket-qua.xlsx");
    const summary = await writeRankWorkbook(out, input(path.join(dir, "so-theo-doi.xlsx")));
    const wb = await open(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["KQ Xếp hạng", "Đề nghị", "Nhật ký", "Dữ kiện rà soát"]);
    expect(wb.getWorksheet("Dữ kiện rà soát")?.state).toBe("hidden");
    for (const name of ["KQ Xếp hạng", "Đề nghị", "Nhật ký"]) {
      const ws = wb.getWorksheet(name);
      expect(ws?.state).toBe("visible");
      expect(ws?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(ws?.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(ws?.getColumn(2).width).toBeGreaterThan(8);
    }
    const proposals = wb.getWorksheet("Đề nghị");
    expect(proposals?.getRow(1).values).toEqual([
      undefined,
      "STT",
      "Mã đối tượng",
      "Tên",
      "Đơn vị",
      "Danh hiệu/Hình thức",
      "Kết quả xét",
      "Căn cứ",
      "Trạng thái rà soát",
      "Người rà soát",
      "Thời gian rà soát",
      "Ý kiến",
      "Dấu dữ liệu",
      "Ghi chú hệ thống",
    ]);
    expect(proposals?.rowCount).toBe(summary.proposals + 1);
    expect(wb.getWorksheet("Nhật ký")?.getColumn(7).hidden).toBe(true);
    // no temporary file left behind
    expect((await fs.readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  test("Trạng thái rà soát has a drop-down (warning alert, Vietnamese texts) on exactly its data rows, nowhere else", async () => {
    const out = path.join(dir, "drop-down.xlsx");
    const summary = await writeRankWorkbook(out, input(path.join(dir, "so-theo-doi.xlsx")));
    const wb = await open(out);
    const ws = wb.getWorksheet("Đề nghị");
    expect(ws?.getCell("H1").value).toBe("Trạng thái rà soát");
    expect(summary.proposals).toBeGreaterThan(1);
    const found = validations(ws);
    const rows = Array.from({ length: summary.proposals }, (_, i) => `H${i + 2}`);
    expect(Object.keys(found).sort()).toEqual([...rows].sort());
    const texts = reviewStatusDropDown(translator("vi"));
    for (const address of rows) {
      expect(found[address]).toEqual({
        type: "list",
        allowBlank: true,
        formulae: ['"Chờ rà soát,Đồng ý,Trả lại"'],
        showInputMessage: true,
        promptTitle: texts.promptTitle,
        prompt: texts.prompt,
        showErrorMessage: true,
        errorStyle: "warning",
        errorTitle: texts.errorTitle,
        error: texts.error,
      });
    }
    expect(texts.promptTitle).toBe("Trạng thái rà soát");
    for (const name of ["KQ Xếp hạng", "Nhật ký", "Dữ kiện rà soát"]) expect(validations(wb.getWorksheet(name))).toEqual({});
  });

  test("a drop-down on a sheet without data rows is not added (never the header, never a whole column)", () => {
    const ws = new ExcelJS.Workbook().addWorksheet("Đề nghị");
    addDropDown(ws, reviewStatusDropDown(translator("vi")), 0);
    expect(validations(ws)).toEqual({});
    addDropDown(ws, reviewStatusDropDown(translator("vi")), 2);
    expect(Object.keys(validations(ws))).toEqual(["H2:H3"]);
  });

  test("text beginning with = stays text (no formula is written)", async () => {
    const out = path.join(dir, "formula-text.xlsx");
    await writeRankWorkbook(out, input(path.join(dir, "in.xlsx")));
    const ws = (await open(out)).getWorksheet("KQ Xếp hạng");
    const cells: ExcelJS.Cell[] = [];
    ws?.eachRow((row) => row.eachCell((c) => cells.push(c)));
    const name = cells.find((c) => typeof c.value === "string" && c.value.startsWith("=Phòng"));
    expect(name?.type).toBe(ExcelJS.ValueType.String);
    expect(cells.some((c) => c.type === ExcelJS.ValueType.Formula)).toBe(false);
  });

  test("the result reads back as the same data: ranking it again keeps the log and carries nothing stale", async () => {
    const first = path.join(dir, "round-1.xlsx");
    await writeRankWorkbook(first, input(path.join(dir, "in.xlsx")));
    const back = await readXlsxGrids(first);
    const base = ranked();
    const again = rankGrids({ sheets: [...base.grids.sheets, ...back.sheets] });
    const second = path.join(dir, "round-2.xlsx");
    const summary = await writeRankWorkbook(second, { ...input(path.join(dir, "in.xlsx"), again), clientId: "cli_test2" });
    expect(summary.stale).toBe(0);
    const log = (await open(second)).getWorksheet("Nhật ký");
    expect(log?.rowCount).toBe(3);
    expect(String(log?.getRow(2).getCell(7).value)).toMatch(/^cli_test-/);
    expect(String(log?.getRow(3).getCell(7).value)).toMatch(/^cli_test2-/);
  });

  test("an existing output is kept as <name>.truoc-<local time>.xlsx, then -2, -3; nothing is kept when there was no file", async () => {
    const sub = await fs.mkdtemp(path.join(dir, "keep-"));
    const out = path.join(sub, "kq.xlsx");
    const first = await writeRankWorkbook(out, input(path.join(dir, "in.xlsx")));
    expect(first.previousKeptAs).toBeUndefined();
    expect(await fs.readdir(sub)).toEqual(["kq.xlsx"]);
    // A clerk's edits (any content) must survive the next run.
    await fs.writeFile(out, "reviews typed last week");
    const second = await writeRankWorkbook(out, input(path.join(dir, "in.xlsx")));
    expect(second.previousKeptAs).toBe(path.join(sub, "kq.truoc-20260120-101500.xlsx"));
    expect(await fs.readFile(second.previousKeptAs!, "utf8")).toBe("reviews typed last week");
    const third = await writeRankWorkbook(out, input(path.join(dir, "in.xlsx")));
    const fourth = await writeRankWorkbook(out, input(path.join(dir, "in.xlsx")));
    expect([third.previousKeptAs, fourth.previousKeptAs]).toEqual([path.join(sub, "kq.truoc-20260120-101500-2.xlsx"), path.join(sub, "kq.truoc-20260120-101500-3.xlsx")]);
    // The backups keep what was there, the target is the new workbook, and no temporary file is left.
    for (const f of [third.previousKeptAs!, out]) expect((await open(f)).worksheets.map((w) => w.name)).toContain("KQ Xếp hạng");
    expect((await fs.readdir(sub)).sort()).toEqual(["kq.truoc-20260120-101500-2.xlsx", "kq.truoc-20260120-101500-3.xlsx", "kq.truoc-20260120-101500.xlsx", "kq.xlsx"]);
  });

  test("when the new file cannot replace the old one, the old one stays and no backup or temporary file is left", async () => {
    const sub = await fs.mkdtemp(path.join(dir, "keep-fail-"));
    const out = path.join(sub, "kq.xlsx");
    await fs.writeFile(out, "old");
    const rename = jest.spyOn(fs, "rename").mockRejectedValueOnce(Object.assign(new Error("busy"), { code: "EBUSY" }));
    try {
      await expect(writeRankWorkbook(out, input(path.join(dir, "in.xlsx")))).rejects.toMatchObject({ code: "EBUSY" });
    } finally {
      rename.mockRestore();
    }
    expect(await fs.readdir(sub)).toEqual(["kq.xlsx"]);
    expect(await fs.readFile(out, "utf8")).toBe("old");
  });

  test("on a file system without hard links the previous file is copied to its backup name instead", async () => {
    const sub = await fs.mkdtemp(path.join(dir, "keep-copy-"));
    const out = path.join(sub, "kq.xlsx");
    await fs.writeFile(out, "old");
    const link = jest.spyOn(fs, "link").mockRejectedValue(Object.assign(new Error("no links"), { code: "EPERM" }));
    try {
      const summary = await writeRankWorkbook(out, input(path.join(dir, "in.xlsx")));
      expect(summary.previousKeptAs).toBe(path.join(sub, "kq.truoc-20260120-101500.xlsx"));
    } finally {
      link.mockRestore();
    }
    expect((await fs.readdir(sub)).sort()).toEqual(["kq.truoc-20260120-101500.xlsx", "kq.xlsx"]);
    expect(await fs.readFile(path.join(sub, "kq.truoc-20260120-101500.xlsx"), "utf8")).toBe("old");
  });

  test("refuses to write over the input workbook (same path, relative path, link) and non-.xlsx names", async () => {
    const src = path.join(dir, "so-goc.xlsx");
    await fs.writeFile(src, "input bytes");
    const link = path.join(dir, "lien-ket.xlsx");
    await fs.symlink(src, link);
    const hard = path.join(dir, "hard-link.xlsx");
    await fs.link(src, hard);
    const rel = path.relative(process.cwd(), src);
    for (const target of [src, rel, link, hard]) {
      await expect(writeRankWorkbook(target, input(src))).rejects.toMatchObject({ key: "ranking.out.sameAsInput" });
    }
    await expect(writeRankWorkbook(path.join(dir, "ket-qua.csv"), input(src))).rejects.toBeInstanceOf(UsageError);
    expect(await fs.readFile(src, "utf8")).toBe("input bytes");
  });
});

test("opens in LibreOffice: converted to PDF, the text names every unit", async () => {
  const out = path.join(dir, "lo-check.xlsx");
  const r = ranked();
  await writeRankWorkbook(out, input(path.join(dir, "in.xlsx"), r));
  const profile = path.join(dir, "lo-profile");
  execFileSync(
    "soffice",
    [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, out],
    { stdio: "ignore", timeout: 180_000 },
  );
  const pdf = path.join(dir, "lo-check.pdf");
  expect(existsSync(pdf)).toBe(true);
  const text = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  for (const u of r.rank.result.units) expect(text).toContain(u.name);
  // the proposals sheet is printed too
  expect(text).toContain("Chờ rà soát");
});
