/**
 * The document behind the fake host: sheets with sparse cells (value or formula + format), column widths,
 * frozen panes, data validations and conditional formats. Proxies never touch it directly; only operations
 * executed by `sync()` do.
 */
import { type Rect, MAX_COLUMNS, cols, intersects, rect, rows, subtract } from "./address";
import { type Scalar, formulaResult } from "./cell-input";
import { FakeNotImplemented } from "./errors";

export interface CellFormat {
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fontName?: string;
  fontSize?: number;
  fill?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  quotePrefix?: boolean;
}

export interface CellState {
  value?: Scalar;
  error?: string;
  formula?: string;
  format: CellFormat;
}

export interface ValidationState {
  rect: Rect;
  rule: unknown;
  errorAlert: unknown;
  prompt: unknown;
  ignoreBlanks: boolean;
}

export interface ConditionalFormatState {
  readonly id: string;
  readonly type: string;
  ranges: Rect[];
  formula?: string;
  format: { fill?: string; fontColor?: string; bold?: boolean; italic?: boolean };
  stopIfTrue: boolean;
}

export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;
export const DEFAULT_FONT = { name: "Calibri", size: 11, color: "#000000" } as const;

/** Largest number of cells a single format assignment may materialise in the fake (Excel itself has no such limit). */
const MAX_FORMAT_CELLS = 2_000_000;

function key(r: number, c: number): number {
  return r * MAX_COLUMNS + c;
}

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export class SheetState {
  name: string;
  visibility: Visibility = "Visible";
  deleted = false;
  tabColor = "";
  readonly cells = new Map<number, CellState>();
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  /** Columns hidden with Range.columnHidden (0-based). */
  readonly hiddenColumns = new Set<number>();
  frozen = { rows: 0, columns: 0 };
  validations: ValidationState[] = [];
  conditionalFormats: ConditionalFormatState[] = [];

  constructor(
    readonly id: string,
    name: string,
  ) {
    this.name = name;
  }

  cell(r: number, c: number): CellState | undefined {
    return this.cells.get(key(r, c));
  }

  ensureCell(r: number, c: number): CellState {
    const k = key(r, c);
    let cell = this.cells.get(k);
    if (!cell) {
      cell = { format: {} };
      this.cells.set(k, cell);
    }
    return cell;
  }

  /** Drops a cell that holds nothing and has no format left. */
  tidy(r: number, c: number): void {
    const k = key(r, c);
    const cell = this.cells.get(k);
    if (cell && !hasContent(cell) && Object.keys(cell.format).length === 0) this.cells.delete(k);
  }

  /** Visits every cell of a rectangle (materialising them), guarding against whole-sheet formatting. */
  forEachCell(area: Rect, fn: (cell: CellState, r: number, c: number) => void): void {
    if (rows(area) * cols(area) > MAX_FORMAT_CELLS) throw new FakeNotImplemented(`formatting ${rows(area) * cols(area)} cells at once`);
    for (let r = area.r0; r <= area.r1; r++) for (let c = area.c0; c <= area.c1; c++) fn(this.ensureCell(r, c), r, c);
  }

  /** Existing cells inside a rectangle, without materialising empty ones. */
  existingCells(area: Rect): Array<{ cell: CellState; r: number; c: number }> {
    const out: Array<{ cell: CellState; r: number; c: number }> = [];
    for (const [k, cell] of this.cells) {
      const r = Math.floor(k / MAX_COLUMNS);
      const c = k % MAX_COLUMNS;
      if (r >= area.r0 && r <= area.r1 && c >= area.c0 && c <= area.c1) out.push({ cell, r, c });
    }
    return out;
  }

  /** The used range: cells with a value (valuesOnly) or with a value or a format. Null when there are none. */
  usedRect(valuesOnly: boolean): Rect | null {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    for (const [k, cell] of this.cells) {
      const used = hasContent(cell) || (!valuesOnly && Object.keys(cell.format).length > 0);
      if (!used) continue;
      const r = Math.floor(k / MAX_COLUMNS);
      const c = k % MAX_COLUMNS;
      if (r < r0) r0 = r;
      if (r > r1) r1 = r;
      if (c < c0) c0 = c;
      if (c > c1) c1 = c;
    }
    return r1 < 0 ? null : rect(r0, c0, r1, c1);
  }

  /** What `Range.values` returns for one cell. */
  valueAt(r: number, c: number): Scalar {
    const cell = this.cell(r, c);
    if (!cell) return "";
    if (cell.formula !== undefined) return formulaResult(cell.formula);
    if (cell.error !== undefined) return cell.error;
    return cell.value ?? "";
  }

  /** What `Range.formulas` returns for one cell. */
  formulaAt(r: number, c: number): Scalar {
    const cell = this.cell(r, c);
    if (!cell) return "";
    if (cell.formula !== undefined) return cell.formula;
    if (cell.error !== undefined) return cell.error;
    return cell.value ?? "";
  }

  numberFormatAt(r: number, c: number): string {
    return this.cell(r, c)?.format.numberFormat ?? "General";
  }

  columnWidth(c: number): number {
    return this.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH;
  }

  rowHeight(r: number): number {
    return this.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT;
  }

  /** Range.clear: "Contents" empties values/formulas, "Formats" resets formats, "All" both. */
  clear(area: Rect, applyTo: string): void {
    const contents = applyTo === "All" || applyTo === "Contents";
    const formats = applyTo === "All" || applyTo === "Formats";
    if (!contents && !formats) throw new FakeNotImplemented(`Range.clear("${applyTo}")`);
    for (const { cell, r, c } of this.existingCells(area)) {
      if (contents) {
        delete cell.value;
        delete cell.error;
        delete cell.formula;
      }
      if (formats) cell.format = {};
      this.tidy(r, c);
    }
    if (formats) {
      // Clearing formats also removes the conditional formats of the cleared cells.
      this.conditionalFormats = removeArea(this.conditionalFormats, area);
    }
  }

  /** Replaces the validation of an area (cells outside it keep theirs). */
  setValidationRule(area: Rect, rule: unknown): void {
    this.clearValidation(area);
    this.validations.push({ rect: area, rule, errorAlert: null, prompt: null, ignoreBlanks: true });
  }

  clearValidation(area: Rect): void {
    const next: ValidationState[] = [];
    for (const v of this.validations) {
      for (const piece of subtract(v.rect, area)) next.push({ ...v, rect: piece });
    }
    this.validations = next;
  }

  validationsIn(area: Rect): ValidationState[] {
    return this.validations.filter((v) => intersects(v.rect, area));
  }

  conditionalFormatsIn(area: Rect): ConditionalFormatState[] {
    return this.conditionalFormats.filter((cf) => cf.ranges.some((r) => intersects(r, area)));
  }
}

function removeArea(list: ConditionalFormatState[], area: Rect): ConditionalFormatState[] {
  const out: ConditionalFormatState[] = [];
  for (const cf of list) {
    if (!cf.ranges.some((r) => intersects(r, area))) {
      out.push(cf);
      continue;
    }
    const ranges = cf.ranges.flatMap((r) => subtract(r, area));
    if (ranges.length > 0) out.push({ ...cf, ranges });
  }
  return out;
}

export function hasContent(cell: CellState): boolean {
  return cell.formula !== undefined || cell.error !== undefined || (cell.value !== undefined && cell.value !== "");
}

export class WorkbookState {
  /** Sheets in tab order. */
  sheets: SheetState[] = [];
  activeSheetId: string | null = null;
  selection: { sheetId: string; rect: Rect } | null = null;
  private nextSheet = 1;
  private nextCf = 1;

  addSheet(name: string): SheetState {
    const sheet = new SheetState(`{fake-sheet-${this.nextSheet++}}`, name);
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  sheetByName(name: string): SheetState | undefined {
    const k = name.toLocaleLowerCase();
    return this.sheets.find((s) => s.name.toLocaleLowerCase() === k);
  }

  sheetById(id: string): SheetState | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  newConditionalFormatId(): string {
    return `{fake-cf-${this.nextCf++}}`;
  }

  removeSheet(sheet: SheetState): void {
    this.sheets = this.sheets.filter((s) => s !== sheet);
    sheet.deleted = true;
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets.find((s) => s.visibility === "Visible")?.id ?? null;
    if (this.selection?.sheetId === sheet.id) this.selection = null;
  }
}

