/**
 * The Rà soát tab's write: one review (approve / return with a note / back to waiting) as a single-row update of
 * the product's own `Đề nghị` sheet plus one appended `Nhật ký` row carrying the client-made id — no
 * `rows.add` loops, no dialogs (refusals come back as messages for the pane to show), nothing kept outside the
 * workbook. Round trips of the step, whatever the size of the log: (1) sheet names, (2) the `Đề nghị` values and
 * whether `Nhật ký` / `Dữ kiện rà soát` have rows, (3) the writes, (4) reading back the log row's id. If another
 * client appended to the log at the same moment and took the row, the row is appended again below (2 more round
 * trips per retry); the id makes a row that survives twice count once. The pane's review (`reviewAndRead`)
 * writes and then reads the whole workbook in the same four round trips (more only for more than ~4 MB of rows).
 */
import type { CellValue, SheetGrid } from "../core/grid";
import type { Msg } from "../core/issues";
import {
  dataStamp,
  DATE_TIME_FORMAT,
  FACTS_COLUMNS,
  MAX_CELL_TEXT,
  prepareReview,
  proposalKey,
  readProposalSheet,
  reviewCells,
  REVIEW_SHEETS,
  serialiseFacts,
  type FactsRecord,
  type LogRow,
  type PreparedReview,
  type ProposalField,
  type RenderMsg,
  type ReviewWrite,
} from "../core/review";
import { matchKey } from "../core/text/fold";
import { queueReadSurvey, readRest, sheetsToRead, surveyWorkbook, type ReadOptions, type ReadResult } from "./read-grids";
import { confirmLogRows, placeLog, queueLogLookup, queueLogRows, type LogAppend, type LogLookup, type LogPlace } from "./review-log";
import { loadSheetNames, sheetNamed } from "./sheet-names";
import { runExcel, syncWithin, type ActionOptions } from "./sync";
import { protectCell } from "./text-safety";

export { LOG_APPEND_ATTEMPTS } from "./review-log";

export interface ReviewRequest extends ReviewWrite {
  /**
   * The facts record behind `stamp` (from the pane's current ranking). Appended to the hidden
   * `Dữ kiện rà soát` so that a later ranking can name what changed after this review.
   */
  readonly facts?: FactsRecord;
  /** The 1-based row of `Đề nghị` where the pane saw this proposal: a hint, checked before it is written to. */
  readonly row?: number;
}

export type ReviewWriteResult =
  | { readonly ok: true; readonly row: number; readonly logRow: number; readonly attempts: number }
  | { readonly ok: false; readonly error: Msg };

const REVIEW_FIELDS: ReadonlyArray<ProposalField> = ["status", "reviewer", "reviewedAt", "comment", "stamp", "systemNote"];

type Layout = NonNullable<ReturnType<typeof readProposalSheet>["layout"]>;

/** Writes cells of one sheet row given by (field, 0-based column, value): one range when contiguous, else cell by cell. */
function writeRow(ws: Excel.Worksheet, row0: number, cells: ReadonlyArray<readonly [ProposalField, number, CellValue]>): void {
  const sorted = [...cells].sort((a, b) => a[1] - b[1]);
  const contiguous = sorted.every((c, i) => i === 0 || c[1] === sorted[i - 1][1] + 1);
  if (contiguous && sorted.length > 0) ws.getRangeByIndexes(row0, sorted[0][1], 1, sorted.length).values = [sorted.map((c) => protectCell(c[2]))];
  else for (const [, col, value] of sorted) ws.getRangeByIndexes(row0, col, 1, 1).values = [[protectCell(value)]];
  const time = sorted.find((c) => c[0] === "reviewedAt");
  if (time) ws.getRangeByIndexes(row0, time[1], 1, 1).numberFormat = [[DATE_TIME_FORMAT]];
}

interface FactsTarget {
  /** The hidden facts sheet (null: it is added). */
  readonly ws: Excel.Worksheet | null;
  /** Its used range (null object when the sheet is empty), loaded with the survey. */
  readonly used: Excel.Range | null;
}

function queueFactsLookup(context: Excel.RequestContext, names: ReadonlyArray<string>): FactsTarget {
  const name = sheetNamed(names, REVIEW_SHEETS.facts);
  if (!name) return { ws: null, used: null };
  const ws = context.workbook.worksheets.getItem(name);
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("rowIndex");
  return { ws, used };
}

/** What a review queued: the log rows to confirm and the facts row appended (if any). */
interface QueuedReview {
  readonly place: LogPlace;
  readonly append: LogAppend | null;
  readonly log: LogRow;
  readonly factsRow: readonly [string, string] | null;
}

/**
 * Queues the writes of one review: the row's review cells, the log row, and the facts record (appended below
 * the facts sheet's last row as Excel finds it when the request runs; the sheet is added, hidden, if missing).
 */
function queueReviewWrites(
  context: Excel.RequestContext,
  p: PreparedReview,
  request: ReviewRequest,
  proposalsWs: Excel.Worksheet,
  target: { readonly row: number; readonly stamp: string },
  layout: Layout,
  lookup: LogLookup,
  facts: FactsTarget,
): QueuedReview {
  const stamp = p.stamp !== "" ? p.stamp : target.stamp;
  const cells = reviewCells(p.review, stamp, "");
  const rowCells: Array<readonly [ProposalField, number, CellValue]> = [];
  REVIEW_FIELDS.forEach((f, i) => {
    const col = layout.columns[f];
    if (col !== undefined) rowCells.push([f, col, cells[i]]);
  });
  writeRow(proposalsWs, target.row - 1, rowCells);

  const place = placeLog(context, lookup);
  const log = { ...p.log, stamp };
  const append = queueLogRows(place, [log]);

  let factsRow: readonly [string, string] | null = null;
  const storeFacts = request.facts && dataStamp(request.facts) === p.stamp ? request.facts : null;
  if (storeFacts) {
    const json = serialiseFacts(storeFacts);
    if (json.length <= MAX_CELL_TEXT) {
      const fws = facts.ws ?? context.workbook.worksheets.add(REVIEW_SHEETS.facts);
      if (!facts.ws) fws.visibility = Excel.SheetVisibility.hidden;
      if (!facts.ws || !facts.used || facts.used.isNullObject) fws.getRangeByIndexes(0, 0, 1, FACTS_COLUMNS.length).values = [FACTS_COLUMNS.map((c) => c.header)];
      fws.getUsedRange(true).getRowsBelow(1).getEntireRow().getColumn(0).getResizedRange(0, 1).values = [[protectCell(stamp), protectCell(json)]];
      factsRow = [stamp, json];
    }
  }
  return { place, append, log, factsRow };
}

function notFound(p: PreparedReview, sheet: string): { readonly ok: false; readonly error: Msg } {
  return { ok: false, error: { key: "review.error.rowNotFound", params: { subject: p.subject, title: p.title, sheet } } };
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
  const { names } = await loadSheetNames(context);
  const proposalsName = sheetNamed(names, REVIEW_SHEETS.proposals);
  if (!proposalsName) return { ok: false, error: { key: "review.error.noSheet", params: { sheet: REVIEW_SHEETS.proposals } } };

  // 2. The proposals' values; the log's header and whether it has rows; whether the facts sheet has any.
  const proposalsWs = context.workbook.worksheets.getItem(proposalsName);
  const used = proposalsWs.getUsedRangeOrNullObject(true);
  used.load("values,rowIndex,columnIndex");
  const lookup = queueLogLookup(context, names);
  const facts = queueFactsLookup(context, names);
  await syncWithin(context);

  if (used.isNullObject) return notFound(p, proposalsName);
  const read = readProposalSheet({ name: proposalsName, values: used.values as CellValue[][], rowOffset: used.rowIndex, colOffset: used.columnIndex });
  const target = read.rows.find((r) => proposalKey(r.subject, r.title) === p.key);
  if (!target || target.row === null || !read.layout) return notFound(p, proposalsName);

  // 3. Writes: the row's review cells, the log row, the facts record.
  const queued = queueReviewWrites(context, p, request, proposalsWs, { row: target.row, stamp: target.stamp }, read.layout, lookup, facts);
  await syncWithin(context);

  // 4. Did the log row stay ours?
  const confirmed = await confirmLogRows(context, queued.place, [queued.log], queued.append);
  if (!confirmed.ok) return confirmed;
  return { ok: true, row: target.row, logRow: confirmed.firstRow, attempts: confirmed.attempts };
}

/** The action: one `Excel.run` with the sync timeout; not retried by itself (the pane offers "Thử lại"). */
export function reviewProposal(request: ReviewRequest, render: RenderMsg, options: ActionOptions = {}): Promise<ReviewWriteResult> {
  return runExcel((ctx) => writeReview(ctx, request, render), options);
}

export type ReviewAndReadResult = { readonly ok: true; readonly write: Extract<ReviewWriteResult, { ok: true }>; readonly read: ReadResult } | { readonly ok: false; readonly error: Msg };

/** The one proposal row at `row` (1-based), aligned to the columns of `sample` (the sheet's first rows). */
function rowCheckGrid(name: string, sample: SheetGrid, header: number, row: number, line: Excel.Range): SheetGrid | null {
  if (line.isNullObject) return null;
  const colOffset = sample.colOffset ?? 0;
  const headerValues = sample.values[header] ?? [];
  const values = (line.values as CellValue[][])[0] ?? [];
  const aligned = headerValues.map((_, c) => values[c + colOffset - line.columnIndex] ?? "");
  return { name, values: [headerValues, aligned], rowOffset: row - 2, colOffset };
}

/**
 * The pane's review: one review written and then the whole workbook read (the tracking sheets, `Đề nghị` as it
 * now is, the facts), so that the pane shows what the workbook holds. Round trips, whatever the size of the
 * sheets: (1) sheet names; (2) the survey — used ranges and first rows of every sheet to read, the log's header,
 * the facts sheet's extent and the row the pane saw the proposal in (`request.row`); (3) the review's writes
 * together with the first ~4 MB of rows (then one more request per ~4 MB); (4) reading the log row's id back.
 * When the proposal is no longer in that row (the sheet was rewritten since the pane listed it) the row is found
 * in the sheet as read, and the writes and a new read of `Đề nghị` take one more round trip.
 */
export async function reviewAndRead(context: Excel.RequestContext, request: ReviewRequest, render: RenderMsg, options: ReadOptions = {}): Promise<ReviewAndReadResult> {
  const prepared = prepareReview(request, render);
  if (!prepared.ok) return prepared;
  const p = prepared.value;

  const names = await loadSheetNames(context);
  const proposalsName = sheetNamed(names.names, REVIEW_SHEETS.proposals);
  if (!proposalsName) return { ok: false, error: { key: "review.error.noSheet", params: { sheet: REVIEW_SHEETS.proposals } } };
  const include = [...(options.include ?? []), REVIEW_SHEETS.proposals, REVIEW_SHEETS.facts];
  const readOptions: ReadOptions = { ...options, include };
  const proposalsWs = context.workbook.worksheets.getItem(proposalsName);
  const hint = request.row !== undefined && Number.isInteger(request.row) && request.row > 1 ? request.row : null;

  const survey = await surveyWorkbook(
    context,
    (n) => {
      const line = hint === null ? null : proposalsWs.getRange(`${hint}:${hint}`).getUsedRangeOrNullObject(true);
      line?.load("values,columnIndex");
      return { read: queueReadSurvey(context, names, readOptions, n), log: queueLogLookup(context, names.names), facts: queueFactsLookup(context, names.names), line };
    },
    { sampleRows: options.sampleRows, sheets: sheetsToRead(names.names, include) },
  );

  // Is the proposal still where the pane saw it? (The header is among the sheet's first rows.)
  const probe = survey.read.probes.find((pr) => pr.name === proposalsName);
  const sampleGrid: SheetGrid | null = probe
    ? { name: proposalsName, values: (probe.sample.values as CellValue[][]).slice(0, probe.used.rowCount), rowOffset: probe.used.rowIndex, colOffset: probe.used.columnIndex }
    : null;
  const sampleRead = sampleGrid ? readProposalSheet(sampleGrid) : null;
  let layout = sampleRead?.layout ?? null;
  let target: { row: number; stamp: string } | null = null;
  if (hint !== null && sampleGrid && layout && survey.line) {
    const grid = rowCheckGrid(proposalsName, sampleGrid, layout.headerIndex, hint, survey.line);
    const row = grid ? readProposalSheet(grid).rows.find((r) => proposalKey(r.subject, r.title) === p.key) : undefined;
    if (row && row.row === hint) target = { row: hint, stamp: row.stamp };
  }

  let queued: QueuedReview | null = null;
  let read: ReadResult;
  if (target && layout) {
    // The writes go with the first read, which then sees them; `Đề nghị` is read from its first row again.
    queued = queueReviewWrites(context, p, request, proposalsWs, target, layout, survey.log, survey.facts);
    read = await readRest(context, survey.read, { budgetBytes: options.budgetBytes, reread: [proposalsName], flush: true });
  } else {
    read = await readRest(context, survey.read, { budgetBytes: options.budgetBytes });
    const grid = read.grids.sheets.find((g) => g.name === proposalsName);
    const full = grid ? readProposalSheet(grid) : null;
    const found = full?.rows.find((r) => proposalKey(r.subject, r.title) === p.key);
    layout = full?.layout ?? null;
    if (!found || found.row === null || !layout || !probe) return notFound(p, proposalsName);
    target = { row: found.row, stamp: found.stamp };
    queued = queueReviewWrites(context, p, request, proposalsWs, target, layout, survey.log, survey.facts);
    const again = await readRest(context, { sheetNames: survey.read.sheetNames, probes: [probe] }, { budgetBytes: options.budgetBytes, reread: [proposalsName], flush: true });
    read = { ...read, grids: { sheets: read.grids.sheets.map((g) => (g.name === proposalsName ? again.grids.sheets[0] : g)) } };
  }

  const confirmed = await confirmLogRows(context, queued.place, [queued.log], queued.append);
  if (!confirmed.ok) return confirmed;
  return { ok: true, write: { ok: true, row: target.row, logRow: confirmed.firstRow, attempts: confirmed.attempts }, read: withFactsRow(read, queued.factsRow) };
}

/** The grids with the facts record the review appended (written as text, it reads back the same). */
function withFactsRow(read: ReadResult, row: readonly [string, string] | null): ReadResult {
  if (!row) return read;
  const key = matchKey(REVIEW_SHEETS.facts);
  const sheets = read.grids.sheets;
  const at = sheets.findIndex((g) => matchKey(g.name) === key);
  const next: SheetGrid[] =
    at >= 0
      ? sheets.map((g, i) => (i === at ? { ...g, values: [...g.values, [...row]] } : g))
      : [...sheets, { name: REVIEW_SHEETS.facts, values: [FACTS_COLUMNS.map((c) => c.header), [...row]] }];
  return { ...read, grids: { sheets: next } };
}
