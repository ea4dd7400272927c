/**
 * Reading one tracking sheet: header detection, data rows (empty rows skipped), typed cells with their
 * addresses, and the cell-level issues (COLUMN_MISSING, REQUIRED, TYPE_*, RANGE, FORMULA_ERROR, LEGACY_ENCODING).
 */
import type { CellValue, SheetGrid } from "../grid";
import { columnLetters, isBlank } from "../grid";
import type { Issue } from "../issues";
import { defaultSeverity, issueValue } from "../issues";
import type { SheetInfo, Source } from "../model";
import type { ColumnSpec, SheetSpec } from "../schema/sheets";
import { convertLegacy, detectLegacyEncoding, type LegacyEncoding } from "../text/legacy-encoding";
import { findHeader } from "./header";
import { cellText, readCell } from "./read-cell";

/** One data row: typed values by field (null when blank or unreadable) and where they came from. */
export interface ReadRow {
  readonly values: Record<string, unknown>;
  readonly src: Source;
}

export interface ReadSheetResult {
  readonly info: SheetInfo;
  readonly rows: ReadRow[];
  readonly issues: Issue[];
}

/** Fields that a later check may exempt from REQUIRED (handled by the validator with cross-sheet context). */
export interface ReadOptions {
  readonly conditionallyRequired?: ReadonlySet<string>;
}

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

  for (const c of spec.columns) {
    if (c.required && !header.columns[c.field]) {
      push({
        code: "COLUMN_MISSING",
        sheet: grid.name,
        cell: null,
        row: headerRow,
        column: c.header,
        value: null,
        message: { key: "issues.COLUMN_MISSING", params: { column: c.header, sheet: grid.name, row: headerRow } },
        hint: { key: "hints.COLUMN_MISSING", params: { column: c.header, row: headerRow } },
      });
    }
  }

  const present = spec.columns.filter((c) => header.columns[c.field]);
  // Column letters of each field, worked out once per sheet (addresses are built for every cell).
  const letters: Record<string, string> = {};
  for (const c of present) letters[c.field] = columnLetters(header.columns[c.field].col + colOffset);
  const legacyReported = new Set<string>();
  const rows: ReadRow[] = [];

  for (let i = header.index + 1; i < grid.values.length; i++) {
    const line = grid.values[i] ?? [];
    if (present.every((c) => isBlank(line[header.columns[c.field].col]))) continue;
    const excelRow = i + rowOffset + 1;
    const values: Record<string, unknown> = {};
    const cells: Record<string, string> = {};
    const raw: Record<string, CellValue> = {};

    for (const c of spec.columns) {
      const pos = header.columns[c.field];
      if (!pos) {
        values[c.field] = emptyValue(c);
        continue;
      }
      const value = line[pos.col];
      const address = `${letters[c.field]}${excelRow}`;
      cells[c.field] = address;
      raw[c.field] = value;
      let text = cellText(value);
      if (typeof value === "string" && text !== "") {
        const enc = detectLegacyEncoding(text);
        if (enc) {
          text = convertLegacy(text, enc).trim();
          if (!legacyReported.has(c.field)) {
            legacyReported.add(c.field);
            push(legacyIssue(grid.name, address, excelRow, pos.header, value, enc, text));
          }
        }
      }
      const read = readCell(c, value, text);
      if (read.kind === "value") {
        values[c.field] = read.value;
      } else {
        values[c.field] = emptyValue(c);
        if (read.kind === "issue") {
          push({ code: read.code, sheet: grid.name, cell: address, row: excelRow, column: pos.header, value: issueValue(value), message: read.message, hint: read.hint });
        } else if (c.required && !options.conditionallyRequired?.has(c.field)) {
          push({
            code: "REQUIRED",
            sheet: grid.name,
            cell: address,
            row: excelRow,
            column: pos.header,
            value: null,
            message: { key: "issues.REQUIRED", params: { column: pos.header } },
            hint: { key: "hints.REQUIRED", params: { column: pos.header } },
          });
        }
      }
    }
    rows.push({ values, src: { sheet: grid.name, row: excelRow, cells, raw } });
  }

  return { info: { id: spec.id, name: grid.name, headerRow, columns, order }, rows, issues };
}

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
