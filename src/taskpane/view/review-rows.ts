/** The Rà soát list: which rows to show for the chosen state filter, and the titles to choose from. */
import { filterReviewRows, needsReview, type CarriedRow, type ReviewFilter } from "../../core/review";

export const REVIEW_VIEWS = ["waiting", "approved", "returned", "stale", "all"] as const;
export type ReviewView = (typeof REVIEW_VIEWS)[number];

export interface ReviewViewFilter {
  readonly view: ReviewView;
  readonly title?: string;
  readonly text?: string;
}

/** "waiting" = rows that need someone (waiting, or decided on facts that changed since). */
export function reviewRows(rows: ReadonlyArray<CarriedRow>, f: ReviewViewFilter): CarriedRow[] {
  const base: ReviewFilter = { ...(f.title ? { titles: [f.title] } : {}), ...(f.text ? { text: f.text } : {}) };
  switch (f.view) {
    case "waiting":
      return filterReviewRows(needsReview(rows), base);
    case "approved":
      return filterReviewRows(rows, { ...base, statuses: ["APPROVED"] });
    case "returned":
      return filterReviewRows(rows, { ...base, statuses: ["RETURNED"] });
    case "stale":
      return filterReviewRows(rows, { ...base, staleOnly: true });
    default:
      return filterReviewRows(rows, base);
  }
}

export function reviewTitles(rows: ReadonlyArray<CarriedRow>): string[] {
  const out: string[] = [];
  for (const r of rows) if (!out.includes(r.title)) out.push(r.title);
  return out;
}

export function rowKey(r: Pick<CarriedRow, "subject" | "title">): string {
  return `${r.subject.trim().toUpperCase()}|${r.title}`;
}
