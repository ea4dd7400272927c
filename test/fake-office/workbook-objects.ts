/** Fake proxies for Workbook, Application, the worksheet collection, Worksheet and its frozen panes. */
import { type Rect, WHOLE_SHEET, parseArea, rect } from "./address";
import { FakeClientObject, FakeClientResult, FakeCollection, type FakeRequestContext } from "./client-object";
import { ERROR_CODES, FakeNotImplemented, FakeRichApiError } from "./errors";
import { FakeRange, FakeRangeAreas, type RangeTarget } from "./range-objects";
import type { SheetState, Visibility, WorkbookState } from "./state";

const q = (s: string): string => JSON.stringify(s);

function checkSheetName(name: string): void {
  if (typeof name !== "string" || name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new FakeRichApiError(ERROR_CODES.invalidArgument, `The argument is invalid or missing or has an incorrect format (sheet name ${q(String(name))}).`);
  }
}

export class FakeWorkbook extends FakeClientObject {
  private worksheetsProxy?: FakeWorksheetCollection;
  private applicationProxy?: FakeApplication;

  constructor(context: FakeRequestContext) {
    super({ context, path: "workbook", resolve: () => context.runtime.workbook });
  }

  protected scalarGetters(): Record<string, (t: never) => unknown> {
    return { name: () => "Book1.xlsx" };
  }

  protected override navigation(): Record<string, () => FakeClientObject> {
    return { worksheets: () => this.worksheets, application: () => this.application };
  }

  get worksheets(): FakeWorksheetCollection {
    this.worksheetsProxy ??= new FakeWorksheetCollection(this.context);
    return this.worksheetsProxy;
  }

  get application(): FakeApplication {
    this.applicationProxy ??= new FakeApplication(this.context);
    return this.applicationProxy;
  }

  getSelectedRange(): FakeRange {
    const wb = this.context.runtime.workbook;
    return new FakeRange({
      context: this.context,
      path: "workbook.getSelectedRange()",
      resolve: (): RangeTarget => {
        const sel = wb.selection;
        const sheet = sel ? wb.sheetById(sel.sheetId) : wb.sheets.find((s) => s.id === wb.activeSheetId);
        if (!sheet) throw new FakeRichApiError(ERROR_CODES.invalidSelection, "There is no selection.");
        return { sheet, rect: sel?.rect ?? rect(0, 0, 0, 0) };
      },
    });
  }
}

export class FakeApplication extends FakeClientObject {
  constructor(context: FakeRequestContext) {
    super({ context, path: "workbook.application", resolve: () => context.runtime.workbook });
  }

  protected scalarGetters(): Record<string, (t: never) => unknown> {
    return { calculationMode: () => "Automatic" };
  }

  /** [ExcelApi 1.6] Marks the request: calculation is suspended until the next sync. */
  suspendApiCalculationUntilNextSync(): void {
    this.queueCall("suspendApiCalculationUntilNextSync", [], () => undefined, { minApi: "1.6", suspendsCalculation: true });
  }
}

export class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  constructor(context: FakeRequestContext) {
    super({ context, path: "workbook.worksheets", resolve: () => context.runtime.workbook });
  }

  protected itemTargets(wb: never): unknown[] {
    return [...(wb as WorkbookState).sheets];
  }

  protected itemProxy(target: unknown, index: number): FakeWorksheet {
    const sheet = target as SheetState;
    return new FakeWorksheet({ context: this.context, path: `workbook.worksheets.items[${index}]`, resolve: () => sheet, target: sheet });
  }

  private find(key: string): SheetState | null {
    const wb = this.context.runtime.workbook;
    return wb.sheetByName(key) ?? wb.sheetById(key) ?? null;
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet({ context: this.context, path: `${this._path}.getItem(${q(key)})`, resolve: () => this.find(key) });
  }

  /** [ExcelApi 1.4] */
  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet({ context: this.context, path: `${this._path}.getItemOrNullObject(${q(key)})`, resolve: () => this.find(key), orNull: true, minApi: "1.4" });
  }

  getActiveWorksheet(): FakeWorksheet {
    const wb = this.context.runtime.workbook;
    return new FakeWorksheet({ context: this.context, path: `${this._path}.getActiveWorksheet()`, resolve: () => wb.sheetById(wb.activeSheetId ?? "") ?? null });
  }

  /** Adds a sheet at the end (executed at this point of the batch). */
  add(name?: string): FakeWorksheet {
    const wb = this.context.runtime.workbook;
    return new FakeWorksheet({
      context: this.context,
      path: `${this._path}.add(${q(name ?? "")})`,
      instantiate: true,
      resolve: () => {
        let n = name;
        if (n === undefined) {
          let i = wb.sheets.length + 1;
          while (wb.sheetByName(`Sheet${i}`)) i++;
          n = `Sheet${i}`;
        }
        checkSheetName(n);
        if (wb.sheetByName(n)) throw new FakeRichApiError(ERROR_CODES.itemAlreadyExists, `A resource with the same name or identifier already exists: ${q(n)}.`);
        return wb.addSheet(n);
      },
    });
  }

  getCount(): FakeClientResult<number> {
    return new FakeClientResult(this.context, `${this._path}.getCount()`, () => this.context.runtime.workbook.sheets.length);
  }
}

export class FakeWorksheet extends FakeClientObject {
  private freezePanesProxy?: FakeWorksheetFreezePanes;

  protected scalarGetters(): Record<string, (t: never) => unknown> {
    const wb = this.context.runtime.workbook;
    return {
      id: (s: SheetState) => s.id,
      name: (s: SheetState) => s.name,
      position: (s: SheetState) => wb.sheets.indexOf(s),
      visibility: (s: SheetState) => s.visibility,
      tabColor: (s: SheetState) => s.tabColor,
      standardWidth: () => 8.43,
    } as Record<string, (t: never) => unknown>;
  }

  protected override navigation(): Record<string, () => FakeClientObject> {
    return { freezePanes: () => this.freezePanes };
  }

  get id(): string {
    return this.prop("id");
  }

  get name(): string {
    return this.prop("name");
  }

  set name(value: string) {
    const wb = this.context.runtime.workbook;
    this.queueSet("name", value, (s: SheetState) => {
      checkSheetName(value);
      const other = wb.sheetByName(value);
      if (other && other !== s) throw new FakeRichApiError(ERROR_CODES.itemAlreadyExists, `A resource with the same name or identifier already exists: ${q(value)}.`);
      s.name = value;
    });
  }

  get position(): number {
    return this.prop("position");
  }

  set position(value: number) {
    const wb = this.context.runtime.workbook;
    this.queueSet("position", value, (s: SheetState) => {
      if (!Number.isInteger(value) || value < 0 || value >= wb.sheets.length) throw new FakeRichApiError(ERROR_CODES.invalidArgument, `Invalid sheet position ${value}.`);
      wb.sheets = wb.sheets.filter((x) => x !== s);
      wb.sheets.splice(value, 0, s);
    });
  }

  get visibility(): Visibility {
    return this.prop("visibility");
  }

  set visibility(value: Visibility) {
    const wb = this.context.runtime.workbook;
    this.queueSet("visibility", value, (s: SheetState) => {
      if (!["Visible", "Hidden", "VeryHidden"].includes(value)) throw new FakeRichApiError(ERROR_CODES.invalidArgument, `Invalid visibility ${q(String(value))}.`);
      if (value !== "Visible" && wb.sheets.filter((x) => x !== s && x.visibility === "Visible").length === 0) {
        throw new FakeRichApiError(ERROR_CODES.invalidOperation, "A workbook must contain at least one visible worksheet.");
      }
      s.visibility = value;
      if (value !== "Visible" && wb.activeSheetId === s.id) wb.activeSheetId = wb.sheets.find((x) => x.visibility === "Visible")?.id ?? null;
    });
  }

  get tabColor(): string {
    return this.prop("tabColor");
  }

  set tabColor(value: string) {
    this.queueSet("tabColor", value, (s: SheetState) => {
      s.tabColor = value;
    });
  }

  get freezePanes(): FakeWorksheetFreezePanes {
    this.freezePanesProxy ??= new FakeWorksheetFreezePanes({ context: this.context, path: `${this._path}.freezePanes`, resolve: () => this.live<SheetState>() });
    return this.freezePanesProxy;
  }

  activate(): void {
    const wb = this.context.runtime.workbook;
    this.queueCall("activate", [], (s: SheetState) => {
      if (s.visibility !== "Visible") throw new FakeRichApiError(ERROR_CODES.invalidOperation, "A hidden worksheet cannot be activated.");
      wb.activeSheetId = s.id;
    });
  }

  delete(): void {
    const wb = this.context.runtime.workbook;
    this.queueCall("delete", [], (s: SheetState) => {
      if (s.visibility === "Visible" && wb.sheets.filter((x) => x !== s && x.visibility === "Visible").length === 0) {
        throw new FakeRichApiError(ERROR_CODES.invalidOperation, "A workbook must contain at least one visible worksheet.");
      }
      wb.removeSheet(s);
    });
  }

  private range(path: string, area: (s: SheetState) => Rect | null, options: { orNull?: boolean; minApi?: string } = {}): FakeRange {
    return new FakeRange({
      context: this.context,
      path: `${this._path}.${path}`,
      orNull: options.orNull,
      minApi: options.minApi,
      resolve: () => {
        const s = this.live<SheetState>();
        const r = area(s);
        return r === null ? null : ({ sheet: s, rect: r } satisfies RangeTarget);
      },
    });
  }

  getRange(address?: string): FakeRange {
    return this.range(`getRange(${q(address ?? "")})`, () => {
      if (address === undefined || address === "") return WHOLE_SHEET;
      const r = parseArea(address);
      if (!r) throw new FakeRichApiError(ERROR_CODES.invalidArgument, `The argument is invalid or missing or has an incorrect format: ${q(address)}.`);
      return r;
    });
  }

  /** [ExcelApi 1.7] */
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return this.range(
      `getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`,
      () => {
        if ([startRow, startColumn].some((n) => !Number.isInteger(n) || n < 0) || [rowCount, columnCount].some((n) => !Number.isInteger(n) || n < 1)) {
          throw new FakeRichApiError(ERROR_CODES.invalidArgument, "The argument is invalid or missing or has an incorrect format (getRangeByIndexes).");
        }
        return rect(startRow, startColumn, startRow + rowCount - 1, startColumn + columnCount - 1);
      },
      { minApi: "1.7" },
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this.range(`getCell(${row},${column})`, () => rect(row, column, row, column));
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this.range(`getUsedRange(${valuesOnly === true})`, (s) => s.usedRect(valuesOnly === true) ?? rect(0, 0, 0, 0));
  }

  /** [ExcelApi 1.4] */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this.range(`getUsedRangeOrNullObject(${valuesOnly === true})`, (s) => s.usedRect(valuesOnly === true), { orNull: true, minApi: "1.4" });
  }

  /** [ExcelApi 1.9] Several areas: "A1:B2, D5" (comma or semicolon separated). */
  getRanges(address?: string): FakeRangeAreas {
    return new FakeRangeAreas({
      context: this.context,
      path: `${this._path}.getRanges(${q(address ?? "")})`,
      minApi: "1.9",
      resolve: () => {
        const s = this.live<SheetState>();
        if (address === undefined || address === "") return { sheet: s, rects: [WHOLE_SHEET] };
        const rects = address.split(/[,;]/).map((a) => {
          const r = parseArea(a);
          if (!r) throw new FakeRichApiError(ERROR_CODES.invalidArgument, `The argument is invalid or missing or has an incorrect format: ${q(address)}.`);
          return r;
        });
        return { sheet: s, rects };
      },
    });
  }
}

export class FakeWorksheetFreezePanes extends FakeClientObject {
  protected scalarGetters(): Record<string, (t: never) => unknown> {
    return {};
  }

  freezeRows(count = 1): void {
    this.queueCall("freezeRows", [count], (s: SheetState) => {
      s.frozen = { rows: count, columns: 0 };
    });
  }

  freezeColumns(count = 1): void {
    this.queueCall("freezeColumns", [count], (s: SheetState) => {
      s.frozen = { rows: 0, columns: count };
    });
  }

  freezeAt(frozenRange: string): void {
    this.queueCall("freezeAt", [frozenRange], (s: SheetState) => {
      const r = parseArea(frozenRange);
      if (!r) throw new FakeNotImplemented(`freezeAt(${q(frozenRange)})`);
      s.frozen = { rows: r.r1 + 1, columns: r.c1 + 1 };
    });
  }

  unfreeze(): void {
    this.queueCall("unfreeze", [], (s: SheetState) => {
      s.frozen = { rows: 0, columns: 0 };
    });
  }

  getLocationOrNullObject(): FakeRange {
    return new FakeRange({
      context: this.context,
      path: `${this._path}.getLocationOrNullObject()`,
      orNull: true,
      resolve: () => {
        const s = this.live<SheetState>();
        const { rows, columns } = s.frozen;
        if (rows === 0 && columns === 0) return null;
        return { sheet: s, rect: rect(0, 0, Math.max(rows, 1) - 1, Math.max(columns, 1) - 1) } satisfies RangeTarget;
      },
    });
  }
}
