/**
 * Reading the tracking sheets into `WorkbookGrids` (src/core/grid.ts) in a fixed number of round trips:
 *  1. the sheet names (sheet-names.ts);
 *  2. the survey: for every sheet to read, its used range (values only) — position and size — and the values
 *     of its first rows, from which the size of the rest is estimated. An action adds what else it needs to
 *     know to this same request (`surveyWorkbook`): the log's header, conditional formats, a row to update;
 *  3. the remaining rows of all sheets, in requests filled up to ~4 MB: a request takes rows from several
 *     sheets, a sheet's rows are cut exactly where the request is full, and every request is planned from the
 *     size of the rows actually read so far (more requests only for more data). A response that still exceeds
 *     Excel on the web's limit (rows much longer than those read) is asked again in halves.
 * Only `values` is loaded; nothing is written.
 * `getUsedRange(true)` (not the OrNullObject variant) is used so that the sample range can be derived from it in
 * the same batch: on a blank sheet it is A1, which reads as one empty cell.
 */
import type { CellValue, SheetGrid, WorkbookGrids } from "../core/grid";
import { findSheets } from "../core/read/find-sheet";
import { matchKey } from "../core/text/fold";
import { ExcelPayloadError, errorCode } from "./errors";
import { CHUNK_BUDGET_BYTES, jsonBytes } from "./payload";
import { loadSheetNames, type SheetNames } from "./sheet-names";
import { syncWithin } from "./sync";

export interface ReadOptions {
  /** Further sheets to read by name (matched ignoring case and diacritics), e.g. the `Đề nghị` sheet. */
  readonly include?: ReadonlyArray<string>;
  /** Rows read with the survey to estimate row sizes (default 20). */
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

export const DEFAULT_SAMPLE_ROWS = 20;
/** Safety margin on the estimated size of rows not read yet (the limit, 5 MB, leaves 25 % more). */
const ESTIMATE_MARGIN = 1.05;
const RESPONSE_TOO_LARGE = "ResponsePayloadSizeLimitExceeded";

/** Names of the sheets to read: the tracking sheets found by name or alias, and the included ones. */
export function sheetsToRead(names: ReadonlyArray<string>, include: ReadonlyArray<string> = []): string[] {
  const found = findSheets({ sheets: names.map((name) => ({ name, values: [] })) });
  const wanted = new Set<string>(Object.values(found).map((f) => f.grid.name));
  const extra = new Set(include.map(matchKey));
  for (const n of names) if (extra.has(matchKey(n))) wanted.add(n);
  return names.filter((n) => wanted.has(n));
}

interface Probe {
  readonly name: string;
  readonly ws: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly sample: Excel.Range;
  readonly sampleRows: number;
}

/** What the survey asked about the sheets to read; `readRest` reads the rest after the survey's sync. */
export interface ReadSurvey {
  readonly sheetNames: ReadonlyArray<string>;
  readonly probes: ReadonlyArray<Probe>;
}

/** Queues the survey of the sheets to read (round trip 2; sent by the caller's sync). */
export function queueReadSurvey(context: Excel.RequestContext, names: SheetNames, options: ReadOptions = {}, sampleRows = options.sampleRows ?? DEFAULT_SAMPLE_ROWS): ReadSurvey {
  const n = Math.max(1, sampleRows);
  const sheets = context.workbook.worksheets;
  const probes = sheetsToRead(names.names, options.include).map((name) => {
    const ws = sheets.getItem(name);
    const used = ws.getUsedRange(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    const sample = used.getRow(0).getResizedRange(n - 1, 0);
    sample.load("values");
    return { name, ws, used, sample, sampleRows: n };
  });
  return { sheetNames: names.names, probes };
}

/**
 * Sends round trip 2: `queue(sampleRows)` queues everything the action asks in it. When the response would
 * exceed Excel on the web's limit (the first rows are that long), everything is asked again with one sample row.
 */
export async function surveyWorkbook<T>(
  context: Excel.RequestContext,
  queue: (sampleRows: number) => T,
  options: { readonly sampleRows?: number; readonly sheets?: ReadonlyArray<string> } = {},
): Promise<T> {
  const sampleRows = options.sampleRows ?? DEFAULT_SAMPLE_ROWS;
  let queued = queue(sampleRows);
  try {
    await syncWithin(context);
  } catch (e) {
    if (errorCode(e) !== RESPONSE_TOO_LARGE || sampleRows <= 1) throw e;
    queued = queue(1);
    try {
      await syncWithin(context);
    } catch (e2) {
      if (errorCode(e2) === RESPONSE_TOO_LARGE) throw new ExcelPayloadError((options.sheets ?? []).join(", "));
      throw e2;
    }
  }
  return queued;
}

interface SheetRead {
  readonly name: string;
  readonly ws: Excel.Worksheet;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  rows: CellValue[][];
  /** Bytes and rows of what was read so far (the estimate of the rest). */
  bytes: number;
  measured: number;
}

interface Piece {
  readonly sheet: SheetRead;
  readonly start: number;
  readonly count: number;
}

export interface ReadRestOptions {
  readonly budgetBytes?: number;
  /** Sync once even when every row came with the survey (the caller queued loads that must be answered). */
  readonly flush?: boolean;
  /** Sheets read again from their first row (the action wrote into them after the survey). */
  readonly reread?: ReadonlyArray<string>;
}

function estimate(s: SheetRead): number {
  return Math.ceil((Math.max(s.bytes, 2 * s.columnCount) / Math.max(1, s.measured)) * ESTIMATE_MARGIN) + 1;
}

/** The next request: rows from the sheets in order, filled up to `budget` by the estimated row sizes. */
function planRequest(sheets: ReadonlyArray<SheetRead>, budget: number): Piece[] {
  const pieces: Piece[] = [];
  let room = budget;
  for (const s of sheets) {
    const left = s.rowCount - s.rows.length;
    if (left <= 0) continue;
    const perRow = estimate(s);
    let count = Math.min(left, Math.floor(room / perRow));
    if (count < 1) {
      if (pieces.length > 0) break;
      count = 1;
    }
    pieces.push({ sheet: s, start: s.rows.length, count });
    room -= count * perRow;
    if (count < left) break;
  }
  return pieces;
}

/** Round trips 3…: the rows the survey did not bring, in requests of ~4 MB. */
export async function readRest(context: Excel.RequestContext, survey: ReadSurvey, options: ReadRestOptions = {}): Promise<ReadResult> {
  const budget = options.budgetBytes ?? CHUNK_BUDGET_BYTES;
  const reread = new Set((options.reread ?? []).map(matchKey));
  const sheets: SheetRead[] = survey.probes.map((p) => {
    const head = (p.sample.values as CellValue[][]).slice(0, Math.min(p.sampleRows, p.used.rowCount));
    return {
      name: p.name,
      ws: p.ws,
      rowIndex: p.used.rowIndex,
      columnIndex: p.used.columnIndex,
      rowCount: p.used.rowCount,
      columnCount: p.used.columnCount,
      rows: reread.has(matchKey(p.name)) ? [] : head,
      bytes: jsonBytes(head),
      measured: head.length,
    };
  });

  let synced = false;
  let scale = 1;
  for (;;) {
    const request = planRequest(sheets, budget * scale);
    if (request.length === 0) break;
    const ranges = request.map((piece) => {
      const s = piece.sheet;
      const range = s.ws.getRangeByIndexes(s.rowIndex + piece.start, s.columnIndex, piece.count, s.columnCount);
      range.load("values");
      return range;
    });
    try {
      await syncWithin(context);
      synced = true;
    } catch (e) {
      if (errorCode(e) !== RESPONSE_TOO_LARGE) throw e;
      if (request.length === 1 && request[0].count === 1) throw new ExcelPayloadError(request[0].sheet.name);
      scale /= 2;
      continue;
    }
    scale = 1;
    request.forEach((piece, k) => {
      const values = ranges[k].values as CellValue[][];
      piece.sheet.rows.push(...values);
      piece.sheet.bytes += jsonBytes(values);
      piece.sheet.measured += values.length;
    });
  }
  if (!synced && options.flush) await syncWithin(context);

  const grids: SheetGrid[] = sheets.map((s) => ({ name: s.name, values: s.rows, rowOffset: s.rowIndex, colOffset: s.columnIndex }));
  return { grids: { sheets: grids }, sheetNames: survey.sheetNames };
}

/** Reading as one step: names, survey, rows (3 round trips, more only for more than ~4 MB of rows). */
export async function readGrids(context: Excel.RequestContext, options: ReadOptions = {}): Promise<ReadResult> {
  const names = await loadSheetNames(context);
  const chosen = sheetsToRead(names.names, options.include);
  if (chosen.length === 0) return { grids: { sheets: [] }, sheetNames: names.names };
  const survey = await surveyWorkbook(context, (n) => queueReadSurvey(context, names, options, n), { sampleRows: options.sampleRows, sheets: chosen });
  return readRest(context, survey, { budgetBytes: options.budgetBytes });
}
