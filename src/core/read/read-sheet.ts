/**
 * Reading one tracking sheet: header detection, data rows (empty rows skipped), typed cells with their
 * addresses, and the cell-level issues (COLUMN_MISSING, REQUIRED, TYPE_*, RANGE, FORMULA_ERROR, LEGACY_ENCODING).
 */
import type { CellValue, SheetGrid } from "../grid";
import { columnLetters, isBlank, isErrorValue } from "../grid";
import type { Issue } from "../issues";
import { defaultSeverity, issueValue } from "../issues";
import type { SheetInfo, Source } from "../model";
import type { ColumnSpec, SheetSpec } from "../schema/sheets";
import { convertLegacy, detectLegacyEncoding, type LegacyEncoding } from "../text/legacy-encoding";
import { findHeader } from "./header";
import { RECORD_SHAPES } from "./record-shapes";
import { DOMAINS, matchEnum, type EnumDomain } from "../schema/enums";
import { serialToIso } from "../text/parse-values";
import { boundedMemo } from "../memo";
import { cellText, MAX_YEAR, MIN_YEAR, readCell } from "./read-cell";

/** One data row, the record itself: typed values by field (null when blank or unreadable), then `src` (where they came from). */
export type ReadRow = Record<string, unknown> & { readonly src: Source };

export interface ReadSheetResult {
  readonly info: SheetInfo;
  readonly rows: ReadRow[];
  readonly issues: Issue[];
}

/** Fields that a later check may exempt from REQUIRED (handled by the validator with cross-sheet context). */
export interface ReadOptions {
  readonly conditionallyRequired?: ReadonlySet<string>;
  /** "A1" addresses already written while reading this workbook (the sheets' rows share them: "B7" is "B7" on every sheet). */
  readonly addresses?: Addresses;
}

/** The header and its aliases as a clerk may write them ("Mã cán bộ”, “Mã CB”, “Mã số"), without the no-diacritics copies. */
function acceptedSpellings(c: ColumnSpec): string {
  const ascii = /^[\x00-\x7f]*$/;
  const names = [c.header, ...(c.aliases ?? []).filter((a) => !ascii.test(a) || ascii.test(c.header))];
  return [...new Set(names)].slice(0, 4).join("”, “");
}

/** Texts of the header row that name no column of the sheet (at most 3): likely a required column misspelt. */
function unrecognisedHeaders(row: ReadonlyArray<CellValue>, columns: Readonly<Record<string, { col: number }>>): string[] {
  const taken = new Set(Object.values(columns).map((c) => c.col));
  const out: string[] = [];
  row.forEach((v, col) => {
    if (!taken.has(col) && typeof v === "string" && !isBlank(v) && out.length < 3) out.push(v.trim());
  });
  return out;
}

/** "A1" texts by 0-based sheet column, then Excel row. */
export type Addresses = Array<Array<string | undefined> | undefined>;

export function readSheet(grid: SheetGrid, spec: SheetSpec, order: number, options: ReadOptions = {}): ReadSheetResult {
  const issues: Issue[] = [];
  const rowOffset = grid.rowOffset ?? 0;
  const colOffset = grid.colOffset ?? 0;
  const header = findHeader(grid, spec);

  const push = (i: Omit<Issue, "severity"> & { severity?: Issue["severity"] }): void => {
    issues.push({ severity: i.severity ?? defaultSeverity(i.code), ...i } as Issue);
  };

  if (!header) {
    for (const c of spec.columns.filter((c) => c.required)) {
      push({
        code: "COLUMN_MISSING",
        sheet: grid.name,
        cell: null,
        row: null,
        column: c.header,
        value: null,
        message: { key: "issues.COLUMN_MISSING.noHeader", params: { column: c.header, sheet: grid.name } },
        hint: { key: "hints.COLUMN_MISSING.noHeader", params: { column: c.header } },
      });
    }
    return { info: { id: spec.id, name: grid.name, headerRow: null, columns: {}, order }, rows: [], issues };
  }

  const headerRow = header.index + rowOffset + 1;
  const columns: Record<string, { col: number; header: string }> = {};
  for (const [field, c] of Object.entries(header.columns)) columns[field] = { col: c.col + colOffset, header: c.header };

  let unknownHeaders: string[] | null = null;
  for (const c of spec.columns) {
    if (c.required && !header.columns[c.field]) {
      unknownHeaders ??= unrecognisedHeaders(grid.values[header.index] ?? [], header.columns);
      const accepted = acceptedSpellings(c);
      push({
        code: "COLUMN_MISSING",
        sheet: grid.name,
        cell: null,
        row: headerRow,
        column: c.header,
        value: null,
        message: { key: "issues.COLUMN_MISSING", params: { column: c.header, sheet: grid.name, row: headerRow } },
        hint:
          unknownHeaders.length > 0
            ? { key: "hints.COLUMN_MISSING.unknown", params: { column: c.header, row: headerRow, accepted, unknown: unknownHeaders.join("”, “") } }
            : { key: "hints.COLUMN_MISSING", params: { column: c.header, row: headerRow, accepted } },
      });
    }
  }

  // Per sheet, once: each column's position, letters and how its common cells are read.
  const plan = columnPlan(spec, header.columns, colOffset, options);
  const presentCols = plan.filter((p) => p.pos >= 0).map((p) => p.pos);
  const addresses: Addresses = options.addresses ?? [];
  const columnAddresses = plan.map((p) => (p.pos >= 0 ? (addresses[p.pos + colOffset] ??= []) : []));
  const shapes = shapesOf(spec, plan);
  // Each row's values, addresses and raw cells by plan index (reused from row to row).
  const vals = new Array<unknown>(plan.length);
  const addrs = new Array<string>(plan.length);
  const raws = new Array<CellValue>(plan.length);
  const legacyReported = new Set<string>();
  // At most one record per grid row below the header (empty rows skipped; the list is cut to size at the end).
  const rows = new Array<ReadRow>(Math.max(0, grid.values.length - header.index - 1));
  let count = 0;
  const values0 = grid.values;

  for (let i = header.index + 1; i < values0.length; i++) {
    const line = values0[i] ?? EMPTY_LINE;
    let blank = true;
    for (let k = 0; k < presentCols.length; k++) {
      if (!isBlank(line[presentCols[k]])) {
        blank = false;
        break;
      }
    }
    if (blank) continue;
    const excelRow = i + rowOffset + 1;
    let rowText: string | null = null;

    for (let k = 0; k < plan.length; k++) {
      const p = plan[k];
      const c = p.column;
      if (p.pos < 0) {
        vals[k] = emptyValue(c);
        continue;
      }
      const value = line[p.pos];
      const known = columnAddresses[k];
      const address = known[excelRow] ?? (known[excelRow] = p.letters + (rowText ??= String(excelRow)));
      addrs[k] = address;
      raws[k] = value;
      if (typeof value === "number") {
        // The common case of number, year and date columns, read as readCell would (same value).
        const v = numberValue(p.fast, value);
        if (v !== undefined) {
          vals[k] = v;
          continue;
        }
      }
      let text = cellText(value);
      if (typeof value === "string" && text !== "") {
        // An error value ("#N/A") starts with "#" once trimmed: only those go through isErrorValue.
        const maybeError = text.charCodeAt(0) === 35;
        const enc = detectLegacyEncoding(text);
        if (enc) {
          text = convertLegacy(text, enc).trim();
          if (!legacyReported.has(c.field)) {
            legacyReported.add(c.field);
            push(legacyIssue(grid.name, address, excelRow, p.header, value, enc, text));
          }
        }
        if (p.fast !== FAST.none && !(maybeError && isErrorValue(value))) {
          const v = textValue(p, text);
          if (v !== undefined) {
            vals[k] = v;
            continue;
          }
        }
      }
      const read = readCell(c, value, text);
      if (read.kind === "value") {
        vals[k] = read.value;
      } else {
        vals[k] = emptyValue(c);
        if (read.kind === "issue") {
          push({ code: read.code, sheet: grid.name, cell: address, row: excelRow, column: p.header, value: issueValue(value), message: read.message, hint: read.hint });
        } else if (p.required) {
          push({
            code: "REQUIRED",
            sheet: grid.name,
            cell: address,
            row: excelRow,
            column: p.header,
            value: null,
            message: { key: "issues.REQUIRED", params: { column: p.header } },
            hint: { key: "hints.REQUIRED", params: { column: p.header } },
          });
        }
      }
    }
    // The row's objects, from its lists by column (the sheet's literal shapes, else field by field).
    const values = shapes.values ? shapes.values(vals) : byField(plan, vals, true);
    const cells = (shapes.cells ? shapes.cells(addrs) : byField(plan, addrs, false)) as Record<string, string>;
    const raw = (shapes.raw ? shapes.raw(raws) : byField(plan, raws, false)) as Record<string, CellValue>;
    // The values object becomes the record: its fields, then `src`.
    values.src = { sheet: grid.name, row: excelRow, cells, raw };
    rows[count++] = values as ReadRow;
  }
  rows.length = count;

  return { info: { id: spec.id, name: grid.name, headerRow, columns, order }, rows, issues };
}

const EMPTY_LINE: ReadonlyArray<CellValue> = [];

interface Shapes {
  readonly values: ((v: ReadonlyArray<unknown>) => Record<string, unknown>) | null;
  readonly cells: ((v: ReadonlyArray<string>) => Record<string, string>) | null;
  readonly raw: ((v: ReadonlyArray<CellValue>) => Record<string, CellValue>) | null;
}

/** An object of the row's list by field, built field by field: every field (`all`) or those of present columns. */
function byField(plan: ReadonlyArray<ColumnPlan>, list: ReadonlyArray<unknown>, all: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let k = 0; k < plan.length; k++) if (all || plan[k].pos >= 0) out[plan[k].field] = list[k];
  return out;
}

/** Whether an object made by `make` has exactly `keys`, in that order. */
function hasKeys(make: (v: ReadonlyArray<never>) => object, keys: ReadonlyArray<string>): boolean {
  const actual = Object.keys(make([]));
  return actual.length === keys.length && actual.every((k, i) => k === keys[i]);
}

/**
 * The sheet's record shapes (record-shapes.ts) when they are the objects the reader would build field by field:
 * values always (every field, then `src`); cells and raw when every column is present.
 */
function shapesOf(spec: SheetSpec, plan: ReadonlyArray<ColumnPlan>): Shapes {
  const shapes = RECORD_SHAPES[spec.id];
  const fields = plan.map((p) => p.field);
  if (!shapes || new Set(fields).size !== fields.length || !hasKeys(shapes.values, [...fields, "src"])) return { values: null, cells: null, raw: null };
  const all = plan.every((p) => p.pos >= 0);
  const whole = all && hasKeys(shapes.cells, fields) && hasKeys(shapes.raw, fields);
  return { values: shapes.values, cells: whole ? shapes.cells : null, raw: whole ? shapes.raw : null };
}

/** How a column's common cells are read without readCell (the value readCell would give, or undefined). */
const FAST = { none: 0, text: 1, codes: 2, enum: 3, year: 4, int: 5, number: 6, date: 7 } as const;
type Fast = (typeof FAST)[keyof typeof FAST];

interface ColumnPlan {
  readonly column: ColumnSpec;
  readonly field: string;
  /** 0-based index into the grid's rows, or -1 when the column is absent. */
  readonly pos: number;
  readonly letters: string;
  readonly header: string;
  /** REQUIRED applies to a blank cell (not conditionally required). */
  readonly required: boolean;
  readonly fast: Fast;
  readonly domain: EnumDomain | null;
}

function columnPlan(spec: SheetSpec, found: Record<string, { col: number; header: string }>, colOffset: number, options: ReadOptions): ColumnPlan[] {
  return spec.columns.map((column) => {
    const pos = found[column.field];
    const t = column.type;
    return {
      column,
      field: column.field,
      pos: pos ? pos.col : -1,
      letters: pos ? columnLetters(pos.col + colOffset) : "",
      header: pos ? pos.header : column.header,
      required: column.required === true && !options.conditionallyRequired?.has(column.field),
      fast: t.kind === "code" ? FAST.text : t.kind === "percent" ? FAST.none : FAST[t.kind],
      domain: t.kind === "enum" ? (DOMAINS[t.domain] as EnumDomain) : null,
    };
  });
}

/** A number cell of a number, year or date column that reads without an issue: its value (as readCell). */
function numberValue(fast: Fast, v: number): unknown {
  switch (fast) {
    case FAST.year:
      return Number.isFinite(v) && Number.isInteger(v) && v >= MIN_YEAR && v <= MAX_YEAR ? v : undefined;
    case FAST.int:
      return Number.isFinite(v) && Number.isInteger(v) && v >= 0 ? v : undefined;
    case FAST.number:
      return Number.isFinite(v) && v >= 0 ? v : undefined;
    case FAST.date:
      return serialDate(v) ?? undefined;
    default:
      return undefined;
  }
}

/** A non-blank text cell of a text, code, codes or enum column that reads without an issue: its value (as readCell). */
function textValue(p: ColumnPlan, text: string): unknown {
  switch (p.fast) {
    case FAST.text:
      return text;
    case FAST.codes:
      return SEPARATORS.test(text) ? undefined : text === "" ? [] : [text];
    case FAST.enum:
      return matchEnum(p.domain as EnumDomain, text) ?? undefined;
    default:
      return undefined;
  }
}

const SEPARATORS = /[;,\n]|^\s|\s$/;

/** Excel serials already converted (the same few thousand dates fill a whole workbook). */
const serialDate = boundedMemo((serial: number): string | null => serialToIso(serial), 100_000);

function emptyValue(c: ColumnSpec): unknown {
  if (c.defaultValue !== undefined) return c.defaultValue;
  switch (c.type.kind) {
    case "text":
    case "code":
      return "";
    case "codes":
      return [];
    default:
      return null;
  }
}

function legacyIssue(sheet: string, cell: string, row: number, column: string, value: CellValue, enc: LegacyEncoding, converted: string): Issue {
  return {
    severity: "warning",
    code: "LEGACY_ENCODING",
    sheet,
    cell,
    row,
    column,
    value: issueValue(value),
    message: { key: "issues.LEGACY_ENCODING", params: { encoding: enc, column, converted } },
    hint: { key: `hints.LEGACY_ENCODING.${enc}`, params: { column } },
  };
}
