/**
 * The Rà soát tab's write: one review (approve / return with a note / back to waiting) as a single-row update of
 * the product's own `Đề nghị` sheet plus one appended `Nhật ký` row carrying the client-made id — no
 * `rows.add` loops, no dialogs (refusals come back as messages for the pane to show), nothing kept outside the
 * workbook. Round trips, whatever the size of the sheets: (1) sheet names, (2) the `Đề nghị` values and the
 * positions of `Nhật ký` / `Dữ kiện rà soát`, (3) the writes, (4) reading back the log row's id. If another
 * client appended to the log at the same moment and took the row, the row is appended again below (2 more round
 * trips per retry); the id makes a row that survives twice count once.
 */
import type { CellValue } from "../core/grid";
import type { Msg } from "../core/issues";
import {
  dataStamp,
  DATE_TIME_FORMAT,
  FACTS_COLUMNS,
  findHeaderRow,
  LOG_COLUMNS,
  logRowValues,
  prepareReview,
  readProposalSheet,
  reviewCells,
  REVIEW_SHEETS,
  serialiseFacts,
  MAX_CELL_TEXT,
  type FactsRecord,
  type LogField,
  type ProposalField,
  type RenderMsg,
  type ReviewWrite,
} from "../core/review";
import { proposalKey } from "../core/review/keys";
import { matchKey } from "../core/text/fold";
import { columnWidthPoints, HEADER_FILL } from "./layout";
import { runExcel, syncWithin, type ActionOptions } from "./sync";
import { protectCell } from "./text-safety";

export interface ReviewRequest extends ReviewWrite {
  /**
   * The facts record behind `stamp` (from the pane's current ranking). Appended to the hidden
   * `Dữ kiện rà soát` so that a later ranking can name what changed after this review.
   */
  readonly facts?: FactsRecord;
}

export type ReviewWriteResult =
  | { readonly ok: true; readonly row: number; readonly logRow: number; readonly attempts: number }
  | { readonly ok: false; readonly error: Msg };

/** How many times the log row is appended again when another client took its row at the same moment. */
export const LOG_APPEND_ATTEMPTS = 3;

const REVIEW_FIELDS: ReadonlyArray<ProposalField> = ["status", "reviewer", "reviewedAt", "comment", "stamp", "systemNote"];
/** Rows read to find the `Nhật ký` header (same rule as every sheet: within the first 10). */
const HEADER_ROWS = 10;
const HEADER_COLUMNS = 26;

function byName(names: ReadonlyArray<string>, wanted: string): string | null {
  const key = matchKey(wanted);
  return names.find((n) => matchKey(n) === key) ?? null;
}

/** Writes cells of one sheet row given by (field → 0-based column): one range when contiguous, else cell by cell. */
function writeRow<F extends string>(ws: Excel.Worksheet, row0: number, cells: ReadonlyArray<readonly [F, number, CellValue]>, timeField?: F): void {
  const sorted = [...cells].sort((a, b) => a[1] - b[1]);
  const contiguous = sorted.every((c, i) => i === 0 || c[1] === sorted[i - 1][1] + 1);
  if (contiguous && sorted.length > 0) {
    const range = ws.getRangeByIndexes(row0, sorted[0][1], 1, sorted.length);
    range.values = [sorted.map((c) => protectCell(c[2]))];
    const t = sorted.findIndex((c) => c[0] === timeField);
    if (t >= 0) ws.getRangeByIndexes(row0, sorted[t][1], 1, 1).numberFormat = [[DATE_TIME_FORMAT]];
    return;
  }
  for (const [field, col, value] of sorted) {
    const cell = ws.getRangeByIndexes(row0, col, 1, 1);
    cell.values = [[protectCell(value)]];
    if (field === timeField) cell.numberFormat = [[DATE_TIME_FORMAT]];
  }
}

function addLogSheet(context: Excel.RequestContext, name: string): Excel.Worksheet {
  const ws = context.workbook.worksheets.add(name);
  const header = ws.getRangeByIndexes(0, 0, 1, LOG_COLUMNS.length);
  header.values = [LOG_COLUMNS.map((c) => c.header)];
  header.format.font.bold = true;
  header.format.fill.color = HEADER_FILL;
  LOG_COLUMNS.forEach((c, j) => {
    ws.getRangeByIndexes(0, j, 1, 1).format.columnWidth = columnWidthPoints(c.width);
  });
  ws.getRangeByIndexes(0, LOG_COLUMNS.length - 1, 1, 1).columnHidden = true;
  ws.freezePanes.freezeRows(1);
  return ws;
}

/**
 * One review, as a step of an `Excel.run` (the pane may combine it with other steps). Refusals — no reviewer
 * name, a return without `Ý kiến`, no `Đề nghị` sheet, the row not found — come back as `{ ok: false, error }`
 * with nothing written.
 */
export async function writeReview(context: Excel.RequestContext, request: ReviewRequest, render: RenderMsg): Promise<ReviewWriteResult> {
  const prepared = prepareReview(request, render);
  if (!prepared.ok) return prepared;
  const p = prepared.value;

  // 1. Which of the product's sheets exist (names matched ignoring case and diacritics).
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await syncWithin(context);
  const names = sheets.items.map((s) => s.name);
  const proposalsName = byName(names, REVIEW_SHEETS.proposals);
  if (!proposalsName) return { ok: false, error: { key: "review.error.noSheet", params: { sheet: REVIEW_SHEETS.proposals } } };
  const logName = byName(names, REVIEW_SHEETS.log);
  const factsName = byName(names, REVIEW_SHEETS.facts);

  // 2. The proposals' values; where the log and the facts end; the log's header.
  const proposalsWs = sheets.getItem(proposalsName);
  const used = proposalsWs.getUsedRangeOrNullObject(true);
  used.load("values,rowIndex,columnIndex");
  const logWs = logName ? sheets.getItem(logName) : null;
  const logUsed = logWs?.getUsedRangeOrNullObject(true);
  logUsed?.load("rowIndex,rowCount");
  const logHead = logWs?.getRangeByIndexes(0, 0, HEADER_ROWS, HEADER_COLUMNS);
  logHead?.load("values");
  const storeFacts = request.facts && dataStamp(request.facts) === p.stamp ? request.facts : null;
  const factsWs = storeFacts && factsName ? sheets.getItem(factsName) : null;
  const factsUsed = factsWs?.getUsedRangeOrNullObject(true);
  factsUsed?.load("rowIndex,rowCount");
  await syncWithin(context);

  if (used.isNullObject) return { ok: false, error: { key: "review.error.rowNotFound", params: { subject: p.subject, title: p.title, sheet: proposalsName } } };
  const read = readProposalSheet({ name: proposalsName, values: used.values as CellValue[][], rowOffset: used.rowIndex, colOffset: used.columnIndex });
  const target = read.rows.find((r) => proposalKey(r.subject, r.title) === p.key);
  if (!target || target.row === null || !read.layout) {
    return { ok: false, error: { key: "review.error.rowNotFound", params: { subject: p.subject, title: p.title, sheet: proposalsName } } };
  }

  // 3. Writes: the row's review cells, the log row, the facts record.
  const stamp = p.stamp !== "" ? p.stamp : target.stamp;
  const cells = reviewCells(p.review, stamp, "");
  const rowCells: Array<readonly [ProposalField, number, CellValue]> = [];
  REVIEW_FIELDS.forEach((f, i) => {
    const col = read.layout!.columns[f];
    if (col !== undefined) rowCells.push([f, col, cells[i]]);
  });
  writeRow(proposalsWs, target.row - 1, rowCells, "reviewedAt");

  let ws: Excel.Worksheet;
  let layout: Partial<Record<LogField, number>>;
  let next: number;
  if (!logWs || !logUsed || logUsed.isNullObject) {
    ws = logWs ?? addLogSheet(context, REVIEW_SHEETS.log);
    if (logWs) ws.getRangeByIndexes(0, 0, 1, LOG_COLUMNS.length).values = [LOG_COLUMNS.map((c) => c.header)];
    layout = Object.fromEntries(LOG_COLUMNS.map((c, i) => [c.field, i]));
    next = 1;
  } else {
    ws = logWs;
    const header = findHeaderRow({ name: logName!, values: logHead!.values as CellValue[][] }, LOG_COLUMNS);
    layout = { ...(header?.columns ?? Object.fromEntries(LOG_COLUMNS.map((c, i) => [c.field, i]))) };
    // A hand-made log without some of the columns: add them after the last one, header included.
    let extra = Math.max(-1, ...Object.values(layout).map((c) => c as number)) + 1;
    const headerRow = header?.index ?? 0;
    for (const c of LOG_COLUMNS) {
      if (layout[c.field] !== undefined) continue;
      layout[c.field] = extra;
      ws.getRangeByIndexes(headerRow, extra, 1, 1).values = [[c.header]];
      if (c.field === "id") ws.getRangeByIndexes(headerRow, extra, 1, 1).columnHidden = true;
      extra++;
    }
    next = Math.max(logUsed.rowIndex + logUsed.rowCount, headerRow + 1);
  }
  const logValues = logRowValues(p.log);
  const logCells = LOG_COLUMNS.map((c, i) => [c.field, layout[c.field]!, logValues[i]] as const);
  writeRow(ws, next, logCells, "time");

  if (storeFacts) {
    const json = serialiseFacts(storeFacts);
    if (json.length <= MAX_CELL_TEXT) {
      let fws: Excel.Worksheet;
      let fnext: number;
      if (!factsWs || !factsUsed || factsUsed.isNullObject) {
        fws = factsWs ?? sheets.add(REVIEW_SHEETS.facts);
        if (!factsWs) fws.visibility = Excel.SheetVisibility.hidden;
        fws.getRangeByIndexes(0, 0, 1, FACTS_COLUMNS.length).values = [FACTS_COLUMNS.map((c) => c.header)];
        fnext = 1;
      } else {
        fws = factsWs;
        fnext = factsUsed.rowIndex + factsUsed.rowCount;
      }
      fws.getRangeByIndexes(fnext, 0, 1, 2).values = [[protectCell(stamp), protectCell(json)]];
    }
  }
  await syncWithin(context);

  // 4. Did the log row stay ours? (Another client may have appended into the same row at the same moment.)
  const idCol = layout.id!;
  for (let attempt = 1; ; attempt++) {
    const check = ws.getRangeByIndexes(next, idCol, 1, 1);
    check.load("values");
    await syncWithin(context);
    if (String(check.values[0][0]) === p.log.id) return { ok: true, row: target.row, logRow: next + 1, attempts: attempt };
    if (attempt >= LOG_APPEND_ATTEMPTS) return { ok: false, error: { key: "review.error.logConflict", params: { attempts: attempt } } };
    const end = ws.getUsedRangeOrNullObject(true);
    end.load("rowIndex,rowCount");
    await syncWithin(context);
    next = end.isNullObject ? 1 : end.rowIndex + end.rowCount;
    writeRow(ws, next, logCells, "time");
    await syncWithin(context);
  }
}

/** The action: one `Excel.run` with the sync timeout; not retried by itself (the pane offers "Thử lại"). */
export function reviewProposal(request: ReviewRequest, render: RenderMsg, options: ActionOptions = {}): Promise<ReviewWriteResult> {
  return runExcel((ctx) => writeReview(ctx, request, render), options);
}
