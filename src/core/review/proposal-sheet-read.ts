/**
 * Reading back an existing `Đề nghị` sheet (the product wrote it; people may have typed into it): columns
 * found by header as in workbook.md (any order, extra columns ignored, title rows above allowed), one row per
 * (subject, title). Never throws; what cannot be read becomes a warning naming the cell and the fix.
 */
import type { CellValue, SheetGrid } from "../grid";
import { a1, isBlank } from "../grid";
import type { Issue } from "../issues";
import { issueValue } from "../issues";
import { cellText } from "../read/read-cell";
import { matchEnum, TITLE_DOMAIN } from "../schema/enums";
import { PROPOSAL_COLUMNS, PROPOSAL_REQUIRED, type ProposalField } from "./columns";
import { readDateTime } from "./date-time";
import { findHeaderRow } from "./header-match";
import { proposalKey, type ProposalKey } from "./keys";
import { compareReviews, type Review } from "./review";
import { parseReviewStatus, REVIEW_STATUS_LABELS, reviewStatusSpellings } from "./review-status";

/** The columns that describe a proposal in `Đề nghị` (before the review columns). */
export interface ProposalText {
  /** Subject code as written (trimmed). */
  readonly subject: string;
  readonly name: string;
  readonly unit: string;
  /** Title code (LDTT, CSTDCS…) when recognised, else the text as written. */
  readonly title: string;
  /** `Kết quả xét` text. */
  readonly result: string;
  /** `Căn cứ` text. */
  readonly basis: string;
}

export interface ProposalRow extends ProposalText {
  readonly review: Review;
  readonly stamp: string;
  readonly systemNote: string;
  /** 1-based Excel row it was read from (null for rows built in memory). */
  readonly row: number | null;
}

export interface ReadProposals {
  /** Rows with a readable subject and title, first occurrence order; duplicates resolved (latest review wins). */
  readonly rows: ReadonlyArray<ProposalRow>;
  readonly issues: ReadonlyArray<Issue>;
  /** Field → 0-based sheet column and the 0-based grid index of the header row, for single-row updates. */
  readonly layout: { readonly headerIndex: number; readonly columns: Readonly<Partial<Record<ProposalField, number>>> } | null;
}

function warning(sheet: string, code: Issue["code"], cell: string | null, row: number | null, column: string | null, value: CellValue, message: Issue["message"], hint: Issue["hint"]): Issue {
  return { severity: "warning", code, sheet, cell, row, column, value: issueValue(value), message, hint };
}

export function readProposalSheet(grid: SheetGrid): ReadProposals {
  const rowOffset = grid.rowOffset ?? 0;
  const colOffset = grid.colOffset ?? 0;
  const issues: Issue[] = [];
  const header = findHeaderRow(grid, PROPOSAL_COLUMNS);
  if (!header) {
    if (grid.values.some((r) => r.some((v) => !isBlank(v)))) {
      issues.push(warning(grid.name, "COLUMN_MISSING", null, null, null, null, { key: "review.issue.noHeader", params: { sheet: grid.name } }, { key: "review.hint.noHeader" }));
    }
    return { rows: [], issues, layout: null };
  }
  const headerRow = rowOffset + header.index + 1;
  const headerText = (f: ProposalField): string => {
    const c = header.columns[f];
    return c === undefined ? PROPOSAL_COLUMNS.find((d) => d.field === f)!.header : String(grid.values[header.index][c]).trim();
  };
  const missing = PROPOSAL_REQUIRED.filter((f) => header.columns[f] === undefined);
  for (const f of missing) {
    issues.push(
      warning(grid.name, "COLUMN_MISSING", null, headerRow, headerText(f), null, { key: "review.issue.columnMissing", params: { sheet: grid.name, column: headerText(f), row: headerRow } }, { key: "review.hint.columnMissing", params: { column: headerText(f) } }),
    );
  }
  const layout = { headerIndex: header.index, columns: Object.fromEntries(Object.entries(header.columns).map(([f, c]) => [f, (c as number) + colOffset])) };
  if (missing.length > 0) return { rows: [], issues, layout };

  const byKey = new Map<ProposalKey, ProposalRow>();
  /** Excel row of the first occurrence of each key (byKey holds the winner, which may be a later row). */
  const firstRow = new Map<ProposalKey, number>();
  const order: ProposalKey[] = [];
  let approvedWithoutStampColumn = 0;
  for (let i = header.index + 1; i < grid.values.length; i++) {
    const line = grid.values[i] ?? [];
    const excelRow = rowOffset + i + 1;
    const at = (f: ProposalField): CellValue => {
      const c = header.columns[f];
      return c === undefined ? "" : line[c];
    };
    const text = (f: ProposalField): string => cellText(at(f));
    const address = (f: ProposalField): string => a1(rowOffset + i, (header.columns[f] ?? 0) + colOffset);
    if (PROPOSAL_COLUMNS.every((d) => isBlank(at(d.field)))) continue;
    const subject = text("subject");
    const titleText = text("title");
    if (subject === "" || titleText === "") continue; // a note typed below the table, not a proposal
    const titleCode = matchEnum(TITLE_DOMAIN, titleText);
    if (!titleCode) {
      issues.push(warning(grid.name, "TYPE_ENUM", address("title"), excelRow, headerText("title"), at("title"), { key: "review.issue.title", params: { value: titleText } }, { key: "review.hint.title" }));
    }
    const statusText = text("status");
    const status = parseReviewStatus(statusText);
    if (status === null) {
      issues.push(
        warning(grid.name, "TYPE_ENUM", address("status"), excelRow, headerText("status"), at("status"), { key: "review.issue.status", params: { value: statusText } }, { key: "review.hint.status", params: { options: reviewStatusSpellings().slice(0, 3).join("; ") } }),
      );
    }
    const reviewedAtText = text("reviewedAt");
    const reviewedAt = readDateTime(at("reviewedAt"));
    if (reviewedAtText !== "" && reviewedAt === null) {
      issues.push(warning(grid.name, "TYPE_DATE", address("reviewedAt"), excelRow, headerText("reviewedAt"), at("reviewedAt"), { key: "review.issue.time", params: { value: reviewedAtText } }, { key: "review.hint.time" }));
    }
    const comment = text("comment");
    if (status === "RETURNED" && comment === "") {
      issues.push(warning(grid.name, "REQUIRED", address("comment"), excelRow, headerText("comment"), null, { key: "review.issue.commentRequired", params: { subject, title: titleText } }, { key: "review.hint.commentRequired" }));
    }
    // An approval whose `Dấu dữ liệu` is gone cannot be checked against the data (the carry-over marks it stale,
    // "facts unknown"): say so on the cell, with the way to review it again — retyping Đồng ý does not help.
    if (status === "APPROVED" && text("stamp") === "") {
      if (header.columns.stamp === undefined) approvedWithoutStampColumn++;
      else issues.push(warning(grid.name, "REQUIRED", address("stamp"), excelRow, headerText("stamp"), null, { key: "review.issue.stampMissing", params: { subject, title: titleText } }, { key: "review.hint.stampMissing" }));
    }
    const review: Review = {
      status,
      statusText: status === null ? statusText : REVIEW_STATUS_LABELS[status],
      reviewer: text("reviewer"),
      reviewedAt,
      reviewedAtText: reviewedAt === null ? reviewedAtText : "",
      comment,
    };
    const row: ProposalRow = {
      subject,
      name: text("name"),
      unit: text("unit"),
      title: titleCode ?? titleText,
      result: text("result"),
      basis: text("basis"),
      review,
      stamp: text("stamp"),
      systemNote: text("systemNote"),
      row: excelRow,
    };
    const key = proposalKey(subject, row.title);
    const prev = byKey.get(key);
    if (!prev) {
      byKey.set(key, row);
      firstRow.set(key, excelRow);
      order.push(key);
      continue;
    }
    const winner = compareReviews(row.review, prev.review) > 0 ? row : prev;
    byKey.set(key, winner);
    issues.push(
      warning(
        grid.name,
        "DUPLICATE_KEY",
        address("subject"),
        excelRow,
        headerText("subject"),
        at("subject"),
        { key: "review.issue.duplicate", params: { subject, title: titleText, first: firstRow.get(key) ?? 0, used: winner.row ?? 0 } },
        { key: "review.hint.duplicate" },
      ),
    );
  }
  if (approvedWithoutStampColumn > 0) {
    const column = headerText("stamp");
    issues.push(warning(grid.name, "REQUIRED", null, headerRow, column, null, { key: "review.issue.stampColumnMissing", params: { sheet: grid.name, column, row: headerRow, count: approvedWithoutStampColumn } }, { key: "review.hint.stampColumnMissing", params: { column } }));
  }
  return { rows: order.map((k) => byKey.get(k)!), issues, layout };
}
