/**
 * `KQ Kiểm tra` as plain data, written by both faces (the Office.js adapter and any exceljs writer): one row per
 * issue — Mức độ · Mã lỗi · Sheet · Ô · Nội dung · Gợi ý — in the order of the check report (sheet order, row,
 * column). Pure: no Office, no Node.
 *
 * The Ô cell of an issue with a cell is a link to it. It is given two ways:
 * - `buildCheckSheet` → `{ link: "Cá nhân!F14", text: "F14", formula }`, the output-table shape the writers
 *   know (they turn `link` into the formula and keep every other text as text, never as a formula);
 * - `checkSheetValues` → a plain 2-D array whose Ô column holds the formula text itself,
 *   `=HYPERLINK("#'Cá nhân'!F14","F14")` (file-format syntax: English function name, `,` between arguments,
 *   the sheet name always quoted with ' doubled, " doubled inside strings).
 * An issue without a cell names what it concerns instead ("cột …", "toàn sheet").
 */
import type { CellValue } from "../core/grid";
import type { CheckResult } from "../core/check";
import type { Issue } from "../core/issues";
import { OUTPUT_SHEETS } from "../core/schema/sheets";
import { render, type Translate } from "../i18n";

/** A link to a cell of the same workbook. */
export interface CheckSheetLink {
  /** "Cá nhân!F14" */
  readonly link: string;
  /** What the cell shows ("F14"). */
  readonly text: string;
  /** The same link as a formula: `=HYPERLINK("#'Cá nhân'!F14","F14")`. */
  readonly formula: string;
}

export type CheckSheetCell = CellValue | CheckSheetLink;

export interface CheckSheet {
  readonly sheet: string;
  readonly columns: ReadonlyArray<{ readonly header: string; readonly width: number }>;
  readonly rows: ReadonlyArray<ReadonlyArray<CheckSheetCell>>;
}

/** Column ids (catalogue keys `checkSheet.<id>`) and widths in characters. */
export const CHECK_SHEET_COLUMNS = [
  ["severity", 10],
  ["code", 18],
  ["sheet", 16],
  ["cell", 10],
  ["message", 70],
  ["hint", 80],
] as const;

/** 0-based index of the Ô column. */
export const CELL_COLUMN = 3;

const quoteString = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** `=HYPERLINK("#'Sheet'!A1","A1")` for a cell of this workbook. */
export function hyperlinkFormula(sheet: string, cell: string, text: string = cell): string {
  const target = `#'${sheet.replace(/'/g, "''")}'!${cell}`;
  return `=HYPERLINK(${quoteString(target)},${quoteString(text)})`;
}

/** Where an issue is: its cell as a link, else the column or the whole sheet in words. */
export function issuePlace(i: Issue, t: Translate): CheckSheetCell {
  if (i.cell) return { link: `${i.sheet}!${i.cell}`, text: i.cell, formula: hyperlinkFormula(i.sheet, i.cell) };
  if (i.column) return t("check.where.column", { column: i.column });
  return t("check.where.sheet");
}

function issueRow(i: Issue, t: Translate): CheckSheetCell[] {
  return [t(`severity.${i.severity}`), i.code, i.sheet, issuePlace(i, t), render(t, i.message), render(t, i.hint)];
}

/** The sheet for the writers: header texts and widths, one row per issue. */
export function buildCheckSheet(result: Pick<CheckResult, "issues">, t: Translate): CheckSheet {
  return {
    sheet: OUTPUT_SHEETS.check,
    columns: CHECK_SHEET_COLUMNS.map(([id, width]) => ({ header: t(`checkSheet.${id}`), width })),
    rows: result.issues.map((i) => issueRow(i, t)),
  };
}

/** The sheet as one 2-D array (header row first); the Ô column holds HYPERLINK formula texts. */
export function checkSheetValues(result: Pick<CheckResult, "issues">, t: Translate): string[][] {
  const sheet = buildCheckSheet(result, t);
  const text = (c: CheckSheetCell): string => (c !== null && typeof c === "object" ? c.formula : c === null || c === undefined ? "" : String(c));
  return [sheet.columns.map((c) => c.header), ...sheet.rows.map((r) => r.map(text))];
}
