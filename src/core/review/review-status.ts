/**
 * Review states of a proposal row in `Đề nghị` (workbook.md): Chờ rà soát (waiting), Đồng ý (approved),
 * Trả lại (returned, an `Ý kiến` is required). The Vietnamese labels are what the sheet shows; reading accepts
 * the code, the label and a few spellings, ignoring case, diacritics and punctuation (like every enum).
 */
import { matchKey } from "../text/fold";

export const REVIEW_STATUSES = ["PENDING", "APPROVED", "RETURNED"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** What the `Trạng thái rà soát` cell shows for each state. */
export const REVIEW_STATUS_LABELS: Readonly<Record<ReviewStatus, string>> = {
  PENDING: "Chờ rà soát",
  APPROVED: "Đồng ý",
  RETURNED: "Trả lại",
};

const ALIASES: Readonly<Record<ReviewStatus, ReadonlyArray<string>>> = {
  PENDING: ["Chờ", "Chưa rà soát", "Đang rà soát", "Pending", "Waiting"],
  APPROVED: ["Đồng ý đề nghị", "Duyệt", "Đã duyệt", "Nhất trí", "Approved", "Approve"],
  RETURNED: ["Trả lại hồ sơ", "Không đồng ý", "Yêu cầu bổ sung", "Returned", "Return", "Rejected"],
};

const LOOKUP: ReadonlyMap<string, ReviewStatus> = new Map(
  REVIEW_STATUSES.flatMap((s) => [s, REVIEW_STATUS_LABELS[s], ...ALIASES[s]].map((text) => [matchKey(text), s] as const)),
);

/**
 * Reads a `Trạng thái rà soát` cell: blank is PENDING; an unknown spelling is `null` (the reader reports it
 * and keeps the text as the person wrote it).
 */
export function parseReviewStatus(text: string): ReviewStatus | null {
  const key = matchKey(text);
  if (key === "") return "PENDING";
  return LOOKUP.get(key) ?? null;
}

/** Every accepted spelling, labels first (for hints). */
export function reviewStatusSpellings(): string[] {
  return [...REVIEW_STATUSES.map((s) => REVIEW_STATUS_LABELS[s]), ...REVIEW_STATUSES.flatMap((s) => ALIASES[s])];
}
