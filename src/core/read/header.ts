/**
 * Header detection: the first row within the first 10 that holds at least two known headers of the sheet.
 * Title rows and merged banner cells above it are allowed.
 */
import type { SheetGrid } from "../grid";
import { isBlank } from "../grid";
import { matchKey } from "../text/fold";
import type { SheetSpec } from "../schema/sheets";

export const HEADER_SEARCH_ROWS = 10;

export interface HeaderMatch {
  /** 0-based index into grid.values. */
  readonly index: number;
  /** Field → 0-based index into the row, and the header text as written. */
  readonly columns: Record<string, { col: number; header: string }>;
}

interface Lookup {
  readonly canonical: Map<string, string>;
  readonly alias: Map<string, string[]>;
}

const lookups = new WeakMap<SheetSpec, Lookup>();

function lookupOf(spec: SheetSpec): Lookup {
  let l = lookups.get(spec);
  if (!l) {
    const canonical = new Map<string, string>();
    const alias = new Map<string, string[]>();
    for (const c of spec.columns) {
      canonical.set(matchKey(c.header), c.field);
      for (const a of c.aliases ?? []) {
        const k = matchKey(a);
        alias.set(k, [...(alias.get(k) ?? []), c.field]);
      }
    }
    l = { canonical, alias };
    lookups.set(spec, l);
  }
  return l;
}

/** Maps one row's cells to fields: canonical headers first, then aliases for fields still free. */
export function matchHeaderRow(row: ReadonlyArray<unknown>, spec: SheetSpec): HeaderMatch["columns"] {
  const { canonical, alias } = lookupOf(spec);
  const columns: HeaderMatch["columns"] = {};
  const keys = row.map((v) => (typeof v === "string" && !isBlank(v) ? matchKey(v) : ""));
  keys.forEach((k, col) => {
    const field = k ? canonical.get(k) : undefined;
    if (field && !columns[field]) columns[field] = { col, header: String(row[col]).trim() };
  });
  const taken = new Set(Object.values(columns).map((c) => c.col));
  keys.forEach((k, col) => {
    if (!k || taken.has(col)) return;
    for (const field of alias.get(k) ?? []) {
      if (!columns[field]) {
        columns[field] = { col, header: String(row[col]).trim() };
        taken.add(col);
        break;
      }
    }
  });
  return columns;
}

/**
 * Finds the header row of a sheet, or null when none of the sheet's first 10 rows has two known headers.
 * The grid may start below row 1 (a used range starting at row 4 has rowOffset 3): the limit is on sheet rows.
 */
export function findHeader(grid: SheetGrid, spec: SheetSpec): HeaderMatch | null {
  const limit = Math.min(grid.values.length, HEADER_SEARCH_ROWS - (grid.rowOffset ?? 0));
  for (let i = 0; i < limit; i++) {
    const columns = matchHeaderRow(grid.values[i] ?? [], spec);
    if (Object.keys(columns).length >= 2) return { index: i, columns };
  }
  return null;
}
