/**
 * Header detection for the product's own sheets, with the same rules as the tracking sheets: the first row
 * within the first 10 that holds at least two known headers; headers match with `matchKey`, canonical names
 * before aliases; column order is free and unknown columns are ignored.
 */
import type { CellValue, SheetGrid, WorkbookGrids } from "../grid";
import { isBlank } from "../grid";
import { HEADER_SEARCH_ROWS } from "../read/header";
import { matchKey } from "../text/fold";
import type { ColumnDef } from "./columns";

export interface FoundHeader<F extends string> {
  /** 0-based index of the header row in grid.values. */
  readonly index: number;
  /** Field → 0-based index into the row. */
  readonly columns: Readonly<Partial<Record<F, number>>>;
}

export function matchColumns<F extends string>(row: ReadonlyArray<CellValue>, defs: ReadonlyArray<ColumnDef<F>>): Partial<Record<F, number>> {
  const out: Partial<Record<F, number>> = {};
  const keys = row.map((v) => (typeof v === "string" && !isBlank(v) ? matchKey(v) : ""));
  const taken = new Set<number>();
  for (const d of defs) {
    const col = keys.findIndex((k, i) => k !== "" && !taken.has(i) && k === matchKey(d.header));
    if (col >= 0) {
      out[d.field] = col;
      taken.add(col);
    }
  }
  for (const d of defs) {
    if (out[d.field] !== undefined) continue;
    const aliases = new Set((d.aliases ?? []).map(matchKey));
    const col = keys.findIndex((k, i) => k !== "" && !taken.has(i) && aliases.has(k));
    if (col >= 0) {
      out[d.field] = col;
      taken.add(col);
    }
  }
  return out;
}

export function findHeaderRow<F extends string>(grid: SheetGrid, defs: ReadonlyArray<ColumnDef<F>>): FoundHeader<F> | null {
  const limit = Math.min(grid.values.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const columns = matchColumns(grid.values[i] ?? [], defs);
    if (Object.keys(columns).length >= 2) return { index: i, columns };
  }
  return null;
}

/** The first sheet whose name matches (ignoring case, diacritics, spaces, punctuation), or null. */
export function findGrid(workbook: WorkbookGrids, name: string): SheetGrid | null {
  const key = matchKey(name);
  return workbook.sheets.find((s) => matchKey(s.name) === key) ?? null;
}
