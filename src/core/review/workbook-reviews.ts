/**
 * The reviews recorded in a workbook, checked against its current data: what `generate --approved-only` (and the
 * pane's same option and its Rà soát tab) use. Reads `Đề nghị` and `Dữ kiện rà soát` from the grids, recomputes
 * every current stamp, and reconciles: an approval counts only while the facts it was made on are unchanged.
 */
import type { WorkbookGrids } from "../grid";
import type { Issue } from "../issues";
import type { TrackingData } from "../model";
import type { RankResult } from "../rules/types";
import { approvedKeys, reconcileReviews, type CarriedRow } from "./carry-over";
import { REVIEW_SHEETS } from "./columns";
import { currentStamps, type StampedDecision } from "./data-stamp";
import type { RenderMsg } from "./fact-changes";
import { readFactsSheet } from "./facts-store";
import { findGrid } from "./header-match";
import type { ProposalKey } from "./keys";
import { readProposalSheet } from "./proposal-sheet-read";

export interface WorkbookReviews {
  /** The workbook has a `Đề nghị` sheet whose review columns could be read. */
  readonly found: boolean;
  /** "SUBJECT|TITLE" of the approved, non-stale, still-proposed rows. */
  readonly approved: ReadonlySet<ProposalKey>;
  /** Every row, reconciled (stale flags and notes computed against the current data). */
  readonly rows: ReadonlyArray<CarriedRow>;
  /** Warnings from reading `Đề nghị` back. */
  readonly issues: ReadonlyArray<Issue>;
  readonly counts: { readonly rows: number; readonly approved: number; readonly returned: number; readonly waiting: number; readonly stale: number };
}

/** `current`: the current stamps when the caller has them already (`currentStamps(data, result)`). */
export function reviewsOfWorkbook(
  grids: WorkbookGrids,
  data: TrackingData,
  result: RankResult,
  render: RenderMsg,
  current: ReadonlyMap<ProposalKey, StampedDecision> = currentStamps(data, result),
): WorkbookReviews {
  const grid = findGrid(grids, REVIEW_SHEETS.proposals);
  const read = grid ? readProposalSheet(grid) : { rows: [], issues: [], layout: null };
  const reconciled = reconcileReviews(read.rows, readFactsSheet(findGrid(grids, REVIEW_SHEETS.facts)), current, render);
  const approved = approvedKeys(reconciled.rows);
  const rows = reconciled.rows;
  return {
    found: read.layout !== null && read.issues.every((i) => i.code !== "COLUMN_MISSING"),
    approved,
    rows,
    issues: read.issues,
    counts: {
      rows: rows.length,
      approved: approved.size,
      returned: rows.filter((r) => r.review.status === "RETURNED").length,
      waiting: rows.filter((r) => r.review.status === "PENDING").length,
      stale: rows.filter((r) => r.stale).length,
    },
  };
}
