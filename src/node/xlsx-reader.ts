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

/**
 * A formula cell whose cached value exceljs could not give. exceljs turns the cached result of every formula in a
 * date-formatted cell into a Date, so an error (`=DATEVALUE(…)` → #VALUE!) or a text result (`=TEXT(…)`) becomes an
 * Invalid Date and its value is lost; the reader then takes it from the sheet's XML (readXlsxGrids).
 */
export interface UnreadFormula {
  readonly address: string;
  /** The grid row that holds it, and its index there (where the value read from the XML goes). */
  readonly row: CellValue[];
  readonly index: number;
}

function isLostFormulaResult(value: ExcelJS.CellValue): boolean {
  if (!value || typeof value !== "object" || !("formula" in value || "sharedFormula" in value)) return false;
  const result = (value as { result?: unknown }).result;
  return result instanceof Date && Number.isNaN(result.getTime());
}

/**
 * One worksheet → grid of its used range. Formula cells whose value exceljs lost (see UnreadFormula) are listed in
 * `unread` and read as "" until their value is filled in from the XML.
 */
export function worksheetToGrid(ws: ExcelJS.Worksheet, unread?: UnreadFormula[]): SheetGrid {
  let minRow = Infinity;
  let maxRow = 0;
  let minCol = Infinity;
  let maxCol = 0;
  const cells: Array<{ r: number; c: number; v: CellValue }> = [];
  const lost: Array<{ r: number; c: number; address: string }> = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      let v: CellValue;
      if (cell.isMerged && cell.master && cell.master.address !== cell.address) v = "";
      else if (unread && isLostFormulaResult(cell.value)) {
        lost.push({ r, c, address: cell.address });
        v = "#VALUE!"; // a placeholder that keeps the cell in the used range; replaced from the XML
      } else v = toGridValue(cell.value);
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
  for (const { r, c, address } of lost) unread?.push({ address, row: values[r - minRow], index: c - minCol });
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
  return (await openWorkbook(file)).wb;
}

async function openWorkbook(file: string): Promise<{ wb: ExcelJS.Workbook; zip: JSZip }> {
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
  return { wb, zip };
}

/** Reads an .xlsx file into grids, one per worksheet, in workbook order. */
export async function readXlsxGrids(file: string): Promise<WorkbookGrids> {
  const { wb, zip } = await openWorkbook(file);
  const sheets: SheetGrid[] = [];
  for (const ws of wb.worksheets) {
    const unread: UnreadFormula[] = [];
    const grid = worksheetToGrid(ws, unread);
    if (unread.length > 0) {
      const xml = await sheetXml(zip, ws.name);
      for (const u of unread) u.row[u.index] = xml === null ? "" : cachedValue(xml, u.address);
    }
    sheets.push(grid);
  }
  return { sheets };
}

const XML_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e.startsWith("#x") ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith("#") ? String.fromCodePoint(Number(e.slice(1))) : XML_ENTITIES[e],
  );
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decodeXml(m[1]) : undefined;
}

/** The XML of the worksheet with this name (xl/workbook.xml → its relationship → the part), or null. */
async function sheetXml(zip: JSZip, name: string): Promise<string | null> {
  const workbook = await zip.file("xl/workbook.xml")?.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")?.async("string");
  if (!workbook || !rels) return null;
  const sheet = (workbook.match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? []).find((tag) => attribute(tag, "name") === name);
  const id = sheet && /\sr:id="([^"]*)"/.exec(sheet)?.[1];
  const rel = id ? (rels.match(/<(?:\w+:)?Relationship\b[^>]*>/g) ?? []).find((tag) => attribute(tag, "Id") === id) : undefined;
  const target = rel && attribute(rel, "Target");
  if (!target) return null;
  const part = target.startsWith("/") ? target.slice(1) : path.posix.normalize(`xl/${target}`);
  return (await zip.file(part)?.async("string")) ?? null;
}

/** The cached value of one formula cell in the sheet's XML, as Office.js gives it: error text, text, boolean or number. */
export function cachedValue(xml: string, address: string): CellValue {
  const m = new RegExp(`<(\\w+:)?c\\b([^>]*\\sr="${address}"[^>]*?)(?:/>|>([\\s\\S]*?)</\\1?c>)`).exec(xml);
  if (!m) return "";
  const v = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/.exec(m[3] ?? "");
  if (!v) return "";
  const text = decodeXml(v[1]);
  const type = attribute(m[2], "t");
  if (type === "b") return text === "1";
  if (type === "e" || type === "str") return text;
  const n = Number(text);
  return text.trim() !== "" && Number.isFinite(n) ? n : text;
}

export function workbookToGrids(wb: ExcelJS.Workbook): WorkbookGrids {
  // `worksheets` is in tab order (eachSheet follows internal ids, which can differ).
  return { sheets: wb.worksheets.map((ws) => worksheetToGrid(ws)) };
}
