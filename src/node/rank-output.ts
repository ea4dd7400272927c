/**
 * `thidua rank --out F.xlsx`: writes a NEW workbook with the product's sheets — `KQ Xếp hạng`, `Đề nghị`
 * (reviews carried over from the input's `Đề nghị`), `Nhật ký` (the input's log + the new row) and the hidden
 * `Dữ kiện rà soát` (the facts behind each data stamp). Never the input workbook: an --out that names the input
 * file (same path, a link to it, or the same file under another name) is refused.
 * Header row bold and frozen, column widths, wrapped reasons, an autofilter, landscape page fit to width, and
 * the sheets' drop-down lists (`Trạng thái rà soát`) on exactly their data rows, with a warning alert.
 * Written through a temporary file in the same folder, then renamed, so a failure leaves no half-written file.
 * An existing file of that name (last week's results, perhaps with reviews typed into it) is never lost: it is
 * kept next to it as `<name>.truoc-YYYYMMDD-HHMMSS.xlsx` (the run's local time, `-2`, `-3`… when taken) before
 * the new file replaces it.
 */
import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { CheckResult } from "../core/check";
import type { CellValue, WorkbookGrids } from "../core/grid";
import type { Issue } from "../core/issues";
import type { RankOutput } from "../core/rank";
import type { Translate } from "../i18n";
import { buildLogSheet } from "../output/log-sheet";
import { buildProposalsSheet, DATE_TIME_FORMAT } from "../output/proposals-sheet";
import { buildRankingSheet, type OutputDropDown, type OutputSheet } from "../output/ranking-sheet";
import { UsageError } from "./file-errors";

export interface RankOutInput {
  /** The input workbook's grids (its Đề nghị, Dữ kiện rà soát and Nhật ký sheets are carried over). */
  readonly grids: WorkbookGrids;
  readonly check: CheckResult;
  readonly rank: RankOutput;
  readonly t: Translate;
  /** Who ran it (OS user name) and when (local ISO timestamp "YYYY-MM-DDTHH:MM:SS"), for the log. */
  readonly user: string;
  readonly now: string;
  /** The input workbook's path: the output must be another file. */
  readonly inputFile: string;
  /** Id of this writing client for the new log rows (default: "cli_" + random hex). */
  readonly clientId?: string;
}

export interface RankOutSummary {
  readonly file: string;
  /** Rows of `Đề nghị`, reviews carried over, and how many of those are stale (facts changed since). */
  readonly proposals: number;
  readonly carried: number;
  readonly stale: number;
  /** Warnings from reading the input's `Đề nghị` back (an unknown review state, a return without Ý kiến…). */
  readonly reviewIssues: ReadonlyArray<Issue>;
  /** Where the file that was at `file` before this run was kept (absent when there was none). */
  readonly previousKeptAs?: string;
}

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
const FONT = { name: "Times New Roman", size: 12 } as const;

async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** Refuses an output that is the input workbook, or not an .xlsx name. */
export async function checkOutPath(file: string, inputFile: string): Promise<void> {
  if (path.extname(file).toLowerCase() !== ".xlsx") throw new UsageError("ranking.out.notXlsx", { file: path.basename(file) });
  if (await sameFile(file, inputFile)) throw new UsageError("ranking.out.sameAsInput", { file: path.basename(inputFile) });
}

/** OOXML paper size 8 = A3 (exceljs's PaperSize type lists only some sizes). */
const PAPER_A3 = 8 as unknown as ExcelJS.PaperSize;

/** Points per line of 12-point Times New Roman. */
const LINE_HEIGHT = 16;

/** How many lines a text takes in a wrapped column `width` characters wide (an estimate on the safe side). */
export function wrappedLines(value: CellValue, width: number): number {
  if (typeof value !== "string" || value === "") return 1;
  const perLine = Math.max(1, Math.floor(width * 1.15));
  return value.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
}

/** exceljs value for a grid value: strings stay strings (so "=…", "+…", "-…", "@…" are text, never formulas). */
function cellValue(v: CellValue): ExcelJS.CellValue {
  if (v === undefined || v === null || v === "") return null;
  return v;
}

/** exceljs 4.4 keeps a sheet's validations in `dataValidations` (a range address per rule) but does not type it. */
type WithValidations = { dataValidations: { add(range: string, dv: ExcelJS.DataValidation): void } };

/**
 * A drop-down list on data rows 2…rows+1 of its column: an in-cell list (a quoted, comma-separated formula, as
 * Excel writes one), the input message, and a warning alert (Excel lets the person keep another value).
 */
export function addDropDown(ws: ExcelJS.Worksheet, d: OutputDropDown, rows: number): void {
  if (rows === 0) return;
  if (d.values.length === 0 || d.values.some((v) => v.includes(",") || v.includes('"'))) throw new Error("internal: a drop-down needs choices without commas or quotes");
  const letter = ws.getColumn(d.column + 1).letter;
  (ws as unknown as WithValidations).dataValidations.add(`${letter}2:${letter}${rows + 1}`, {
    type: "list",
    allowBlank: true,
    formulae: [`"${d.values.join(",")}"`],
    showInputMessage: true,
    promptTitle: d.promptTitle,
    prompt: d.prompt,
    showErrorMessage: true,
    errorStyle: "warning",
    errorTitle: d.errorTitle,
    error: d.error,
  });
}

export function addOutputSheet(wb: ExcelJS.Workbook, sheet: OutputSheet): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheet.name, {
    state: sheet.hidden ? "hidden" : "visible",
    views: [{ state: "frozen", ySplit: 1, xSplit: 0 }],
    pageSetup: { orientation: "landscape", paperSize: PAPER_A3, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:1", margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 } },
  });
  const width = Math.max(sheet.widths.length, ...sheet.values.map((r) => r.length));
  ws.columns = Array.from({ length: width }, (_, i) => ({ width: sheet.widths[i] ?? 14 }));
  for (const row of sheet.values) {
    const added = ws.addRow([]);
    row.forEach((v, i) => {
      added.getCell(i + 1).value = cellValue(v);
    });
  }
  const wrap = new Set(sheet.wrap ?? []);
  const dates = new Set(sheet.dateTimeColumns ?? []);
  for (let c = 0; c < width; c++) {
    const col = ws.getColumn(c + 1);
    col.font = { ...FONT };
    col.alignment = { vertical: "top", wrapText: wrap.has(c) };
    if (dates.has(c)) col.numFmt = DATE_TIME_FORMAT;
    if (sheet.hiddenColumns?.includes(c)) col.hidden = true;
  }
  // Row heights for wrapped text: neither Excel nor LibreOffice re-fits rows of a file written by a library.
  if (wrap.size > 0) {
    sheet.values.forEach((row, r) => {
      const lines = Math.max(1, ...[...wrap].map((c) => wrappedLines(row[c], sheet.widths[c] ?? 14)));
      if (lines > 1) ws.getRow(r + 1).height = Math.min(409, lines * LINE_HEIGHT);
    });
  }
  const header = ws.getRow(1);
  header.eachCell((cell) => {
    cell.font = { ...FONT, bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: "middle", wrapText: true };
    cell.border = { bottom: { style: "thin" } };
  });
  if (sheet.values.length > 0 && width > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: width } };
  for (const d of sheet.dropDowns ?? []) if (d.column < width) addDropDown(ws, d, Math.max(0, sheet.values.length - 1));
  return ws;
}

/** The sheets of the results workbook, in order (the last one hidden). */
export function rankOutSheets(input: RankOutInput, clientId: string): { sheets: OutputSheet[]; summary: Omit<RankOutSummary, "file"> } {
  const result = input.rank.result;
  const ranking = buildRankingSheet(result, input.t);
  const proposals = buildProposalsSheet({ result, data: input.check.data, grids: input.grids, t: input.t });
  const counts = { proposals: proposals.carry.rows.length, carried: proposals.carry.summary.carried, stale: proposals.carry.summary.stale };
  const log = buildLogSheet({ grids: input.grids, result, t: input.t, user: input.user, now: input.now, clientId, summary: counts });
  const summary = { ...counts, reviewIssues: proposals.issues };
  return { sheets: [ranking, proposals.sheet, log, proposals.facts], summary };
}

/** "2026-11-26T11:30:05" (the run's local time) → "20261126-113005". */
function backupStamp(now: string): string {
  const digits = now.replace(/\D/g, "");
  return digits.length >= 14 ? `${digits.slice(0, 8)}-${digits.slice(8, 14)}` : digits;
}

/** The names tried for the previous file, in order: kq.truoc-<stamp>.xlsx, kq.truoc-<stamp>-2.xlsx, … */
export function backupName(file: string, now: string, n: number): string {
  const ext = path.extname(file);
  const stem = file.slice(0, file.length - ext.length);
  return `${stem}.truoc-${backupStamp(now)}${n > 1 ? `-${n}` : ""}${ext}`;
}

/** Tries backup names until one does not exist, using `claim` (which fails with EEXIST when a name is taken). */
async function claimBackupName(file: string, now: string, claim: (name: string) => Promise<void>): Promise<string> {
  for (let n = 1; ; n++) {
    const name = backupName(file, now, n);
    try {
      await claim(name);
      return name;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST" || n >= 1000) throw e;
    }
  }
}

/**
 * Keeps the existing regular file `file` under a new backup name, leaving `file` itself in place (so the rename of
 * the new file over it stays the single atomic step). A hard link claims the name atomically and copies nothing;
 * where the file system has no hard links, the file is copied to a temporary name first and then linked or renamed,
 * so the backup is never half-written. Returns the backup's path, or undefined when there is no file to keep.
 */
async function keepPrevious(file: string, now: string, tmpSuffix: string): Promise<string | undefined> {
  try {
    if (!(await fs.lstat(file)).isFile()) return undefined;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw e;
  }
  try {
    return await claimBackupName(file, now, (name) => fs.link(file, name));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS" && code !== "EXDEV" && code !== "EMLINK") throw e;
  }
  const copy = path.join(path.dirname(file), `.${path.basename(file)}.${tmpSuffix}.previous.tmp`);
  try {
    await fs.copyFile(file, copy);
    return await claimBackupName(file, now, async (name) => {
      if (await exists(name)) throw Object.assign(new Error(name), { code: "EEXIST" });
      await fs.rename(copy, name);
    });
  } finally {
    await fs.rm(copy, { force: true });
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch {
    return false;
  }
}

export async function writeRankWorkbook(file: string, input: RankOutInput): Promise<RankOutSummary> {
  await checkOutPath(file, input.inputFile);
  const clientId = input.clientId ?? `cli_${randomBytes(6).toString("hex")}`;
  const { sheets, summary } = rankOutSheets(input, clientId);
  const wb = new ExcelJS.Workbook();
  wb.creator = "thidua";
  for (const s of sheets) addOutputSheet(wb, s);
  const dir = path.dirname(path.resolve(file));
  // A folder that does not exist yet is created, as `init` and `generate` do (without it the temporary file's
  // name came back in an ENOENT message).
  await fs.mkdir(dir, { recursive: true });
  const suffix = `${process.pid}.${randomBytes(4).toString("hex")}`;
  const tmp = path.join(dir, `.${path.basename(file)}.${suffix}.tmp`);
  let previousKeptAs: string | undefined;
  try {
    await wb.xlsx.writeFile(tmp);
    // Only once the new file is complete: a failed write leaves neither a backup nor a changed target.
    previousKeptAs = await keepPrevious(file, input.now, suffix);
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    // The target was not replaced, so it still holds the previous file: its backup copy is not needed.
    if (previousKeptAs !== undefined) await fs.rm(previousKeptAs, { force: true });
    throw e;
  }
  return previousKeptAs === undefined ? { file, ...summary } : { file, ...summary, previousKeptAs };
}
