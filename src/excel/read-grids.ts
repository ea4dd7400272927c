/**
 * Reading the tracking sheets into `WorkbookGrids` (src/core/grid.ts) in a fixed number of round trips:
 *  1. the sheet names;
 *  2. for every sheet to read, in one batch: its used range (values only) — position and size — and the values
 *     of its first rows, a sample from which the size of the rest is estimated;
 *  3. the remaining rows of all sheets, packed into requests of ~4 MB (more requests only for more data).
 * A response that still exceeds Excel on the web's limit (rows much longer than the sample) is split in halves
 * and asked again. Only `values` is loaded; nothing is written.
 * `getUsedRange(true)` (not the OrNullObject variant) is used so that the sample range can be derived from it in
 * the same batch: on a blank sheet it is A1, which reads as one empty cell.
 */
import type { CellValue, SheetGrid, WorkbookGrids } from "../core/grid";
import { findSheets } from "../core/read/find-sheet";
import { matchKey } from "../core/text/fold";
import { ExcelPayloadError, errorCode } from "./errors";
import { CHUNK_BUDGET_BYTES, jsonBytes, packRequests } from "./payload";
import { syncWithin } from "./sync";

export interface ReadOptions {
  /** Further sheets to read by name (matched ignoring case and diacritics), e.g. the `Đề nghị` sheet. */
  readonly include?: ReadonlyArray<string>;
  /** Rows read with the first batch to estimate row sizes (default 20). */
  readonly sampleRows?: number;
  /** Bytes per request (default ~4 MB). */
  readonly budgetBytes?: number;
}

export interface ReadResult {
  /** The sheets read, in workbook order. */
  readonly grids: WorkbookGrids;
  /** Every sheet of the workbook, in order. */
  readonly sheetNames: ReadonlyArray<string>;
}

const DEFAULT_SAMPLE_ROWS = 20;
/** Safety margin on the estimated size of the rows not sampled. */
const ESTIMATE_MARGIN = 1.25;

interface Piece {
  readonly sheet: number;
  readonly start: number;
  readonly count: number;
  readonly bytes: number;
}

/** Names of the sheets to read: the tracking sheets found by name or alias, and the included ones. */
export function sheetsToRead(names: ReadonlyArray<string>, include: ReadonlyArray<string> = []): string[] {
  const found = findSheets({ sheets: names.map((name) => ({ name, values: [] })) });
  const wanted = new Set<string>(Object.values(found).map((f) => f.grid.name));
  const extra = new Set(include.map(matchKey));
  for (const n of names) if (extra.has(matchKey(n))) wanted.add(n);
  return names.filter((n) => wanted.has(n));
}

export async function readGrids(context: Excel.RequestContext, options: ReadOptions = {}): Promise<ReadResult> {
  const sampleRows = Math.max(1, options.sampleRows ?? DEFAULT_SAMPLE_ROWS);
  const budget = options.budgetBytes ?? CHUNK_BUDGET_BYTES;

  // 1. Sheet names.
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await syncWithin(context);
  const sheetNames = sheets.items.map((s) => s.name);
  const chosen = sheetsToRead(sheetNames, options.include);
  if (chosen.length === 0) return { grids: { sheets: [] }, sheetNames };

  // 2. Used ranges and samples, all sheets in one batch (one row each if even the samples are too large).
  const probe = (n: number) =>
    chosen.map((name) => {
      const ws = sheets.getItem(name);
      const used = ws.getUsedRange(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      const sample = used.getRow(0).getResizedRange(n - 1, 0);
      sample.load("values");
      return { name, ws, used, sample, sampleRows: n };
    });
  let probes = probe(sampleRows);
  try {
    await syncWithin(context);
  } catch (e) {
    if (errorCode(e) !== "ResponsePayloadSizeLimitExceeded" || sampleRows === 1) throw e;
    probes = probe(1);
    try {
      await syncWithin(context);
    } catch (e2) {
      if (errorCode(e2) === "ResponsePayloadSizeLimitExceeded") throw new ExcelPayloadError(chosen.join(", "));
      throw e2;
    }
  }

  const rows: CellValue[][][] = [];
  const pieces: Piece[] = [];
  probes.forEach((p, i) => {
    const head = (p.sample.values as CellValue[][]).slice(0, Math.min(p.sampleRows, p.used.rowCount));
    rows.push(head);
    const remaining = p.used.rowCount - head.length;
    if (remaining <= 0) return;
    const perRow = Math.ceil((jsonBytes(head) / Math.max(1, head.length)) * ESTIMATE_MARGIN) + 2;
    const rowsPerPiece = Math.max(1, Math.floor(budget / perRow));
    for (let start = head.length; start < p.used.rowCount; start += rowsPerPiece) {
      const count = Math.min(rowsPerPiece, p.used.rowCount - start);
      pieces.push({ sheet: i, start, count, bytes: count * perRow });
    }
  });

  // 3. The remaining rows, packed into requests under the budget; halved when Excel still refuses.
  const loaded = new Map<string, CellValue[][]>();
  const queue: Piece[][] = packRequests(pieces, budget);
  while (queue.length > 0) {
    const request = queue.shift() as Piece[];
    const ranges = request.map((piece) => {
      const p = probes[piece.sheet];
      const range = p.ws.getRangeByIndexes(p.used.rowIndex + piece.start, p.used.columnIndex, piece.count, p.used.columnCount);
      range.load("values");
      return range;
    });
    try {
      await syncWithin(context);
    } catch (e) {
      if (errorCode(e) !== "ResponsePayloadSizeLimitExceeded") throw e;
      if (request.length > 1) {
        // Ask for each piece alone first.
        queue.unshift(...request.map((piece) => [piece]));
      } else {
        const piece = request[0];
        if (piece.count === 1) throw new ExcelPayloadError(probes[piece.sheet].name);
        const a = Math.ceil(piece.count / 2);
        queue.unshift([{ ...piece, count: a, bytes: piece.bytes / 2 }], [{ ...piece, start: piece.start + a, count: piece.count - a, bytes: piece.bytes / 2 }]);
      }
      continue;
    }
    request.forEach((piece, k) => loaded.set(`${piece.sheet}:${piece.start}`, ranges[k].values as CellValue[][]));
  }

  // Reassemble each sheet's rows in order.
  const grids: SheetGrid[] = probes.map((p, i) => {
    const all = rows[i];
    let start = all.length;
    while (start < p.used.rowCount) {
      const part = loaded.get(`${i}:${start}`);
      if (!part) throw new Error(`internal: rows ${start}… of sheet ${p.name} were not read`);
      all.push(...part);
      start += part.length;
    }
    return { name: p.name, values: all, rowOffset: p.used.rowIndex, colOffset: p.used.columnIndex };
  });
  return { grids: { sheets: grids }, sheetNames };
}
