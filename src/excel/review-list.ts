/**
 * What the Rà soát tab shows: the `Đề nghị` rows checked against the workbook's current data (stale rows marked,
 * with what changed), counts, reading warnings, and for each proposal the current stamp and facts record the
 * pane passes back to `reviewProposal`. One read action (the adapter's batched reader), then pure core.
 */
import { checkWorkbook } from "../core/check";
import { rankWorkbook } from "../core/rank";
import { currentStamps, findGrid, proposalKey, readProposalSheet, REVIEW_SHEETS, reviewsOfWorkbook, type RenderMsg, type StampedDecision, type WorkbookReviews } from "../core/review";
import type { WorkbookGrids } from "../core/grid";
import { readGrids } from "./read-grids";
import { runExcel, type ActionOptions } from "./sync";

export interface ReviewList extends WorkbookReviews {
  readonly year: number | null;
  readonly ruleSet: string | null;
  /** Current stamp and facts of every decision, by "SUBJECT|TITLE". */
  readonly current: ReadonlyMap<string, StampedDecision>;
  /** The 1-based row of `Đề nghị` each proposal was read from, by "SUBJECT|TITLE" (a hint for the review's write). */
  readonly sheetRows: ReadonlyMap<string, number>;
}

function sheetRowsOf(grids: WorkbookGrids): Map<string, number> {
  const grid = findGrid(grids, REVIEW_SHEETS.proposals);
  const out = new Map<string, number>();
  if (!grid) return out;
  for (const r of readProposalSheet(grid).rows) if (r.row !== null) out.set(proposalKey(r.subject, r.title), r.row);
  return out;
}

/** Pure part, also usable on grids the pane already holds. */
export function reviewListOf(grids: WorkbookGrids, render: RenderMsg, year?: number): ReviewList {
  const check = checkWorkbook(grids);
  const ranked = rankWorkbook(check.data, check.fingerprint, year === undefined ? {} : { year });
  if (!ranked) {
    return { found: false, approved: new Set(), rows: [], issues: [], counts: { rows: 0, approved: 0, returned: 0, waiting: 0, stale: 0 }, year: null, ruleSet: null, current: new Map(), sheetRows: new Map() };
  }
  const current = currentStamps(check.data, ranked.result);
  const reviews = reviewsOfWorkbook(grids, check.data, ranked.result, render, current);
  return { ...reviews, year: ranked.result.year, ruleSet: ranked.result.ruleSet, current, sheetRows: sheetRowsOf(grids) };
}

/** The stamp and facts to send with a review of `subject`/`title` (what the reviewer sees now), and the row it is in. */
export function reviewTarget(list: ReviewList, subject: string, title: string): { stamp: string; facts?: StampedDecision["record"]; row?: number } {
  const key = proposalKey(subject, title);
  const now = list.current.get(key);
  const row = list.sheetRows.get(key);
  return { ...(now ? { stamp: now.stamp, facts: now.record } : { stamp: "" }), ...(row !== undefined ? { row } : {}) };
}

export async function loadReviewList(render: RenderMsg, options: ActionOptions & { year?: number } = {}): Promise<ReviewList> {
  const read = await runExcel((ctx) => readGrids(ctx, { include: [REVIEW_SHEETS.proposals, REVIEW_SHEETS.facts] }), { retries: 1, ...options });
  return reviewListOf(read.grids, render, options.year);
}
