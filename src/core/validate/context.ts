/**
 * What every validation check reads: the records, lookups by code (codes compare trimmed and ignoring case),
 * and helpers that build issues pointing at a record's cell with the column header as written in the file.
 */
import type { CellValue } from "../grid";
import type { Issue, IssueCode, Msg, Severity } from "../issues";
import { defaultSeverity, issueValue } from "../issues";
import type { Person, Source, TrackingData, Unit } from "../model";
import { SHEETS, type SheetId } from "../schema/sheets";
import { codeKey } from "../text/code-key";

export { codeKey };

export interface ValidationContext {
  readonly data: TrackingData;
  /** First unit / person by code key. */
  readonly units: ReadonlyMap<string, Unit>;
  readonly people: ReadonlyMap<string, Person>;
}

export function makeContext(data: TrackingData): ValidationContext {
  const units = new Map<string, Unit>();
  for (let iU = 0; iU < data.units.length; iU++) {
    const u = data.units[iU];
    if (u.code !== "" && !units.has(codeKey(u.code))) units.set(codeKey(u.code), u);
  }
  const people = new Map<string, Person>();
  for (let iP = 0; iP < data.people.length; iP++) {
    const p = data.people[iP];
    if (p.code !== "" && !people.has(codeKey(p.code))) people.set(codeKey(p.code), p);
  }
  return { data, units, people };
}

/** The sheet's name as written in the file, or its canonical name when it is missing. */
export function sheetName(data: TrackingData, id: SheetId): string {
  return data.sheets[id]?.name ?? SHEETS.find((s) => s.id === id)?.name ?? id;
}

/** A column's header as written in the file, or its canonical header when the column is absent. */
export function columnHeader(data: TrackingData, id: SheetId, field: string): string {
  const written = data.sheets[id]?.columns[field]?.header;
  if (written) return written;
  return SHEETS.find((s) => s.id === id)?.columns.find((c) => c.field === field)?.header ?? field;
}

/** True when the sheet was found and has the column. */
export function hasColumn(data: TrackingData, id: SheetId, field: string): boolean {
  return data.sheets[id]?.columns[field] !== undefined;
}

/** `Sheet!A1` reference (quoted the way people read it, not a formula). */
export function ref(sheet: string, cell: string | undefined | null): string {
  return cell ? `${sheet}!${cell}` : sheet;
}

export interface CellIssueInput {
  readonly code: IssueCode;
  readonly sheet: SheetId;
  readonly src: Source;
  readonly field: string;
  readonly message: Msg;
  readonly hint: Msg | null;
  readonly severity?: Severity;
  /** The value to report instead of the cell's raw value. */
  readonly value?: CellValue;
}

/** An issue on one field's cell of a record. */
export function cellIssue(data: TrackingData, i: CellIssueInput): Issue {
  return {
    severity: i.severity ?? defaultSeverity(i.code),
    code: i.code,
    sheet: i.src.sheet,
    cell: i.src.cells[i.field] ?? null,
    row: i.src.row,
    column: columnHeader(data, i.sheet, i.field),
    value: issueValue(i.value !== undefined ? i.value : i.src.raw[i.field]),
    message: i.message,
    hint: i.hint,
  };
}

/** A whole-column issue at the header row (COLUMN_MISSING style: no cell). */
export function columnIssue(data: TrackingData, id: SheetId, field: string, code: IssueCode, message: Msg, hint: Msg | null): Issue {
  const info = data.sheets[id];
  return {
    severity: defaultSeverity(code),
    code,
    sheet: sheetName(data, id),
    cell: null,
    row: info?.headerRow ?? null,
    column: columnHeader(data, id, field),
    value: null,
    message,
    hint,
  };
}

/** Formats a number for messages the way the clerk typed it in spirit: Vietnamese decimal comma. */
export function formatNumber(n: number): string {
  const rounded = Math.round(n * 1e6) / 1e6;
  return String(rounded).replace(".", ",");
}
