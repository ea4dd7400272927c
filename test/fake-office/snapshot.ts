/**
 * A sheet as one deterministic JSON string: name, position, visibility, frozen panes, column widths, row
 * heights, hidden columns, every non-empty cell (value or formula, error, number format, font, fill, alignment, quote prefix),
 * data validations and conditional formats (priority order). Two snapshots are equal exactly when nothing a
 * person could see or Excel would save differs (selection and the active sheet are not part of it).
 */
import { areaText } from "./address";
import type { ConditionalFormatState, SheetState, WorkbookState } from "./state";
import { hasContent } from "./state";
import { MAX_COLUMNS } from "./address";

export interface SnapshotOptions {
  /** Conditional formats to leave out (e.g. the add-in's own highlight rules). */
  readonly excludeConditionalFormat?: (cf: { readonly type: string; readonly formula?: string }) => boolean;
}

function sortedKeys<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) as T;
}

export function snapshotSheet(workbook: WorkbookState, sheet: SheetState, options: SnapshotOptions = {}): string {
  const cells = [...sheet.cells.entries()]
    .filter(([, cell]) => hasContent(cell) || Object.keys(cell.format).length > 0)
    .sort(([a], [b]) => a - b)
    .map(([k, cell]) => {
      const r = Math.floor(k / MAX_COLUMNS);
      const c = k % MAX_COLUMNS;
      const content: Record<string, unknown> = {};
      if (cell.formula !== undefined) content.f = cell.formula;
      else if (cell.error !== undefined) content.e = cell.error;
      else if (cell.value !== undefined && cell.value !== "") content.v = cell.value;
      if (Object.keys(cell.format).length > 0) content.fmt = sortedKeys({ ...cell.format });
      return [areaText({ r0: r, c0: c, r1: r, c1: c }), content];
    });
  const keepCf = (cf: ConditionalFormatState) => !(options.excludeConditionalFormat?.({ type: cf.type, formula: cf.formula }) ?? false);
  const data = {
    name: sheet.name,
    position: workbook.sheets.indexOf(sheet),
    visibility: sheet.visibility,
    tabColor: sheet.tabColor,
    frozen: sheet.frozen,
    columnWidths: [...sheet.columnWidths.entries()].sort(([a], [b]) => a - b),
    rowHeights: [...sheet.rowHeights.entries()].sort(([a], [b]) => a - b),
    hiddenColumns: [...sheet.hiddenColumns].sort((a, b) => a - b),
    cells,
    validations: sheet.validations
      .map((v) => ({ range: areaText(v.rect), rule: v.rule, errorAlert: v.errorAlert, prompt: v.prompt, ignoreBlanks: v.ignoreBlanks }))
      .sort((a, b) => (a.range < b.range ? -1 : a.range > b.range ? 1 : 0)),
    conditionalFormats: sheet.conditionalFormats.filter(keepCf).map((cf) => ({
      type: cf.type,
      ranges: cf.ranges.map(areaText),
      formula: cf.formula ?? null,
      format: sortedKeys({ ...cf.format }),
      stopIfTrue: cf.stopIfTrue,
    })),
  };
  return JSON.stringify(data);
}
