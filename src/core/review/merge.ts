/**
 * Merging what two clients wrote to the shared workbook's review sheets. The state is the `Đề nghị` rows'
 * review part (per row: a last-writer-wins register of review + stamp + note) and the `Nhật ký` rows (a set
 * keyed by id). Applying writes in any order, any number of times, and merging states in any grouping, give the
 * same sheets: no review lost to an older one, no log row lost or doubled.
 */
import { canonicalJson } from "../fingerprint";
import { proposalKey, type ProposalKey } from "./keys";
import { mergeLogs, type LogRow } from "./log";
import type { Review } from "./review";
import type { PreparedReview } from "./review-write";

/** The review part of one `Đề nghị` row. */
export interface ReviewCell {
  readonly subject: string;
  readonly title: string;
  readonly review: Review;
  readonly stamp: string;
  readonly systemNote: string;
}

export interface ReviewSheets {
  readonly proposals: ReadonlyArray<ReviewCell>;
  readonly log: ReadonlyArray<LogRow>;
}

/**
 * Last-writer-wins: the later review time wins; a review without a time is the oldest; equal times are broken by
 * the written content, so every replica picks the same winner.
 */
export function compareCells(a: ReviewCell, b: ReviewCell): number {
  const ta = a.review.reviewedAt ?? "";
  const tb = b.review.reviewedAt ?? "";
  if (ta !== tb) return ta < tb ? -1 : 1;
  const ca = canonicalJson({ r: a.review, s: a.stamp, n: a.systemNote });
  const cb = canonicalJson({ r: b.review, s: b.stamp, n: b.systemNote });
  return ca < cb ? -1 : ca > cb ? 1 : 0;
}

const winner = (a: ReviewCell, b: ReviewCell): ReviewCell => (compareCells(a, b) >= 0 ? a : b);

/** Applies one prepared review (row update + log row). A review of a row the sheet does not have only logs. */
export function applyReview(state: ReviewSheets, p: PreparedReview): ReviewSheets {
  const proposals = state.proposals.map((cell) => {
    if (proposalKey(cell.subject, cell.title) !== p.key) return cell;
    return winner(cell, { subject: cell.subject, title: cell.title, review: p.review, stamp: p.stamp, systemNote: "" });
  });
  return { proposals, log: mergeLogs(state.log, [p.log]) };
}

/** Applies log rows written by a ranking or a generation. */
export function applyLogRows(state: ReviewSheets, rows: ReadonlyArray<LogRow>): ReviewSheets {
  return { proposals: state.proposals, log: mergeLogs(state.log, rows) };
}

/**
 * Merges two clients' states of the same `Đề nghị` (same proposals, maybe different reviews) and their logs.
 * Rows keep `a`'s order; rows only `b` has follow, in key order.
 */
export function mergeReviewSheets(a: ReviewSheets, b: ReviewSheets): ReviewSheets {
  const fromB = new Map<ProposalKey, ReviewCell>(b.proposals.map((c) => [proposalKey(c.subject, c.title), c]));
  const inA = new Set<ProposalKey>();
  const proposals: ReviewCell[] = a.proposals.map((c) => {
    const k = proposalKey(c.subject, c.title);
    inA.add(k);
    const other = fromB.get(k);
    return other ? winner(c, other) : c;
  });
  const extra = [...fromB.entries()].filter(([k]) => !inA.has(k)).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  return { proposals: [...proposals, ...extra.map(([, c]) => c)], log: mergeLogs(a.log, b.log) };
}
