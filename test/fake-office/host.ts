/**
 * The fake Office.js host: `Office` (onReady, context.requirements.isSetSupported), `Excel` (run,
 * RequestContext, the enums the add-in may use) and `OfficeExtension` (Error), over one document built
 * from a plain description. Install it as globals for jest, or bundle `browser.ts` to serve it in place
 * of Microsoft's office.js in a browser test.
 */
import type { CellValue } from "../../src/core/grid";
import { isErrorValue } from "../../src/core/grid";
import { areaText as areaOf, parseArea, splitSheet } from "./address";
import { FakeRequestContext, FakeRuntime, type FakeHostOptions, type SyncRecord } from "./client-object";
import { ERROR_CODES, FakeRichApiError } from "./errors";
import { type SnapshotOptions, snapshotSheet } from "./snapshot";
import { type CellFormat, type SheetState, type Visibility, WorkbookState } from "./state";
import { FakeWorkbook } from "./workbook-objects";

export interface FakeCellInit extends CellFormat {
  readonly value?: string | number | boolean;
  readonly formula?: string;
  readonly error?: string;
}

export interface FakeSheetInit {
  readonly name: string;
  /** Values from `origin` (default A1): strings are stored as text as given ("#N/A"-like strings as errors). */
  readonly rows?: ReadonlyArray<ReadonlyArray<CellValue>>;
  readonly origin?: string;
  /** Individual cells by A1 address, with formats. */
  readonly cells?: Readonly<Record<string, FakeCellInit>>;
  readonly visibility?: Visibility;
  /** Column widths in points by column letter. */
  readonly columnWidths?: Readonly<Record<string, number>>;
  readonly frozenRows?: number;
  readonly validations?: ReadonlyArray<{ readonly range: string; readonly rule: unknown; readonly errorAlert?: unknown }>;
  readonly conditionalFormats?: ReadonlyArray<{ readonly ranges: ReadonlyArray<string>; readonly formula: string; readonly fill?: string; readonly fontColor?: string }>;
}

export interface FakeWorkbookInit {
  readonly sheets: ReadonlyArray<FakeSheetInit>;
  readonly activeSheet?: string;
}

function area(address: string) {
  const r = parseArea(address);
  if (!r) throw new Error(`fake-office init: bad address ${address}`);
  return r;
}

function fillSheet(wb: WorkbookState, sheet: SheetState, init: FakeSheetInit): void {
  const origin = area(init.origin ?? "A1");
  (init.rows ?? []).forEach((row, i) =>
    row.forEach((v, j) => {
      if (v === null || v === undefined || v === "") return;
      const cell = sheet.ensureCell(origin.r0 + i, origin.c0 + j);
      if (typeof v === "string" && isErrorValue(v)) cell.error = v;
      else cell.value = v;
    }),
  );
  for (const [address, c] of Object.entries(init.cells ?? {})) {
    const r = area(address);
    const cell = sheet.ensureCell(r.r0, r.c0);
    const { value, formula, error, ...format } = c;
    delete cell.value;
    if (value !== undefined) cell.value = value;
    if (formula !== undefined) cell.formula = formula;
    if (error !== undefined) cell.error = error;
    cell.format = { ...cell.format, ...format };
    sheet.tidy(r.r0, r.c0);
  }
  if (init.visibility) sheet.visibility = init.visibility;
  for (const [letters, w] of Object.entries(init.columnWidths ?? {})) sheet.columnWidths.set(area(`${letters}1`).c0, w);
  if (init.frozenRows) sheet.frozen = { rows: init.frozenRows, columns: 0 };
  for (const v of init.validations ?? []) sheet.validations.push({ rect: area(v.range), rule: v.rule, errorAlert: v.errorAlert ?? null, prompt: null, ignoreBlanks: true });
  for (const cf of init.conditionalFormats ?? []) {
    sheet.conditionalFormats.push({
      id: wb.newConditionalFormatId(),
      type: "Custom",
      ranges: cf.ranges.map(area),
      formula: cf.formula,
      format: { ...(cf.fill ? { fill: cf.fill } : {}), ...(cf.fontColor ? { fontColor: cf.fontColor } : {}) },
      stopIfTrue: false,
    });
  }
}

export function buildWorkbook(init: FakeWorkbookInit): WorkbookState {
  const wb = new WorkbookState();
  for (const s of init.sheets) fillSheet(wb, wb.addSheet(s.name), s);
  const active = init.activeSheet ? wb.sheetByName(init.activeSheet) : wb.sheets.find((s) => s.visibility === "Visible");
  wb.activeSheetId = active?.id ?? null;
  return wb;
}

type Batch<T> = (context: FakeRequestContext) => Promise<T>;

export class FakeOfficeHost {
  readonly runtime: FakeRuntime;
  readonly Office: Record<string, unknown>;
  readonly Excel: Record<string, unknown>;
  readonly OfficeExtension: Record<string, unknown>;
  private installedOn: Record<string, unknown> | null = null;
  private previous: Record<string, unknown> = {};

  constructor(init: FakeWorkbookInit, options: FakeHostOptions = {}) {
    this.runtime = new FakeRuntime(buildWorkbook(init), options);
    const runtime = this.runtime;
    const newContext = (): FakeRequestContext => new FakeRequestContext(runtime, (ctx) => new FakeWorkbook(ctx));
    const platform = options.platform ?? "OfficeOnline";
    const info = { host: "Excel", platform };
    const office: Record<string, unknown> = {
      HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" },
      PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
      context: {
        host: "Excel",
        platform,
        displayLanguage: options.displayLanguage ?? "vi-VN",
        contentLanguage: options.displayLanguage ?? "vi-VN",
        requirements: {
          isSetSupported: (name: string, minVersion?: string | number) => runtime.supports(name, minVersion === undefined ? "1.1" : String(minVersion)),
        },
        diagnostics: { host: "Excel", platform, version: "16.0.0.0" },
      },
      onReady: (callback?: (i: typeof info) => void) =>
        new Promise((resolve) => {
          setTimeout(() => {
            callback?.(info);
            resolve(info);
          }, 0);
        }),
    };
    this.Office = office;
    this.OfficeExtension = { Error: FakeRichApiError, ErrorCodes: { ...ERROR_CODES } };
    this.Excel = {
      RequestContext: function RequestContext() {
        return newContext();
      },
      run: async <T>(...args: unknown[]): Promise<T> => {
        const batch = args[args.length - 1] as Batch<T>;
        if (typeof batch !== "function") throw new FakeRichApiError(ERROR_CODES.invalidArgument, "Excel.run needs a batch function.");
        const ctx = newContext();
        const pending = batch(ctx);
        if (!pending || typeof (pending as Promise<T>).then !== "function") {
          throw new FakeRichApiError(ERROR_CODES.runMustReturnPromise, "The batch function passed to the \".run\" method didn't return a promise.");
        }
        const result = await pending;
        // Office.js sends what is still queued when the batch ends.
        if (ctx.pendingOperations > 0) await ctx.sync();
        return result;
      },
      ConditionalFormatType: { custom: "Custom", dataBar: "DataBar", colorScale: "ColorScale", iconSet: "IconSet", topBottom: "TopBottom", presetCriteria: "PresetCriteria", containsText: "ContainsText", cellValue: "CellValue" },
      ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents" },
      SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
      DataValidationAlertStyle: { stop: "Stop", warning: "Warning", information: "Information" },
      ErrorCodes: { ...ERROR_CODES },
    };
  }

  get workbook(): WorkbookState {
    return this.runtime.workbook;
  }

  /** Every sync so far (request and response sizes, operation count, calculation suspended, failure). */
  get syncs(): ReadonlyArray<SyncRecord> {
    return this.runtime.syncs;
  }

  get syncCount(): number {
    return this.runtime.syncs.length;
  }

  /** The next `count` syncs never answer (Excel on the web hanging). */
  hangNextSyncs(count = 1): void {
    this.runtime.hangs += count;
  }

  sheet(name: string): SheetState {
    const s = this.workbook.sheetByName(name);
    if (!s) throw new Error(`fake-office: no sheet ${name}`);
    return s;
  }

  sheetNames(): string[] {
    return this.workbook.sheets.map((s) => s.name);
  }

  snapshot(name: string, options?: SnapshotOptions): string {
    return snapshotSheet(this.workbook, this.sheet(name), options);
  }

  /** Values of a sheet's used range (or of an address like "'Nhật ký'!A1:F3"), as `Range.values` would give them. */
  values(address: string): Array<Array<string | number | boolean>> {
    const { sheet, area: a } = splitSheet(address);
    const s = this.sheet(sheet ?? address);
    const r = sheet ? area(a) : s.usedRect(true);
    if (!r) return [];
    const out: Array<Array<string | number | boolean>> = [];
    for (let i = r.r0; i <= r.r1; i++) {
      const row: Array<string | number | boolean> = [];
      for (let j = r.c0; j <= r.c1; j++) row.push(s.valueAt(i, j));
      out.push(row);
    }
    return out;
  }

  /** The active sheet's name and the selected address ("B5"), for assertions. */
  selection(): { sheet: string | null; address: string | null } {
    const wb = this.workbook;
    const active = wb.sheetById(wb.activeSheetId ?? "");
    const sel = wb.selection;
    const selSheet = sel ? wb.sheetById(sel.sheetId) : undefined;
    return {
      sheet: active?.name ?? null,
      address: sel && selSheet ? `${selSheet.name}!${areaOf(sel.rect)}` : null,
    };
  }

  /** Sets `Office`, `Excel` and `OfficeExtension` on a global object (globalThis by default). */
  install(target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): this {
    this.installedOn = target;
    for (const k of ["Office", "Excel", "OfficeExtension"]) this.previous[k] = target[k];
    target.Office = this.Office;
    target.Excel = this.Excel;
    target.OfficeExtension = this.OfficeExtension;
    return this;
  }

  uninstall(): void {
    if (!this.installedOn) return;
    for (const k of ["Office", "Excel", "OfficeExtension"]) {
      if (this.previous[k] === undefined) delete this.installedOn[k];
      else this.installedOn[k] = this.previous[k];
    }
    this.installedOn = null;
  }
}

export function createFakeOffice(init: FakeWorkbookInit, options: FakeHostOptions = {}): FakeOfficeHost {
  return new FakeOfficeHost(init, options);
}

/** Creates a fake host and installs it as globals (jest). Call `uninstall()` after the test. */
export function installFakeOffice(init: FakeWorkbookInit, options: FakeHostOptions = {}): FakeOfficeHost {
  return new FakeOfficeHost(init, options).install();
}
