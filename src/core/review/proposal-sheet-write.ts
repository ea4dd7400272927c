/**
 * The cells of `Đề nghị` rows (13 columns, workbook.md order). The builder of the sheet (src/output/
 * proposals-sheet.ts) or the Office.js review update can take the whole row or only the review part.
 */
import type { CellValue } from "../grid";
import { TITLE_DOMAIN, TITLES, type Title } from "../schema/enums";
import type { CarriedRow } from "./carry-over";
import { PROPOSAL_COLUMNS, PROPOSAL_FIELDS, type ProposalField } from "./columns";
import { dateTimeToSerial } from "./date-time";
import type { Review } from "./review";

/** 0-based position of a field in the written sheet. */
export function proposalColumnIndex(field: ProposalField): number {
  return PROPOSAL_FIELDS.indexOf(field);
}

/** `Thời gian rà soát`: an Excel serial when known (format it with DATE_TIME_FORMAT), else what was typed. */
export function reviewTimeValue(r: Review): CellValue {
  return r.reviewedAt === null ? r.reviewedAtText : dateTimeToSerial(r.reviewedAt);
}

/** The six cells from `Trạng thái rà soát` to `Ghi chú hệ thống`. */
export function reviewCells(review: Review, stamp: string, systemNote: string): CellValue[] {
  return [review.statusText, review.reviewer, reviewTimeValue(review), review.comment, stamp, systemNote];
}

/** The title as the sheet shows it: the Vietnamese name of a known code. */
export function titleText(title: string): string {
  return (TITLES as ReadonlyArray<string>).includes(title) ? TITLE_DOMAIN.labels[title as Title] : title;
}

export function proposalRowValues(row: CarriedRow, no: number): CellValue[] {
  return [no, row.subject, row.name, row.unit, titleText(row.title), row.result, row.basis, ...reviewCells(row.review, row.stamp, row.systemNote)];
}

/** Header + rows, STT from 1. */
export function proposalSheetValues(rows: ReadonlyArray<CarriedRow>): CellValue[][] {
  return [PROPOSAL_COLUMNS.map((c) => c.header), ...rows.map((r, i) => proposalRowValues(r, i + 1))];
}
