/**
 * Writing the product's own output sheets (KQ Kiểm tra, KQ Xếp hạng, Đề nghị): each sheet's previous content is
 * cleared (values, formats, conditional formats, validation, frozen panes) or the sheet is added, then the header
 * and rows are written as 2-D arrays — one assignment per sheet, cut into ~4 MB chunks only when larger — with
 * calculation suspended until each sync. Round trips: one to find the sheets, then one per ~4 MB request.
 * Text that Excel would parse (=, +, -, @, numbers-as-text…) is written with the quote prefix (text-safety.ts).
 */
import type { CellValue } from "../core/grid";
import { internalLinkFormula, columnWidthPoints, HEADER_FILL } from "./layout";
import { assertRewritable } from "./own-sheets";
import { CHUNK_BUDGET_BYTES, jsonBytes, packRequests, planRowChunks } from "./payload";
import { syncWithin } from "./sync";
import { protectCell } from "./text-safety";

/** A link to a cell of the workbook, written as a HYPERLINK formula. */
export interface OutputLink {
  /** "Sheet!A1" */
  readonly link: string;
  readonly text: string;
}

export type OutputCell = CellValue | OutputLink;

export interface OutputColumn {
  readonly header: string;
  /** Width in characters. */
  readonly width?: number;
  /** Excel number format of the data cells (e.g. "dd/mm/yyyy", "0.00"). */
  readonly numberFormat?: string;
}

export interface OutputTable {
  readonly sheet: string;
  readonly columns: ReadonlyArray<OutputColumn>;
  readonly rows: ReadonlyArray<ReadonlyArray<OutputCell>>;
}

export interface WriteOptions {
  readonly budgetBytes?: number;
}

export interface WriteReport {
  readonly sheets: ReadonlyArray<{ readonly sheet: string; readonly rows: number; readonly added: boolean }>;
}

function isLink(cell: OutputCell): cell is OutputLink {
  return typeof cell === "object" && cell !== null && typeof (cell as OutputLink).link === "string";
}

/** One output row as `Range.values` input: exactly `width` cells, text protected, links as formulas. */
export function outputRow(row: ReadonlyArray<OutputCell>, width: number): Array<string | number | boolean> {
  const out: Array<string | number | boolean> = [];
  for (let c = 0; c < width; c++) {
    const cell = row[c];
    out.push(isLink(cell) ? internalLinkFormula(cell.link, cell.text) : protectCell(cell as CellValue));
  }
  return out;
}

interface Piece {
  readonly table: number;
  /** First sheet row (0 = header row). */
  readonly start: number;
  readonly count: number;
  readonly bytes: number;
}

export async function writeOutputSheets(context: Excel.RequestContext, tables: ReadonlyArray<OutputTable>, options: WriteOptions = {}): Promise<WriteReport> {
  for (const t of tables) assertRewritable(t.sheet);
  const budget = options.budgetBytes ?? CHUNK_BUDGET_BYTES;
  const worksheets = context.workbook.worksheets;

  // 1. Which output sheets exist already.
  const found = tables.map((t) => worksheets.getItemOrNullObject(t.sheet));
  await syncWithin(context);

  // Every sheet's rows (header first) and how they split into chunks.
  const grids = tables.map((t) => [t.columns.map((c) => protectCell(c.header)), ...t.rows.map((r) => outputRow(r, t.columns.length))]);
  const pieces: Piece[] = [];
  grids.forEach((g, i) => {
    const formatted = tables[i].columns.filter((c) => c.numberFormat).length;
    const rowBytes = g.map((row) => jsonBytes(row) + formatted * 24);
    for (const chunk of planRowChunks(rowBytes, budget)) {
      let bytes = 0;
      for (let r = chunk.start; r < chunk.start + chunk.count; r++) bytes += rowBytes[r];
      pieces.push({ table: i, start: chunk.start, count: chunk.count, bytes });
    }
  });
  const requests = packRequests(pieces, budget, 2_000 * tables.length);

  // 2. Reset or add the sheets, then write, one request per ~4 MB.
  const sheets = tables.map((t, i) => {
    const ws = found[i].isNullObject ? worksheets.add(t.sheet) : found[i];
    if (!found[i].isNullObject) {
      const all = ws.getRange();
      all.clear("All");
      all.conditionalFormats.clearAll();
      all.dataValidation.clear();
      ws.freezePanes.unfreeze();
    }
    const n = t.columns.length;
    if (n > 0) {
      const header = ws.getRangeByIndexes(0, 0, 1, n);
      header.format.font.bold = true;
      header.format.fill.color = HEADER_FILL;
      header.format.wrapText = true;
      t.columns.forEach((c, j) => {
        ws.getRangeByIndexes(0, j, 1, 1).format.columnWidth = columnWidthPoints(c.width ?? 14);
      });
      ws.freezePanes.freezeRows(1);
    }
    return ws;
  });
  for (const request of requests) {
    context.workbook.application.suspendApiCalculationUntilNextSync();
    for (const piece of request) {
      const t = tables[piece.table];
      const n = t.columns.length;
      if (n === 0) continue;
      const ws = sheets[piece.table];
      const dataStart = Math.max(piece.start, 1);
      const dataCount = piece.start + piece.count - dataStart;
      if (dataCount > 0) {
        t.columns.forEach((c, j) => {
          if (!c.numberFormat) return;
          ws.getRangeByIndexes(dataStart, j, dataCount, 1).numberFormat = Array.from({ length: dataCount }, () => [c.numberFormat as string]);
        });
      }
      ws.getRangeByIndexes(piece.start, 0, piece.count, n).values = grids[piece.table].slice(piece.start, piece.start + piece.count);
    }
    await syncWithin(context);
  }
  return { sheets: tables.map((t, i) => ({ sheet: t.sheet, rows: t.rows.length, added: found[i].isNullObject })) };
}
