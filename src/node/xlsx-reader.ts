/**
 * The exceljs adapter: reads an .xlsx file (never writing it) into the same grids Office.js gives
 * (`Range.values` of each used range): empty cells "", dates as Excel serials computed without time-zone
 * shifts, formulas by their cached value, errors as "#N/A"…, merged cells blank except the top-left one.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { CellValue, SheetGrid, WorkbookGrids } from "../core/grid";
import { FileError } from "./file-errors";

const MS_PER_DAY = 86_400_000;

/**
 * JS Date (as exceljs gives it for a date-formatted cell, in UTC) → the Excel serial stored in the file,
 * keeping the time fraction. exceljs converts serials to dates linearly (serial − 25569 days from 1970), so
 * the inverse is linear too: a small number in a date-formatted cell (5, 60) comes back unchanged. A 1904
 * workbook's dates come back as 1900-system serials, which is what the core reads.
 */
export function dateToSerial(d: Date): number {
  return d.getTime() / MS_PER_DAY + 25569;
}

/** Converts an exceljs cell value to the Office.js shape. */
export function toGridValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateToSerial(value);
  if (typeof value === "object") {
    const v = value as unknown as Record<string, unknown>;
    if ("error" in v && typeof v.error === "string") return v.error;
    if ("richText" in v && Array.isArray(v.richText)) return (v.richText as Array<{ text: string }>).map((r) => r.text).join("");
    if ("formula" in v || "sharedFormula" in v) {
      const result = v.result as ExcelJS.CellValue | undefined;
      return result === undefined ? "" : toGridValue(result);
    }
    if ("text" in v) {
      const t = v.text;
      if (typeof t === "string") return t;
      if (t && typeof t === "object" && "richText" in (t as object)) return toGridValue(t as ExcelJS.CellValue);
    }
  }
  return "";
}

/** One worksheet → grid of its used range. */
export function worksheetToGrid(ws: ExcelJS.Worksheet): SheetGrid {
  let minRow = Infinity;
  let maxRow = 0;
  let minCol = Infinity;
  let maxCol = 0;
  const cells: Array<{ r: number; c: number; v: CellValue }> = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      let v: CellValue;
      if (cell.isMerged && cell.master && cell.master.address !== cell.address) v = "";
      else v = toGridValue(cell.value);
      if (v === "") return;
      cells.push({ r, c, v });
      if (r < minRow) minRow = r;
      if (r > maxRow) maxRow = r;
      if (c < minCol) minCol = c;
      if (c > maxCol) maxCol = c;
    });
  });
  if (cells.length === 0) return { name: ws.name, values: [], rowOffset: 0, colOffset: 0 };
  const width = maxCol - minCol + 1;
  const values: CellValue[][] = [];
  for (let r = minRow; r <= maxRow; r++) values.push(new Array<CellValue>(width).fill(""));
  for (const { r, c, v } of cells) values[r - minRow][c - minCol] = v;
  return { name: ws.name, values, rowOffset: minRow - 1, colOffset: minCol - 1 };
}

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** Reads the file's bytes, or throws a FileError that says what is wrong and what to do. */
export async function readWorkbookBytes(file: string): Promise<Buffer> {
  const name = path.basename(file);
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw new FileError("missing", { file });
  }
  if (stat.isDirectory()) throw new FileError("isDirectory", { file });
  if (stat.size === 0) throw new FileError("empty", { file: name });
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    throw new FileError("unreadable", { file: name, reason: (e as NodeJS.ErrnoException).code ?? "?" });
  }
  if (bytes.subarray(0, 8).equals(OLE_MAGIC)) {
    throw new FileError(hasCompoundEntry(bytes, "EncryptionInfo") ? "encrypted" : "xls", { file: name });
  }
  if (!bytes.subarray(0, 4).equals(ZIP_MAGIC)) {
    throw new FileError(looksLikeText(bytes) ? "csv" : "notXlsx", { file: name });
  }
  return bytes;
}

/**
 * True when an OLE compound file has a directory entry with this name. A password-protected .xlsx is such a
 * file with an `EncryptionInfo` stream; a legacy .xls has none. Directory entries are 128 bytes, aligned on
 * 128 within their sector: the UTF-16 name, then at offset 64 the name's byte length with its terminator.
 * (Checking the entry layout, not only the text, keeps a cell that happens to say "EncryptionInfo" from
 * making an .xls look encrypted.)
 */
export function hasCompoundEntry(bytes: Buffer, entry: string): boolean {
  const needle = Buffer.from(`${entry}\0`, "utf16le");
  for (let at = bytes.indexOf(needle); at >= 0; at = bytes.indexOf(needle, at + 1)) {
    if (at % 128 === 0 && at + 66 <= bytes.length && bytes.readUInt16LE(at + 64) === needle.length) return true;
  }
  return false;
}

function looksLikeText(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 4096);
  let printable = 0;
  for (const b of sample) if (b === 9 || b === 10 || b === 13 || b >= 32) printable++;
  return printable / sample.length > 0.95 && !sample.includes(0);
}

/** Loads an .xlsx with exceljs after the checks above; a broken zip or a non-Excel zip is a FileError. */
export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const name = path.basename(file);
  const bytes = await readWorkbookBytes(file);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new FileError("corrupt", { file: name });
  }
  if (!zip.file("xl/workbook.xml")) throw new FileError("notXlsx", { file: name });
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new FileError("corrupt", { file: name });
  }
  return wb;
}

/** Reads an .xlsx file into grids, one per worksheet, in workbook order. */
export async function readXlsxGrids(file: string): Promise<WorkbookGrids> {
  const wb = await loadWorkbook(file);
  return workbookToGrids(wb);
}

export function workbookToGrids(wb: ExcelJS.Workbook): WorkbookGrids {
  // `worksheets` is in tab order (eachSheet follows internal ids, which can differ).
  return { sheets: wb.worksheets.map(worksheetToGrid) };
}
