/**
 * Appending rows to `Nhật ký` with their client-made ids (src/core/review/log.ts), shared by the review write and
 * by the pane's ranking and generation. Steps that queue work on a request context, so a caller can share round
 * trips with its own reads and writes: `queueLogLookup` (with the caller's survey), `placeLog` (after it),
 * `queueLogRows` (rows go below the last used row as Excel finds it when the request runs), then
 * `confirmLogRows` (reads the ids back; if another client appended into the same rows at the same moment, the
 * rows are appended again below — the ids make a row that survives twice count once).
 */
import type { CellValue } from "../core/grid";
import type { Msg } from "../core/issues";
import { DATE_TIME_FORMAT, findHeaderRow, LOG_COLUMNS, logRowValues, REVIEW_SHEETS, type LogField, type LogRow } from "../core/review";
import { columnWidthPoints, HEADER_FILL } from "./layout";
import { jsonBytes } from "./payload";
import { loadSheetNames, sheetNamed } from "./sheet-names";
import { runExcel, syncWithin, type ActionOptions } from "./sync";
import { protectCell } from "./text-safety";

/** How many times rows are appended again when another client took their place at the same moment. */
export const LOG_APPEND_ATTEMPTS = 3;
/** Rows read to find the header (the rule of every sheet: within the first 10). */
const HEADER_ROWS = 10;
const HEADER_COLUMNS = 26;

export { sheetNamed };

export interface LogLookup {
  readonly name: string | null;
  readonly ws: Excel.Worksheet | null;
  readonly used: Excel.Range | null;
  readonly head: Excel.Range | null;
}

/** Queues the loads that locate the log and its header (with the action's survey; needs the sheet names). */
export function queueLogLookup(context: Excel.RequestContext, names: ReadonlyArray<string>): LogLookup {
  const name = sheetNamed(names, REVIEW_SHEETS.log);
  if (!name) return { name, ws: null, used: null, head: null };
  const ws = context.workbook.worksheets.getItem(name);
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("rowIndex,rowCount");
  const head = ws.getRangeByIndexes(0, 0, HEADER_ROWS, HEADER_COLUMNS);
  head.load("values");
  return { name, ws, used, head };
}

export interface LogPlace {
  readonly ws: Excel.Worksheet;
  /** Field → 0-based column. */
  readonly layout: Readonly<Record<LogField, number>>;
}

/**
 * The log's layout (after the lookup's sync). Queues, when needed: the sheet with its header (id column hidden,
 * header frozen), a header in an empty sheet, or the columns a hand-made log lacks (after its last column).
 */
export function placeLog(context: Excel.RequestContext, lookup: LogLookup): LogPlace {
  const canonical = Object.fromEntries(LOG_COLUMNS.map((c, i) => [c.field, i])) as Record<LogField, number>;
  if (!lookup.ws) {
    const ws = context.workbook.worksheets.add(REVIEW_SHEETS.log);
    const header = ws.getRangeByIndexes(0, 0, 1, LOG_COLUMNS.length);
    header.values = [LOG_COLUMNS.map((c) => c.header)];
    header.format.font.bold = true;
    header.format.fill.color = HEADER_FILL;
    LOG_COLUMNS.forEach((c, j) => {
      ws.getRangeByIndexes(0, j, 1, 1).format.columnWidth = columnWidthPoints(c.width);
    });
    ws.getRangeByIndexes(0, canonical.id, 1, 1).columnHidden = true;
    ws.freezePanes.freezeRows(1);
    return { ws, layout: canonical };
  }
  const ws = lookup.ws;
  if (!lookup.used || lookup.used.isNullObject) {
    ws.getRangeByIndexes(0, 0, 1, LOG_COLUMNS.length).values = [LOG_COLUMNS.map((c) => c.header)];
    ws.getRangeByIndexes(0, canonical.id, 1, 1).columnHidden = true;
    return { ws, layout: canonical };
  }
  const header = findHeaderRow({ name: lookup.name ?? REVIEW_SHEETS.log, values: lookup.head!.values as CellValue[][] }, LOG_COLUMNS);
  const layout: Partial<Record<LogField, number>> = { ...(header?.columns ?? canonical) };
  const headerRow = header?.index ?? 0;
  let extra = Math.max(-1, ...Object.values(layout).map((c) => c as number)) + 1;
  for (const c of LOG_COLUMNS) {
    if (layout[c.field] !== undefined) continue;
    layout[c.field] = extra;
    const cell = ws.getRangeByIndexes(headerRow, extra, 1, 1);
    cell.values = [[c.header]];
    if (c.field === "id") cell.columnHidden = true;
    extra++;
  }
  return { ws, layout: layout as Record<LogField, number> };
}

/** Rows queued by `queueLogRows`; `rowIndex` of `block` is known after the sync that wrote them. */
export interface LogAppend {
  readonly block: Excel.Range;
}

/** Request bytes of log rows (for an action's write plan). */
export function logRowsBytes(rows: ReadonlyArray<LogRow>): number {
  return rows.reduce((n, r) => n + jsonBytes(logRowValues(r)) + DATE_TIME_FORMAT.length + 8, 0) + 4 * 160;
}

/**
 * Queues the rows right below the log's last used row AS EXCEL FINDS IT WHEN THE REQUEST RUNS (the position
 * is worked out by Excel, not from an earlier read, so a row another client appended since is never
 * overwritten); one range when the columns are in order, else column by column; times formatted.
 */
export function queueLogRows(place: LogPlace, rows: ReadonlyArray<LogRow>): LogAppend | null {
  if (rows.length === 0) return null;
  const block = place.ws.getUsedRange(true).getRowsBelow(rows.length).getEntireRow();
  const cols = LOG_COLUMNS.map((c) => place.layout[c.field]);
  const values = rows.map((r) => logRowValues(r).map((v) => protectCell(v)));
  const inOrder = cols.every((c, i) => i === 0 || c === cols[i - 1] + 1);
  if (inOrder) {
    block.getColumn(cols[0]).getResizedRange(0, cols.length - 1).values = values;
  } else {
    cols.forEach((c, j) => {
      block.getColumn(c).values = values.map((r) => [r[j]]);
    });
  }
  block.getColumn(place.layout.time).numberFormat = rows.map(() => [DATE_TIME_FORMAT]);
  block.load("rowIndex");
  return { block };
}

export type LogConfirm = { readonly ok: true; readonly firstRow: number; readonly attempts: number } | { readonly ok: false; readonly error: Msg };

/**
 * After the rows were sent: reads their ids back; when another client's rows took their place, appends them
 * again below the sheet's end (2 more round trips each time), at most LOG_APPEND_ATTEMPTS times in all.
 */
export async function confirmLogRows(context: Excel.RequestContext, place: LogPlace, rows: ReadonlyArray<LogRow>, append: LogAppend | null): Promise<LogConfirm> {
  if (!append) return { ok: true, firstRow: 0, attempts: 1 };
  let at = append.block.rowIndex;
  for (let attempt = 1; ; attempt++) {
    const check = place.ws.getRangeByIndexes(at, place.layout.id, rows.length, 1);
    check.load("values");
    await syncWithin(context);
    const written = check.values.map((r) => String(r[0]));
    if (rows.every((r, i) => written[i] === r.id)) return { ok: true, firstRow: at + 1, attempts: attempt };
    if (attempt >= LOG_APPEND_ATTEMPTS) return { ok: false, error: { key: "review.error.logConflict", params: { attempts: attempt } } };
    const again = queueLogRows(place, rows) as LogAppend;
    await syncWithin(context);
    at = again.block.rowIndex;
  }
}

/**
 * Appends log rows (a ranking's or a generation's, made with `logRow`) as one step: 4 round trips, whatever the
 * size of the log (names, lookup, write, confirm).
 */
export async function appendLogEntries(context: Excel.RequestContext, rows: ReadonlyArray<LogRow>): Promise<LogConfirm> {
  const names = await loadSheetNames(context);
  const lookup = queueLogLookup(context, names.names);
  await syncWithin(context);
  const place = placeLog(context, lookup);
  const append = queueLogRows(place, rows);
  await syncWithin(context);
  return confirmLogRows(context, place, rows, append);
}

/** The action: one `Excel.run`. */
export function appendLogAction(rows: ReadonlyArray<LogRow>, options: ActionOptions = {}): Promise<LogConfirm> {
  return runExcel((ctx) => appendLogEntries(ctx, rows), options);
}
