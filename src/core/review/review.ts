/** A review as the `Đề nghị` row holds it, and the total order used when two reviews of one row compete. */
import { canonicalJson } from "../fingerprint";
import type { IsoDateTime } from "./date-time";
import { REVIEW_STATUS_LABELS, type ReviewStatus } from "./review-status";

export interface Review {
  /** null when the cell holds a spelling the product does not know (kept as written in `statusText`). */
  readonly status: ReviewStatus | null;
  /** The `Trạng thái rà soát` text to write: the label of a known state, else the text as the person wrote it. */
  readonly statusText: string;
  readonly reviewer: string;
  /** null when blank or unreadable (then `reviewedAtText` keeps what was written). */
  readonly reviewedAt: IsoDateTime | null;
  readonly reviewedAtText: string;
  readonly comment: string;
}

export const NO_REVIEW: Review = {
  status: "PENDING",
  statusText: REVIEW_STATUS_LABELS.PENDING,
  reviewer: "",
  reviewedAt: null,
  reviewedAtText: "",
  comment: "",
};

/** True when a person filled in any review column (a state other than waiting, a name, a time or a comment). */
export function hasReview(r: Review): boolean {
  return r.status !== "PENDING" || r.reviewer.trim() !== "" || r.reviewedAt !== null || r.reviewedAtText.trim() !== "" || r.comment.trim() !== "";
}

/** True when the review counts as approval (before staleness is considered). */
export function isApproval(r: Review): boolean {
  return r.status === "APPROVED";
}

/**
 * Last-writer-wins order of reviews: later `reviewedAt` wins (a review without a time is oldest); equal times are
 * broken by the review's content, so every client picks the same winner whatever order writes arrive in.
 */
export function compareReviews(a: Review, b: Review, aTie = "", bTie = ""): number {
  const ta = a.reviewedAt ?? "";
  const tb = b.reviewedAt ?? "";
  if (ta !== tb) return ta < tb ? -1 : 1;
  const ca = canonicalJson({ ...a, tie: aTie });
  const cb = canonicalJson({ ...b, tie: bTie });
  return ca < cb ? -1 : ca > cb ? 1 : 0;
}
