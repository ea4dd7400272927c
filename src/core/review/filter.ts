/** Filters of the Rà soát list (pure, for the task pane): by state, title, staleness and free text. */
import type { CarriedRow } from "./carry-over";
import { matchKey } from "../text/fold";
import type { ReviewStatus } from "./review-status";

export interface ReviewFilter {
  /** Keep rows in these states ("UNKNOWN" = a spelling the product does not know). */
  readonly statuses?: ReadonlyArray<ReviewStatus | "UNKNOWN">;
  /** Keep rows of these title codes. */
  readonly titles?: ReadonlyArray<string>;
  /** Keep only rows whose facts changed since their review. */
  readonly staleOnly?: boolean;
  /** Words that must all appear in the code, name, unit or comment (case and diacritics ignored). */
  readonly text?: string;
}

export function filterReviewRows(rows: ReadonlyArray<CarriedRow>, f: ReviewFilter): CarriedRow[] {
  const words = f.text ? f.text.split(/\s+/).map(matchKey).filter((w) => w !== "") : [];
  return rows.filter((r) => {
    if (f.statuses && !f.statuses.includes(r.review.status ?? "UNKNOWN")) return false;
    if (f.titles && !f.titles.includes(r.title)) return false;
    if (f.staleOnly && !r.stale) return false;
    if (words.length > 0) {
      const hay = matchKey(`${r.subject} ${r.name} ${r.unit} ${r.review.comment} ${r.review.reviewer}`);
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  });
}

/** Rows that need someone: waiting, or approved/returned on facts that changed since. */
export function needsReview(rows: ReadonlyArray<CarriedRow>): CarriedRow[] {
  return rows.filter((r) => !r.orphan && (r.review.status === "PENDING" || r.review.status === null || r.stale));
}
