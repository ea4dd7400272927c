/**
 * Issues found in the tracking workbook. Codes are stable (workbook.md); messages are keys into the
 * message catalogues (src/i18n) with parameters, so the core stays free of any language.
 */
import type { CellValue } from "./grid";

export const ISSUE_CODES = [
  "SHEET_MISSING",
  "COLUMN_MISSING",
  "REQUIRED",
  "TYPE_NUMBER",
  "TYPE_DATE",
  "TYPE_ENUM",
  "RANGE",
  "DUPLICATE_KEY",
  "UNKNOWN_REF",
  "FORMULA_ERROR",
  "INCONSISTENT",
  "DATE_ORDER",
  "DOMAIN",
  "DUPLICATE_PERSON",
  "LEGACY_ENCODING",
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export type Severity = "error" | "warning";

export type MsgParams = Readonly<Record<string, string | number>>;

/** A message to be rendered from the catalogues: `key` with `{{param}}` values. */
export interface Msg {
  readonly key: string;
  readonly params?: MsgParams;
}

export interface Issue {
  readonly severity: Severity;
  readonly code: IssueCode;
  /** Sheet name as written in the file (canonical name for SHEET_MISSING). */
  readonly sheet: string;
  readonly cell: string | null;
  readonly row: number | null;
  /** Column header as written. */
  readonly column: string | null;
  readonly value: string | number | boolean | null;
  readonly message: Msg;
  readonly hint: Msg | null;
}

/** Severity of a code; SHEET_MISSING depends on the sheet and R13 reuse is the DOMAIN exception. */
export function defaultSeverity(code: IssueCode): Severity {
  switch (code) {
    case "DOMAIN":
    case "DUPLICATE_PERSON":
    case "LEGACY_ENCODING":
      return "warning";
    default:
      return "error";
  }
}

/** JSON-safe form of a cell value for issues. */
export function issueValue(value: CellValue): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "string" && value === "") return null;
  return value;
}

export interface IssueOrderContext {
  /** Sheet name as written → position in the workbook (missing sheets go last in canonical order). */
  readonly sheetOrder: ReadonlyMap<string, number>;
}

/** Sorts issues by sheet order, then row, then column, then code (stable and deterministic). */
export function sortIssues(issues: ReadonlyArray<Issue>, ctx: IssueOrderContext): Issue[] {
  const col = (cell: string | null): number => {
    if (!cell) return -1;
    const m = /^([A-Z]+)/.exec(cell);
    if (!m) return -1;
    let n = 0;
    for (const ch of m[1]) n = n * 26 + (ch.charCodeAt(0) - 64);
    return n;
  };
  return [...issues].sort((a, b) => {
    const sa = ctx.sheetOrder.get(a.sheet) ?? 1e6;
    const sb = ctx.sheetOrder.get(b.sheet) ?? 1e6;
    if (sa !== sb) return sa - sb;
    if (a.sheet !== b.sheet) return a.sheet < b.sheet ? -1 : 1;
    const ra = a.row ?? 0;
    const rb = b.row ?? 0;
    if (ra !== rb) return ra - rb;
    const ca = col(a.cell);
    const cb = col(b.cell);
    if (ca !== cb) return ca - cb;
    if (a.code !== b.code) return a.code < b.code ? -1 : 1;
    return String(a.value ?? "") < String(b.value ?? "") ? -1 : String(a.value ?? "") > String(b.value ?? "") ? 1 : 0;
  });
}
