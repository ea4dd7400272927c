/**
 * Writes generated grids to an .xlsx with exceljs's streaming writer (fast at national scale): real Excel
 * dates (serials with a dd/mm/yyyy format) in date columns, percent and thousands formats, a bold frozen
 * header, merged banner rows. With `deterministic`, the zip is re-packed with fixed timestamps so the same
 * grids always give the same bytes.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { NUMBER_FORMATS } from "../../core/schema/blank";
import type { GeneratedSheet, GeneratedWorkbook } from "./grids";

export interface WriteOptions {
  /** Re-pack with fixed zip timestamps and document dates: identical bytes for identical grids. */
  readonly deterministic?: boolean;
  /** Document properties. */
  readonly title?: string;
  readonly creator?: string;
}

const FIXED_DATE = new Date(Date.UTC(2025, 11, 31, 0, 0, 0));
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF9BA7B4" } };

function numFmtOf(kind: GeneratedSheet["kinds"][number]): string | undefined {
  return NUMBER_FORMATS[kind];
}

function writeSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, sheet: GeneratedSheet): void {
  const ws = wb.addWorksheet(sheet.name, {
    views: [{ state: "frozen", ySplit: sheet.headerIndex + 1 }],
    // Printed as a clerk would: A4 landscape, all columns on one page width, the header repeated.
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${sheet.headerIndex + 1}:${sheet.headerIndex + 1}` },
  });
  ws.columns = sheet.widths.map((width, i) => {
    const numFmt = numFmtOf(sheet.kinds[i]);
    return { width, ...(numFmt ? { style: { numFmt } } : {}) };
  });
  sheet.values.forEach((values, i) => {
    const row = ws.addRow([...values]);
    if (i < sheet.headerIndex) {
      row.font = { bold: i === 0, italic: i > 0, size: i === 0 ? 14 : 11, name: "Times New Roman" };
      row.alignment = { horizontal: "center", vertical: "middle" };
      if (i === 0) row.height = 24;
    } else if (i === sheet.headerIndex) {
      row.height = 32;
      row.eachCell((cell) => {
        cell.font = { bold: true, name: "Times New Roman", size: 12 };
        cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
        cell.fill = HEADER_FILL;
        cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
      });
    }
    // Banner rows stay open until their merges are declared (a committed row cannot be merged).
    if (i === sheet.headerIndex) for (const range of sheet.merges) ws.mergeCells(range);
    if (i >= sheet.headerIndex) row.commit();
  });
  ws.commit();
}

/** Writes the workbook to `file` (its folder is created). */
export async function writeXlsx(workbook: GeneratedWorkbook, file: string, options: WriteOptions = {}): Promise<void> {
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    sink.on("end", () => resolve());
    sink.on("error", reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: true });
  wb.creator = options.creator ?? "thidua";
  if (options.title) wb.title = options.title;
  if (options.deterministic) {
    wb.created = FIXED_DATE;
    wb.modified = FIXED_DATE;
  }
  for (const sheet of workbook.sheets) writeSheet(wb, sheet);
  await wb.commit();
  await done;
  let bytes: Buffer = Buffer.concat(chunks);
  if (options.deterministic) bytes = await repack(bytes);
  await fs.writeFile(file, bytes);
}

/** Same entries, fixed timestamps, stable order. */
async function repack(bytes: Buffer): Promise<Buffer> {
  const src = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  const names = Object.keys(src.files).filter((n) => !src.files[n].dir);
  for (const name of names) {
    out.file(name, await src.files[name].async("uint8array"), { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 }, platform: "UNIX" });
}
