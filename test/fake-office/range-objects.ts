/** Fake proxies for Range (values, formulas, number formats, formats), DataValidation and RangeAreas. */
import { type Rect, addressOf, areaText, cellCount, cols, contains, intersects, MAX_COLUMNS, MAX_ROWS, quoteSheet, rect, rows, sameRect } from "./address";
import { type Scalar, interpretInput } from "./cell-input";
import { FakeClientObject, type ProxyInit } from "./client-object";
import { FakeConditionalFormatCollection } from "./conditional-format-objects";
import { ERROR_CODES, FakeNotImplemented, FakeRichApiError } from "./errors";
import { type CellFormat, DEFAULT_FONT, type SheetState } from "./state";
import { FakeWorksheet } from "./workbook-objects";

export interface RangeTarget {
  readonly sheet: SheetState;
  readonly rect: Rect;
}

export interface AreasTarget {
  readonly sheet: SheetState;
  readonly rects: ReadonlyArray<Rect>;
}

/** Loading cell data of more cells than this is refused by the fake (Excel would exceed its response limit). */
const MAX_LOAD_CELLS = 5_000_000;

function grid<T>(t: RangeTarget, cell: (r: number, c: number) => T): T[][] {
  if (cellCount(t.rect) > MAX_LOAD_CELLS) throw new FakeNotImplemented(`loading ${cellCount(t.rect)} cells`);
  const out: T[][] = [];
  for (let r = t.rect.r0; r <= t.rect.r1; r++) {
    const row: T[] = [];
    for (let c = t.rect.c0; c <= t.rect.c1; c++) row.push(cell(r, c));
    out.push(row);
  }
  return out;
}

/** The input as a rows × cols grid: a 2-D array of exactly that size, or one scalar applied to every cell. */
function inputGrid(t: RangeTarget, input: unknown, what: string): (r: number, c: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const nr = rows(t.rect);
  const nc = cols(t.rect);
  if (input.length !== nr || input.some((row) => !Array.isArray(row) || row.length !== nc)) {
    throw new FakeRichApiError(
      ERROR_CODES.invalidArgument,
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}: range ${nr}×${nc}).`,
    );
  }
  return (r, c) => (input as unknown[][])[r - t.rect.r0][c - t.rect.c0];
}

/** Range.values / Range.formulas assignment: every cell is parsed as if typed (see cell-input.ts). */
function assignCells(t: RangeTarget, input: unknown, what: "values" | "formulas"): void {
  const at = inputGrid(t, input, what);
  for (let r = t.rect.r0; r <= t.rect.r1; r++) {
    for (let c = t.rect.c0; c <= t.rect.c1; c++) {
      const raw = at(r, c);
      if (Array.isArray(raw) || (raw !== null && typeof raw === "object")) {
        throw new FakeRichApiError(ERROR_CODES.invalidArgument, `Invalid cell value in ${what} at ${areaText(rect(r, c, r, c))}.`);
      }
      const input1 = interpretInput(raw, t.sheet.numberFormatAt(r, c));
      if (input1.kind === "keep") continue;
      const cell = t.sheet.ensureCell(r, c);
      delete cell.value;
      delete cell.error;
      delete cell.formula;
      delete cell.format.quotePrefix;
      if (input1.kind === "value") {
        cell.value = input1.value;
        if (input1.quotePrefix) cell.format.quotePrefix = true;
        if (input1.numberFormat) cell.format.numberFormat = input1.numberFormat;
      } else if (input1.kind === "error") cell.error = input1.value;
      else if (input1.kind === "formula") cell.formula = input1.formula;
      t.sheet.tidy(r, c);
    }
  }
}

function setFormat(t: RangeTarget, apply: (f: CellFormat) => void): void {
  t.sheet.forEachCell(t.rect, (cell) => apply(cell.format));
}

/** The value of a format property when it is the same in every cell of the range, else null (as Office.js). */
function uniform<T>(t: RangeTarget, pick: (f: CellFormat) => T | undefined, fallback: T): T | null {
  const existing = t.sheet.existingCells(t.rect);
  const seen = new Set<T>();
  for (const { cell } of existing) seen.add(pick(cell.format) ?? fallback);
  if (existing.length < cellCount(t.rect)) seen.add(fallback);
  return seen.size === 1 ? [...seen][0] : null;
}

function valueType(v: Scalar, isError: boolean): string {
  if (isError) return "Error";
  if (v === "") return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return "String";
}

function displayText(v: Scalar): string {
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

export class FakeRange extends FakeClientObject {
  private formatProxy?: FakeRangeFormat;
  private validationProxy?: FakeDataValidation;
  private cfProxy?: FakeConditionalFormatCollection;

  protected scalarGetters(): Record<string, (t: never) => unknown> {
    const g: Record<string, (t: RangeTarget) => unknown> = {
      address: (t) => addressOf(t.sheet.name, t.rect),
      addressLocal: (t) => addressOf(t.sheet.name, t.rect),
      rowIndex: (t) => t.rect.r0,
      columnIndex: (t) => t.rect.c0,
      rowCount: (t) => rows(t.rect),
      columnCount: (t) => cols(t.rect),
      cellCount: (t) => cellCount(t.rect),
      isEntireColumn: (t) => t.rect.r0 === 0 && t.rect.r1 === MAX_ROWS - 1,
      isEntireRow: (t) => t.rect.c0 === 0 && t.rect.c1 === MAX_COLUMNS - 1,
      columnHidden: (t) => {
        const seen = new Set<boolean>();
        for (let c = t.rect.c0; c <= Math.min(t.rect.c1, t.rect.c0 + 500); c++) seen.add(t.sheet.hiddenColumns.has(c));
        return seen.size === 1 ? [...seen][0] : null;
      },
      values: (t) => grid(t, (r, c) => t.sheet.valueAt(r, c)),
      formulas: (t) => grid(t, (r, c) => t.sheet.formulaAt(r, c)),
      formulasLocal: (t) => grid(t, (r, c) => t.sheet.formulaAt(r, c)),
      numberFormat: (t) => grid(t, (r, c) => t.sheet.numberFormatAt(r, c)),
      text: (t) => grid(t, (r, c) => displayText(t.sheet.valueAt(r, c))),
      valueTypes: (t) => grid(t, (r, c) => valueType(t.sheet.valueAt(r, c), t.sheet.cell(r, c)?.error !== undefined || t.sheet.cell(r, c)?.formula !== undefined && String(t.sheet.valueAt(r, c)).startsWith("#"))),
    };
    return g as Record<string, (t: never) => unknown>;
  }

  protected override navigation(): Record<string, () => FakeClientObject> {
    return { format: () => this.format, dataValidation: () => this.dataValidation, conditionalFormats: () => this.conditionalFormats, worksheet: () => this.worksheet };
  }

  get address(): string {
    return this.prop("address");
  }
  get addressLocal(): string {
    return this.prop("addressLocal");
  }
  get rowIndex(): number {
    return this.prop("rowIndex");
  }
  get columnIndex(): number {
    return this.prop("columnIndex");
  }
  get rowCount(): number {
    return this.prop("rowCount");
  }
  get columnCount(): number {
    return this.prop("columnCount");
  }
  get cellCount(): number {
    return this.prop("cellCount");
  }
  get text(): string[][] {
    return this.prop("text");
  }
  get valueTypes(): string[][] {
    return this.prop("valueTypes");
  }

  get values(): Scalar[][] {
    return this.prop("values");
  }
  set values(input: Scalar[][]) {
    this.queueSet("values", input, (t: RangeTarget) => assignCells(t, input, "values"));
  }

  get formulas(): Scalar[][] {
    return this.prop("formulas");
  }
  set formulas(input: Scalar[][]) {
    this.queueSet("formulas", input, (t: RangeTarget) => assignCells(t, input, "formulas"));
  }

  get numberFormat(): string[][] {
    return this.prop("numberFormat");
  }
  set numberFormat(input: string[][]) {
    this.queueSet("numberFormat", input, (t: RangeTarget) => {
      const at = inputGrid(t, input, "numberFormat");
      t.sheet.forEachCell(t.rect, (cell, r, c) => {
        const f = at(r, c);
        if (f === null || f === undefined) return;
        if (f === "General") delete cell.format.numberFormat;
        else cell.format.numberFormat = String(f);
      });
    });
  }

  get format(): FakeRangeFormat {
    this.formatProxy ??= new FakeRangeFormat(this.child("format"));
    return this.formatProxy;
  }

  get dataValidation(): FakeDataValidation {
    this.validationProxy ??= new FakeDataValidation({ ...this.child("dataValidation"), minApi: "1.8" });
    return this.validationProxy;
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    this.cfProxy ??= new FakeConditionalFormatCollection({
      context: this.context,
      path: `${this._path}.conditionalFormats`,
      minApi: "1.6",
      resolve: (): AreasTarget => {
        const t = this.live<RangeTarget>();
        return { sheet: t.sheet, rects: [t.rect] };
      },
    });
    return this.cfProxy;
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet({ context: this.context, path: `${this._path}.worksheet`, resolve: () => this.live<RangeTarget>().sheet });
  }

  /** A child proxy sharing this range's target (format, dataValidation). */
  private child(name: string): ProxyInit {
    return { context: this.context, path: `${this._path}.${name}`, resolve: () => this.live<RangeTarget>() };
  }

  private derived(path: string, area: (t: RangeTarget) => Rect | null, orNull = false): FakeRange {
    return new FakeRange({
      context: this.context,
      path: `${this._path}.${path}`,
      orNull,
      resolve: () => {
        const t = this.live<RangeTarget>();
        const r = area(t);
        if (r === null) return null;
        if (r.r0 < 0 || r.c0 < 0 || r.r1 >= MAX_ROWS || r.c1 >= MAX_COLUMNS || r.r1 < r.r0 || r.c1 < r.c0) {
          throw new FakeRichApiError(ERROR_CODES.invalidArgument, `The argument is invalid or missing or has an incorrect format (${path}).`);
        }
        return { sheet: t.sheet, rect: r } satisfies RangeTarget;
      },
    });
  }

  /** Range.columnHidden (ExcelApi 1.2): hides or shows every column of the range. */
  get columnHidden(): boolean {
    return this.prop("columnHidden");
  }
  set columnHidden(hidden: boolean) {
    this.queueSet("columnHidden", hidden, (t: RangeTarget) => {
      for (let c = t.rect.c0; c <= t.rect.c1; c++) {
        if (hidden) t.sheet.hiddenColumns.add(c);
        else t.sheet.hiddenColumns.delete(c);
      }
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.derived(`getCell(${row},${column})`, (t) => rect(t.rect.r0 + row, t.rect.c0 + column, t.rect.r0 + row, t.rect.c0 + column));
  }
  getRow(row: number): FakeRange {
    return this.derived(`getRow(${row})`, (t) => rect(t.rect.r0 + row, t.rect.c0, t.rect.r0 + row, t.rect.c1));
  }
  getColumn(column: number): FakeRange {
    return this.derived(`getColumn(${column})`, (t) => rect(t.rect.r0, t.rect.c0 + column, t.rect.r1, t.rect.c0 + column));
  }
  getLastRow(): FakeRange {
    return this.derived("getLastRow()", (t) => rect(t.rect.r1, t.rect.c0, t.rect.r1, t.rect.c1));
  }
  getLastColumn(): FakeRange {
    return this.derived("getLastColumn()", (t) => rect(t.rect.r0, t.rect.c1, t.rect.r1, t.rect.c1));
  }
  /** [ExcelApi 1.1] The whole rows of the range (every column of the sheet). */
  getEntireRow(): FakeRange {
    return this.derived("getEntireRow()", (t) => rect(t.rect.r0, 0, t.rect.r1, MAX_COLUMNS - 1));
  }
  /** [ExcelApi 1.1] The whole columns of the range (every row of the sheet). */
  getEntireColumn(): FakeRange {
    return this.derived("getEntireColumn()", (t) => rect(0, t.rect.c0, MAX_ROWS - 1, t.rect.c1));
  }
  getRowsBelow(count = 1): FakeRange {
    return this.derived(`getRowsBelow(${count})`, (t) => rect(t.rect.r1 + 1, t.rect.c0, t.rect.r1 + count, t.rect.c1));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived(`getResizedRange(${deltaRows},${deltaColumns})`, (t) => rect(t.rect.r0, t.rect.c0, t.rect.r1 + deltaRows, t.rect.c1 + deltaColumns));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived(`getOffsetRange(${rowOffset},${columnOffset})`, (t) =>
      rect(t.rect.r0 + rowOffset, t.rect.c0 + columnOffset, t.rect.r1 + rowOffset, t.rect.c1 + columnOffset),
    );
  }
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this.derived(`getUsedRange(${valuesOnly === true})`, (t) => {
      const r = usedWithin(t, valuesOnly === true);
      if (!r) throw new FakeRichApiError(ERROR_CODES.itemNotFound, "The requested resource doesn't exist (no used cells in the range).");
      return r;
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this.derived(`getUsedRangeOrNullObject(${valuesOnly === true})`, (t) => usedWithin(t, valuesOnly === true), true);
  }

  select(): void {
    const wb = this.context.runtime.workbook;
    this.queueCall("select", [], (t: RangeTarget) => {
      if (t.sheet.visibility !== "Visible") throw new FakeRichApiError(ERROR_CODES.invalidOperation, "A range on a hidden worksheet cannot be selected.");
      wb.activeSheetId = t.sheet.id;
      wb.selection = { sheetId: t.sheet.id, rect: t.rect };
    });
  }

  clear(applyTo: string = "All"): void {
    this.queueCall("clear", [applyTo], (t: RangeTarget) => t.sheet.clear(t.rect, applyTo));
  }
}

function usedWithin(t: RangeTarget, valuesOnly: boolean): Rect | null {
  const used = t.sheet.usedRect(valuesOnly);
  if (!used || !intersects(used, t.rect)) return null;
  return rect(Math.max(used.r0, t.rect.r0), Math.max(used.c0, t.rect.c0), Math.min(used.r1, t.rect.r1), Math.min(used.c1, t.rect.c1));
}

export class FakeRangeFormat extends FakeClientObject {
  private fontProxy?: FakeRangeFont;
  private fillProxy?: FakeRangeFill;

  protected scalarGetters(): Record<string, (t: never) => unknown> {
    const g: Record<string, (t: RangeTarget) => unknown> = {
      columnWidth: (t) => {
        const widths = new Set<number>();
        for (let c = t.rect.c0; c <= Math.min(t.rect.c1, t.rect.c0 + 500); c++) widths.add(t.sheet.columnWidth(c));
        return widths.size === 1 ? [...widths][0] : null;
      },
      rowHeight: (t) => {
        const heights = new Set<number>();
        for (let r = t.rect.r0; r <= Math.min(t.rect.r1, t.rect.r0 + 5000); r++) heights.add(t.sheet.rowHeight(r));
        return heights.size === 1 ? [...heights][0] : null;
      },
      horizontalAlignment: (t) => uniform(t, (f) => f.horizontalAlignment, "General"),
      verticalAlignment: (t) => uniform(t, (f) => f.verticalAlignment, "Bottom"),
      wrapText: (t) => uniform(t, (f) => f.wrapText, false),
    };
    return g as Record<string, (t: never) => unknown>;
  }

  protected override navigation(): Record<string, () => FakeClientObject> {
    return { font: () => this.font, fill: () => this.fill };
  }

  get font(): FakeRangeFont {
    this.fontProxy ??= new FakeRangeFont({ context: this.context, path: `${this._path}.font`, resolve: () => this.live<RangeTarget>() });
    return this.fontProxy;
  }

  get fill(): FakeRangeFill {
    this.fillProxy ??= new FakeRangeFill({ context: this.context, path: `${this._path}.fill`, resolve: () => this.live<RangeTarget>() });
    return this.fillProxy;
  }

  get columnWidth(): number {
    return this.prop("columnWidth");
  }
  set columnWidth(w: number) {
    this.queueSet("columnWidth", w, (t: RangeTarget) => {
      if (typeof w !== "number" || w < 0) throw new FakeRichApiError(ERROR_CODES.invalidArgument, `Invalid column width ${w}.`);
      for (let c = t.rect.c0; c <= t.rect.c1; c++) t.sheet.columnWidths.set(c, w);
    });
  }
  get rowHeight(): number {
    return this.prop("rowHeight");
  }
  set rowHeight(h: number) {
    this.queueSet("rowHeight", h, (t: RangeTarget) => {
      if (rows(t.rect) > 100_000) throw new FakeNotImplemented("rowHeight on more than 100000 rows");
      for (let r = t.rect.r0; r <= t.rect.r1; r++) t.sheet.rowHeights.set(r, h);
    });
  }
  get horizontalAlignment(): string {
    return this.prop("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this.queueSet("horizontalAlignment", v, (t: RangeTarget) => setFormat(t, (f) => (v === "General" ? delete f.horizontalAlignment : (f.horizontalAlignment = v))));
  }
  get verticalAlignment(): string {
    return this.prop("verticalAlignment");
  }
  set verticalAlignment(v: string) {
    this.queueSet("verticalAlignment", v, (t: RangeTarget) => setFormat(t, (f) => (v === "Bottom" ? delete f.verticalAlignment : (f.verticalAlignment = v))));
  }
  get wrapText(): boolean {
    return this.prop("wrapText");
  }
  set wrapText(v: boolean) {
    this.queueSet("wrapText", v, (t: RangeTarget) => setFormat(t, (f) => (v ? (f.wrapText = true) : delete f.wrapText)));
  }

  autofitColumns(): void {
    this.queueCall("autofitColumns", [], (t: RangeTarget) => {
      const longest = new Map<number, number>();
      for (const { cell, c } of t.sheet.existingCells(t.rect)) {
        const text = displayText(cell.formula !== undefined ? cell.formula : (cell.error ?? cell.value ?? ""));
        longest.set(c, Math.max(longest.get(c) ?? 0, text.length));
      }
      for (const [c, n] of longest) t.sheet.columnWidths.set(c, Math.round((n * 7 + 5) * 0.75 * 100) / 100);
    });
  }
}

export class FakeRangeFont extends FakeClientObject {
  protected scalarGetters(): Record<string, (t: never) => unknown> {
    const g: Record<string, (t: RangeTarget) => unknown> = {
      bold: (t) => uniform(t, (f) => f.bold, false),
      italic: (t) => uniform(t, (f) => f.italic, false),
      color: (t) => uniform(t, (f) => f.fontColor, DEFAULT_FONT.color),
      name: (t) => uniform(t, (f) => f.fontName, DEFAULT_FONT.name),
      size: (t) => uniform(t, (f) => f.fontSize, DEFAULT_FONT.size),
    };
    return g as Record<string, (t: never) => unknown>;
  }
  get bold(): boolean {
    return this.prop("bold");
  }
  set bold(v: boolean) {
    this.queueSet("bold", v, (t: RangeTarget) => setFormat(t, (f) => (v ? (f.bold = true) : delete f.bold)));
  }
  get italic(): boolean {
    return this.prop("italic");
  }
  set italic(v: boolean) {
    this.queueSet("italic", v, (t: RangeTarget) => setFormat(t, (f) => (v ? (f.italic = true) : delete f.italic)));
  }
  get color(): string {
    return this.prop("color");
  }
  set color(v: string) {
    this.queueSet("color", v, (t: RangeTarget) => setFormat(t, (f) => (f.fontColor = v.toUpperCase())));
  }
  get name(): string {
    return this.prop("name");
  }
  set name(v: string) {
    this.queueSet("name", v, (t: RangeTarget) => setFormat(t, (f) => (f.fontName = v)));
  }
  get size(): number {
    return this.prop("size");
  }
  set size(v: number) {
    this.queueSet("size", v, (t: RangeTarget) => setFormat(t, (f) => (f.fontSize = v)));
  }
}

export class FakeRangeFill extends FakeClientObject {
  protected scalarGetters(): Record<string, (t: never) => unknown> {
    const g: Record<string, (t: RangeTarget) => unknown> = { color: (t) => uniform(t, (f) => f.fill, "#FFFFFF") };
    return g as Record<string, (t: never) => unknown>;
  }
  get color(): string {
    return this.prop("color");
  }
  set color(v: string) {
    this.queueSet("color", v, (t: RangeTarget) => setFormat(t, (f) => (f.fill = v.toUpperCase())));
  }
  clear(): void {
    this.queueCall("clear", [], (t: RangeTarget) => {
      for (const { cell, r, c } of t.sheet.existingCells(t.rect)) {
        delete cell.format.fill;
        t.sheet.tidy(r, c);
      }
    });
  }
}

const RULE_TYPES: Record<string, string> = {
  list: "List",
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

function checkRule(rule: unknown): void {
  const keys = rule && typeof rule === "object" ? Object.keys(rule).filter((k) => (rule as Record<string, unknown>)[k] !== undefined) : [];
  if (keys.length !== 1 || !RULE_TYPES[keys[0]]) {
    throw new FakeRichApiError(ERROR_CODES.invalidArgument, "The data validation rule must have exactly one rule type.");
  }
  const list = (rule as { list?: { source?: unknown } }).list;
  if (list && (typeof list.source !== "string" || list.source === "")) throw new FakeRichApiError(ERROR_CODES.invalidArgument, "A list rule needs a source.");
}

const ALERT_STYLES: ReadonlyArray<string> = ["Stop", "Warning", "Information"];

/** [ExcelApi 1.8] Data validation of a range. */
export class FakeDataValidation extends FakeClientObject {
  protected scalarGetters(): Record<string, (t: never) => unknown> {
    const covering = (t: RangeTarget) => {
      const found = t.sheet.validationsIn(t.rect);
      if (found.length === 1 && contains(found[0].rect, t.rect)) return found[0];
      return found.length === 0 ? "none" : "mixed";
    };
    const g: Record<string, (t: RangeTarget) => unknown> = {
      type: (t) => {
        const v = covering(t);
        if (v === "none") return "None";
        if (v === "mixed") return "Inconsistent";
        return RULE_TYPES[Object.keys(v.rule as object)[0]];
      },
      rule: (t) => {
        const v = covering(t);
        return v === "none" ? {} : v === "mixed" ? null : v.rule;
      },
      errorAlert: (t) => {
        const v = covering(t);
        return typeof v === "string" ? null : v.errorAlert;
      },
      prompt: (t) => {
        const v = covering(t);
        return typeof v === "string" ? null : v.prompt;
      },
      ignoreBlanks: (t) => {
        const v = covering(t);
        return typeof v === "string" ? true : v.ignoreBlanks;
      },
      valid: () => true,
    };
    return g as Record<string, (t: never) => unknown>;
  }

  private exact(t: RangeTarget, what: string) {
    const found = t.sheet.validations.filter((v) => sameRect(v.rect, t.rect));
    if (found.length !== 1) throw new FakeNotImplemented(`setting dataValidation.${what} on a range without its own rule`);
    return found[0];
  }

  get rule(): unknown {
    return this.prop("rule");
  }
  set rule(rule: unknown) {
    this.queueSet("rule", rule, (t: RangeTarget) => {
      checkRule(rule);
      t.sheet.setValidationRule(t.rect, JSON.parse(JSON.stringify(rule)));
    });
  }
  get type(): string {
    return this.prop("type");
  }
  get valid(): boolean {
    return this.prop("valid");
  }
  get errorAlert(): unknown {
    return this.prop("errorAlert");
  }
  set errorAlert(alert: unknown) {
    this.queueSet("errorAlert", alert, (t: RangeTarget) => {
      // Excel.DataValidationAlertStyle is "Stop" | "Warning" | "Information"; another string is an invalid argument.
      const style = (alert as { style?: unknown } | null)?.style;
      if (style !== undefined && !ALERT_STYLES.includes(style as string)) throw new FakeRichApiError(ERROR_CODES.invalidArgument, `The alert style "${String(style)}" is not valid.`);
      this.exact(t, "errorAlert").errorAlert = JSON.parse(JSON.stringify(alert));
    });
  }
  get prompt(): unknown {
    return this.prop("prompt");
  }
  set prompt(prompt: unknown) {
    this.queueSet("prompt", prompt, (t: RangeTarget) => {
      this.exact(t, "prompt").prompt = JSON.parse(JSON.stringify(prompt));
    });
  }
  get ignoreBlanks(): boolean {
    return this.prop("ignoreBlanks");
  }
  set ignoreBlanks(v: boolean) {
    this.queueSet("ignoreBlanks", v, (t: RangeTarget) => {
      this.exact(t, "ignoreBlanks").ignoreBlanks = v;
    });
  }
  clear(): void {
    this.queueCall("clear", [], (t: RangeTarget) => t.sheet.clearValidation(t.rect));
  }
}

/** [ExcelApi 1.9] Several areas of one sheet. */
export class FakeRangeAreas extends FakeClientObject {
  private cfProxy?: FakeConditionalFormatCollection;

  protected scalarGetters(): Record<string, (t: never) => unknown> {
    const g: Record<string, (t: AreasTarget) => unknown> = {
      address: (t) => t.rects.map((r) => `${quoteSheet(t.sheet.name)}!${areaText(r)}`).join(","),
      areaCount: (t) => t.rects.length,
      cellCount: (t) => t.rects.reduce((n, r) => n + cellCount(r), 0),
    };
    return g as Record<string, (t: never) => unknown>;
  }

  protected override navigation(): Record<string, () => FakeClientObject> {
    return { conditionalFormats: () => this.conditionalFormats };
  }

  get address(): string {
    return this.prop("address");
  }
  get areaCount(): number {
    return this.prop("areaCount");
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    this.cfProxy ??= new FakeConditionalFormatCollection({ context: this.context, path: `${this._path}.conditionalFormats`, resolve: () => this.live<AreasTarget>() });
    return this.cfProxy;
  }
}
