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
  MAX_CELL_TEXT,
  prepareReview,
  proposalKey,
  readProposalSheet,
  reviewCells,
  REVIEW_SHEETS,
  serialiseFacts,
  type FactsRecord,
  type ProposalField,
  type RenderMsg,
  type ReviewWrite,
} from "../core/review";
import { confirmLogRows, placeLog, queueLogLookup, queueLogRows, sheetNamed } from "./review-log";
import { runExcel, syncWithin, type ActionOptions } from "./sync";
import { protectCell } from "./text-safety";

export { LOG_APPEND_ATTEMPTS } from "./review-log";

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

const REVIEW_FIELDS: ReadonlyArray<ProposalField> = ["status", "reviewer", "reviewedAt", "comment", "stamp", "systemNote"];

/** Writes cells of one sheet row given by (field, 0-based column, value): one range when contiguous, else cell by cell. */
function writeRow(ws: Excel.Worksheet, row0: number, cells: ReadonlyArray<readonly [ProposalField, number, CellValue]>): void {
  const sorted = [...cells].sort((a, b) => a[1] - b[1]);
  const contiguous = sorted.every((c, i) => i === 0 || c[1] === sorted[i - 1][1] + 1);
  if (contiguous && sorted.length > 0) ws.getRangeByIndexes(row0, sorted[0][1], 1, sorted.length).values = [sorted.map((c) => protectCell(c[2]))];
  else for (const [, col, value] of sorted) ws.getRangeByIndexes(row0, col, 1, 1).values = [[protectCell(value)]];
  const time = sorted.find((c) => c[0] === "reviewedAt");
  if (time) ws.getRangeByIndexes(row0, time[1], 1, 1).numberFormat = [[DATE_TIME_FORMAT]];
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
  const proposalsName = sheetNamed(names, REVIEW_SHEETS.proposals);
  if (!proposalsName) return { ok: false, error: { key: "review.error.noSheet", params: { sheet: REVIEW_SHEETS.proposals } } };
  const factsName = sheetNamed(names, REVIEW_SHEETS.facts);

  // 2. The proposals' values; where the log and the facts end; the log's header.
  const proposalsWs = sheets.getItem(proposalsName);
  const used = proposalsWs.getUsedRangeOrNullObject(true);
  used.load("values,rowIndex,columnIndex");
  const lookup = queueLogLookup(context, names);
  const storeFacts = request.facts && dataStamp(request.facts) === p.stamp ? request.facts : null;
  const factsWs = storeFacts && factsName ? sheets.getItem(factsName) : null;
  const factsUsed = factsWs?.getUsedRangeOrNullObject(true);
  factsUsed?.load("rowIndex,rowCount");
  await syncWithin(context);

  const notFound: ReviewWriteResult = { ok: false, error: { key: "review.error.rowNotFound", params: { subject: p.subject, title: p.title, sheet: proposalsName } } };
  if (used.isNullObject) return notFound;
  const read = readProposalSheet({ name: proposalsName, values: used.values as CellValue[][], rowOffset: used.rowIndex, colOffset: used.columnIndex });
  const target = read.rows.find((r) => proposalKey(r.subject, r.title) === p.key);
  if (!target || target.row === null || !read.layout) return notFound;

  // 3. Writes: the row's review cells, the log row, the facts record.
  const stamp = p.stamp !== "" ? p.stamp : target.stamp;
  const cells = reviewCells(p.review, stamp, "");
  const rowCells: Array<readonly [ProposalField, number, CellValue]> = [];
  REVIEW_FIELDS.forEach((f, i) => {
    const col = read.layout!.columns[f];
    if (col !== undefined) rowCells.push([f, col, cells[i]]);
  });
  writeRow(proposalsWs, target.row - 1, rowCells);

  const place = placeLog(context, lookup);
  const log = { ...p.log, stamp };
  queueLogRows(place, [log]);

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

  // 4. Did the log row stay ours?
  const confirmed = await confirmLogRows(context, place, [log]);
  if (!confirmed.ok) return confirmed;
  return { ok: true, row: target.row, logRow: confirmed.firstRow, attempts: confirmed.attempts };
}

/** The action: one `Excel.run` with the sync timeout; not retried by itself (the pane offers "Thử lại"). */
export function reviewProposal(request: ReviewRequest, render: RenderMsg, options: ActionOptions = {}): Promise<ReviewWriteResult> {
  return runExcel((ctx) => writeReview(ctx, request, render), options);
}
