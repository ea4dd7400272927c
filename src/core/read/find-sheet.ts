/** Finding the tracking sheets in a workbook by canonical name or alias, ignoring case and diacritics. */
import type { SheetGrid, WorkbookGrids } from "../grid";
import { matchKey } from "../text/fold";
import { SHEETS, type SheetId, type SheetSpec } from "../schema/sheets";

export interface FoundSheet {
  readonly spec: SheetSpec;
  readonly grid: SheetGrid;
  readonly order: number;
}

/** Matches workbook sheets to the tracking sheets; the first sheet matching a spec wins. */
export function findSheets(workbook: WorkbookGrids): Partial<Record<SheetId, FoundSheet>> {
  const found: Partial<Record<SheetId, FoundSheet>> = {};
  const keys = new Map<string, SheetSpec>();
  for (const spec of SHEETS) {
    keys.set(matchKey(spec.name), spec);
    for (const alias of spec.aliases) if (!keys.has(matchKey(alias))) keys.set(matchKey(alias), spec);
  }
  workbook.sheets.forEach((grid, order) => {
    const spec = keys.get(matchKey(grid.name));
    if (spec && !found[spec.id]) found[spec.id] = { spec, grid, order };
  });
  return found;
}

/** Position of each sheet name as written, for sorting issues in workbook order. */
export function sheetOrder(workbook: WorkbookGrids): Map<string, number> {
  const order = new Map<string, number>();
  workbook.sheets.forEach((g, i) => order.set(g.name, i));
  // Missing sheets are reported under their canonical names, after the existing ones, in spec order.
  SHEETS.forEach((s, i) => {
    if (!order.has(s.name)) order.set(s.name, 10_000 + i);
  });
  return order;
}
