/**
 * One review as a client writes it (the Rà soát tab, a test, a replay): approve, return with a note, or set
 * back to waiting. It becomes a single-row update of `Đề nghị` (the review columns, `Dấu dữ liệu` = the stamp
 * the reviewer saw, `Ghi chú hệ thống` cleared) plus one appended `Nhật ký` row with the same id.
 */
import type { Msg } from "../issues";
import { matchEnum, TITLE_DOMAIN } from "../schema/enums";
import { normaliseIsoDateTime, type IsoDateTime } from "./date-time";
import { proposalKey, type ProposalKey } from "./keys";
import { logRow, type LogAction, type LogRow } from "./log";
import type { Review } from "./review";
import { REVIEW_STATUS_LABELS, type ReviewStatus } from "./review-status";

export const REVIEW_ACTIONS = ["approve", "return", "reset"] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

const STATUS_OF: Readonly<Record<ReviewAction, ReviewStatus>> = { approve: "APPROVED", return: "RETURNED", reset: "PENDING" };

export interface ReviewWrite {
  /** Id made by the writing client (idSource); the log row carries it. */
  readonly id: string;
  readonly subject: string;
  /** Title code or label. */
  readonly title: string;
  readonly action: ReviewAction;
  /** The reviewer's display name. */
  readonly reviewer: string;
  /** Local wall-clock time, ISO. */
  readonly time: IsoDateTime;
  /** `Ý kiến`: required to return. */
  readonly comment: string;
  /** The stamp of the decision the reviewer saw (the row's current stamp). */
  readonly stamp: string;
  readonly ruleSet: string;
}

export interface PreparedReview {
  readonly key: ProposalKey;
  readonly subject: string;
  readonly title: string;
  readonly review: Review;
  readonly stamp: string;
  readonly log: LogRow;
}

export type PrepareResult = { readonly ok: true; readonly value: PreparedReview } | { readonly ok: false; readonly error: Msg };

/**
 * Checks a review and turns it into the row update and the log row. Refuses, with a message saying what to do,
 * when the reviewer has no name, a return has no `Ý kiến`, the time is not ISO, or the title is unknown.
 * `render` gives the log's `Đối tượng` text in the workbook's language.
 */
export function prepareReview(w: ReviewWrite, render: (m: Msg) => string): PrepareResult {
  const title = matchEnum(TITLE_DOMAIN, w.title);
  if (w.subject.trim() === "" || !title) return { ok: false, error: { key: "review.error.target", params: { subject: w.subject, title: w.title } } };
  if (w.reviewer.trim() === "") return { ok: false, error: { key: "review.error.reviewer" } };
  const comment = w.comment.trim();
  if (w.action === "return" && comment === "") return { ok: false, error: { key: "review.error.commentRequired", params: { subject: w.subject.trim(), title } } };
  const time = normaliseIsoDateTime(w.time);
  if (!time) return { ok: false, error: { key: "review.error.time", params: { value: w.time } } };
  const status = STATUS_OF[w.action];
  const review: Review = { status, statusText: REVIEW_STATUS_LABELS[status], reviewer: w.reviewer.trim(), reviewedAt: time, reviewedAtText: "", comment };
  const subject = w.subject.trim();
  const target = render({
    key: comment === "" ? "review.log.review" : "review.log.reviewWithComment",
    params: { subject, title, comment },
  });
  const log = logRow({ id: w.id, time, actor: review.reviewer, action: w.action as LogAction, target, stamp: w.stamp, ruleSet: w.ruleSet });
  return { ok: true, value: { key: proposalKey(subject, title), subject, title, review, stamp: w.stamp, log } };
}
