/**
 * The columns of the sheets the review workflow reads and writes (workbook.md "Sheets the product writes"):
 * `Đề nghị` (13 columns, in this order), `Nhật ký` (6 columns, append-only) and the product's hidden
 * `Dữ kiện rà soát` sheet that remembers the facts behind each data stamp (see facts-store.ts).
 * Reading matches headers with `matchKey` (case, diacritics, spaces, punctuation ignored), in any order,
 * extra columns ignored — like the tracking sheets.
 */
import { OUTPUT_SHEETS } from "../schema/sheets";

export interface ColumnDef<F extends string = string> {
  readonly field: F;
  /** Header as the product writes it. */
  readonly header: string;
  readonly aliases?: ReadonlyArray<string>;
  /** Column width in characters when the product writes the sheet. */
  readonly width: number;
}

export const PROPOSAL_FIELDS = [
  "no",
  "subject",
  "name",
  "unit",
  "title",
  "result",
  "basis",
  "status",
  "reviewer",
  "reviewedAt",
  "comment",
  "stamp",
  "systemNote",
] as const;
export type ProposalField = (typeof PROPOSAL_FIELDS)[number];

/** `Đề nghị`, columns in the order of workbook.md. */
export const PROPOSAL_COLUMNS: ReadonlyArray<ColumnDef<ProposalField>> = [
  { field: "no", header: "STT", aliases: ["Số TT", "TT", "No"], width: 6 },
  { field: "subject", header: "Mã đối tượng", aliases: ["Mã cán bộ", "Mã CB", "Mã đơn vị", "Mã", "Subject"], width: 14 },
  { field: "name", header: "Tên", aliases: ["Họ và tên", "Họ tên", "Tên đơn vị", "Name"], width: 28 },
  { field: "unit", header: "Đơn vị", aliases: ["Tên đơn vị công tác", "Unit"], width: 28 },
  { field: "title", header: "Danh hiệu/Hình thức", aliases: ["Danh hiệu", "Hình thức", "Danh hiệu, hình thức", "Title"], width: 30 },
  { field: "result", header: "Kết quả xét", aliases: ["Kết quả", "Result"], width: 18 },
  { field: "basis", header: "Căn cứ", aliases: ["Lý do", "Reasons"], width: 60 },
  { field: "status", header: "Trạng thái rà soát", aliases: ["Rà soát", "Trạng thái", "Review status"], width: 16 },
  { field: "reviewer", header: "Người rà soát", aliases: ["Người duyệt", "Reviewer"], width: 22 },
  { field: "reviewedAt", header: "Thời gian rà soát", aliases: ["Ngày rà soát", "Thời gian", "Reviewed at"], width: 18 },
  { field: "comment", header: "Ý kiến", aliases: ["Ý kiến rà soát", "Ý kiến người rà soát", "Comment"], width: 36 },
  { field: "stamp", header: "Dấu dữ liệu", aliases: ["Data stamp"], width: 26 },
  { field: "systemNote", header: "Ghi chú hệ thống", aliases: ["System note"], width: 60 },
];

/** Without these three a `Đề nghị` sheet carries no review that can be matched to a proposal. */
export const PROPOSAL_REQUIRED: ReadonlyArray<ProposalField> = ["subject", "title", "status"];

export const LOG_FIELDS = ["time", "actor", "action", "target", "stamp", "ruleSet", "id"] as const;
export type LogField = (typeof LOG_FIELDS)[number];

/**
 * `Nhật ký`: the six columns of workbook.md, then `Mã dòng` — the id the writing client gave the row, so that
 * merging or replaying the same rows twice is harmless. The product writes that seventh column hidden.
 */
export const LOG_COLUMNS: ReadonlyArray<ColumnDef<LogField>> = [
  { field: "time", header: "Thời gian", aliases: ["Ngày giờ", "Time"], width: 18 },
  { field: "actor", header: "Người thực hiện", aliases: ["Người thao tác", "Người dùng", "User"], width: 22 },
  { field: "action", header: "Thao tác", aliases: ["Hành động", "Action"], width: 18 },
  { field: "target", header: "Đối tượng", aliases: ["Nội dung", "Target"], width: 30 },
  { field: "stamp", header: "Dấu dữ liệu", aliases: ["Data stamp", "Fingerprint"], width: 26 },
  { field: "ruleSet", header: "Bộ quy tắc", aliases: ["Rule set"], width: 12 },
  { field: "id", header: "Mã dòng", aliases: ["Mã nhật ký", "Row id", "Id"], width: 24 },
];

export const LOG_ID_COLUMN_HIDDEN = true;

export const FACTS_FIELDS = ["stamp", "facts"] as const;
export type FactsField = (typeof FACTS_FIELDS)[number];

/**
 * `Dữ kiện rà soát` (hidden, product-owned): one row per data stamp with the facts record (JSON) it was
 * computed from, so that a later ranking can name which facts changed after a review.
 */
export const FACTS_COLUMNS: ReadonlyArray<ColumnDef<FactsField>> = [
  { field: "stamp", header: "Dấu dữ liệu", width: 26 },
  { field: "facts", header: "Dữ kiện", width: 80 },
];

/** Names of the sheets this workflow uses. */
export const REVIEW_SHEETS = {
  proposals: OUTPUT_SHEETS.proposals,
  log: OUTPUT_SHEETS.log,
  facts: "Dữ kiện rà soát",
} as const;

/** Header row of a sheet, as the product writes it. */
export function headerRow<F extends string>(columns: ReadonlyArray<ColumnDef<F>>): string[] {
  return columns.map((c) => c.header);
}
