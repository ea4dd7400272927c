/**
 * [ExcelApi 1.6] Conditional formats: the collection of a Range (or RangeAreas, 1.9) lists the sheet's
 * conditional formats that intersect it, in priority order; `add` puts the new one first (highest priority).
 * Only custom (formula) rules are modelled in detail.
 */
import { type Rect, intersects, subtract } from "./address";
import { FakeClientObject, FakeClientResult, FakeCollection } from "./client-object";
import { ERROR_CODES, FakeRichApiError } from "./errors";
import { type AreasTarget, FakeRange, FakeRangeAreas, type RangeTarget } from "./range-objects";
import type { ConditionalFormatState, SheetState } from "./state";

export interface CfTarget {
  readonly sheet: SheetState;
  readonly cf: ConditionalFormatState;
}

const TYPES = ["Custom", "DataBar", "ColorScale", "IconSet", "TopBottom", "PresetCriteria", "ContainsText", "CellValue"];

function within(sheet: SheetState, rects: ReadonlyArray<Rect>): ConditionalFormatState[] {
  return sheet.conditionalFormats.filter((cf) => cf.ranges.some((r) => rects.some((x) => intersects(r, x))));
}

export class FakeConditionalFormatCollection extends FakeCollection<FakeConditionalFormat> {
  protected itemTargets(t: never): unknown[] {
    const a = t as AreasTarget;
    return within(a.sheet, a.rects).map((cf) => ({ sheet: a.sheet, cf }) satisfies CfTarget);
  }

  protected itemProxy(target: unknown, index: number): FakeConditionalFormat {
    return new FakeConditionalFormat({ context: this.context, path: `${this._path}.items[${index}]`, resolve: () => target, target });
  }

  add(type: string): FakeConditionalFormat {
    const wb = this.context.runtime.workbook;
    return new FakeConditionalFormat({
      context: this.context,
      path: `${this._path}.add(${JSON.stringify(type)})`,
      instantiate: true,
      resolve: () => {
        if (!TYPES.includes(type)) throw new FakeRichApiError(ERROR_CODES.invalidArgument, `Invalid conditional format type ${JSON.stringify(type)}.`);
        const a = this.live<AreasTarget>();
        const cf: ConditionalFormatState = { id: wb.newConditionalFormatId(), type, ranges: a.rects.map((r) => ({ ...r })), format: {}, stopIfTrue: false };
        a.sheet.conditionalFormats.unshift(cf);
        return { sheet: a.sheet, cf } satisfies CfTarget;
      },
    });
  }

  getItemAt(index: number): FakeConditionalFormat {
    return new FakeConditionalFormat({
      context: this.context,
      path: `${this._path}.getItemAt(${index})`,
      resolve: () => {
        const a = this.live<AreasTarget>();
        const cf = within(a.sheet, a.rects)[index];
        return cf ? ({ sheet: a.sheet, cf } satisfies CfTarget) : null;
      },
    });
  }

  getItem(id: string): FakeConditionalFormat {
    return new FakeConditionalFormat({
      context: this.context,
      path: `${this._path}.getItem(${JSON.stringify(id)})`,
      resolve: () => {
        const a = this.live<AreasTarget>();
        const cf = within(a.sheet, a.rects).find((x) => x.id === id);
        return cf ? ({ sheet: a.sheet, cf } satisfies CfTarget) : null;
      },
    });
  }

  getCount(): FakeClientResult<number> {
    return new FakeClientResult(this.context, `${this._path}.getCount()`, () => {
      const a = this.live<AreasTarget>();
      return within(a.sheet, a.rects).length;
    });
  }

  /** Removes conditional formatting from the collection's cells (formats elsewhere keep their other cells). */
  clearAll(): void {
    this.queueCall("clearAll", [], (a: AreasTarget) => {
      const next: ConditionalFormatState[] = [];
      for (const cf of a.sheet.conditionalFormats) {
        let ranges = cf.ranges;
        for (const x of a.rects) ranges = ranges.flatMap((r) => subtract(r, x));
        if (ranges.length > 0) next.push(ranges === cf.ranges ? cf : { ...cf, ranges });
      }
      a.sheet.conditionalFormats = next;
    });
  }
}

export class FakeConditionalFormat extends FakeClientObject {
  private customProxy?: FakeCustomConditionalFormat;

  protected scalarGetters(): Record<string, (t: never) => unknown> {
    const g: Record<string, (t: CfTarget) => unknown> = {
      id: (t) => t.cf.id,
      type: (t) => t.cf.type,
      priority: (t) => t.sheet.conditionalFormats.indexOf(t.cf),
      stopIfTrue: (t) => t.cf.stopIfTrue,
    };
    return g as Record<string, (t: never) => unknown>;
  }

  protected override navigation(): Record<string, () => FakeClientObject> {
    return { custom: () => this.custom, customOrNullObject: () => this.customOrNullObject };
  }

  get id(): string {
    return this.prop("id");
  }
  get type(): string {
    return this.prop("type");
  }
  get priority(): number {
    return this.prop("priority");
  }
  set priority(p: number) {
    this.queueSet("priority", p, (t: CfTarget) => {
      const list = t.sheet.conditionalFormats.filter((x) => x !== t.cf);
      list.splice(Math.max(0, Math.min(p, list.length)), 0, t.cf);
      t.sheet.conditionalFormats = list;
    });
  }
  get stopIfTrue(): boolean {
    return this.prop("stopIfTrue");
  }
  set stopIfTrue(v: boolean) {
    this.queueSet("stopIfTrue", v, (t: CfTarget) => {
      t.cf.stopIfTrue = v;
    });
  }

  get custom(): FakeCustomConditionalFormat {
    this.customProxy ??= new FakeCustomConditionalFormat({
      context: this.context,
      path: `${this._path}.custom`,
      resolve: () => {
        const t = this.live<CfTarget>();
        if (t.cf.type !== "Custom") throw new FakeRichApiError(ERROR_CODES.invalidOperation, `The conditional format is of type ${t.cf.type}, not Custom.`);
        return t;
      },
    });
    return this.customProxy;
  }

  get customOrNullObject(): FakeCustomConditionalFormat {
    return new FakeCustomConditionalFormat({
      context: this.context,
      path: `${this._path}.customOrNullObject`,
      orNull: true,
      resolve: () => {
        const t = this.live<CfTarget>();
        return t.cf.type === "Custom" ? t : null;
      },
    });
  }

  delete(): void {
    this.queueCall("delete", [], (t: CfTarget) => {
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((x) => x !== t.cf);
    });
  }

  getRange(): FakeRange {
    return new FakeRange({
      context: this.context,
      path: `${this._path}.getRange()`,
      resolve: () => {
        const t = this.live<CfTarget>();
        if (t.cf.ranges.length !== 1) throw new FakeRichApiError(ERROR_CODES.invalidOperation, "The conditional format applies to several ranges.");
        return { sheet: t.sheet, rect: t.cf.ranges[0] } satisfies RangeTarget;
      },
    });
  }

  getRangeOrNullObject(): FakeRange {
    return new FakeRange({
      context: this.context,
      path: `${this._path}.getRangeOrNullObject()`,
      orNull: true,
      resolve: () => {
        const t = this.live<CfTarget>();
        return t.cf.ranges.length === 1 ? ({ sheet: t.sheet, rect: t.cf.ranges[0] } satisfies RangeTarget) : null;
      },
    });
  }

  /** [ExcelApi 1.9] */
  getRanges(): FakeRangeAreas {
    return new FakeRangeAreas({
      context: this.context,
      path: `${this._path}.getRanges()`,
      minApi: "1.9",
      resolve: () => {
        const t = this.live<CfTarget>();
        return { sheet: t.sheet, rects: t.cf.ranges } satisfies AreasTarget;
      },
    });
  }
}

export class FakeCustomConditionalFormat extends FakeClientObject {
  private ruleProxy?: FakeConditionalFormatRule;
  private formatProxy?: FakeConditionalRangeFormat;

  protected scalarGetters(): Record<string, (t: never) => unknown> {
    return {};
  }

  protected override navigation(): Record<string, () => FakeClientObject> {
    return { rule: () => this.rule, format: () => this.format };
  }

  get rule(): FakeConditionalFormatRule {
    this.ruleProxy ??= new FakeConditionalFormatRule({ context: this.context, path: `${this._path}.rule`, resolve: () => this.live<CfTarget>() });
    return this.ruleProxy;
  }

  get format(): FakeConditionalRangeFormat {
    this.formatProxy ??= new FakeConditionalRangeFormat({ context: this.context, path: `${this._path}.format`, resolve: () => this.live<CfTarget>() });
    return this.formatProxy;
  }
}

export class FakeConditionalFormatRule extends FakeClientObject {
  protected scalarGetters(): Record<string, (t: never) => unknown> {
    const g: Record<string, (t: CfTarget) => unknown> = {
      formula: (t) => t.cf.formula ?? "",
      formulaLocal: (t) => t.cf.formula ?? "",
    };
    return g as Record<string, (t: never) => unknown>;
  }
  get formula(): string {
    return this.prop("formula");
  }
  set formula(f: string) {
    this.queueSet("formula", f, (t: CfTarget) => {
      if (typeof f !== "string" || !f.startsWith("=") || f.length < 2) throw new FakeRichApiError(ERROR_CODES.invalidArgument, `Invalid conditional format formula ${JSON.stringify(f)}.`);
      t.cf.formula = f;
    });
  }
}

export class FakeConditionalRangeFormat extends FakeClientObject {
  private fillProxy?: FakeConditionalFill;
  private fontProxy?: FakeConditionalFont;

  protected scalarGetters(): Record<string, (t: never) => unknown> {
    return {};
  }
  protected override navigation(): Record<string, () => FakeClientObject> {
    return { fill: () => this.fill, font: () => this.font };
  }
  get fill(): FakeConditionalFill {
    this.fillProxy ??= new FakeConditionalFill({ context: this.context, path: `${this._path}.fill`, resolve: () => this.live<CfTarget>() });
    return this.fillProxy;
  }
  get font(): FakeConditionalFont {
    this.fontProxy ??= new FakeConditionalFont({ context: this.context, path: `${this._path}.font`, resolve: () => this.live<CfTarget>() });
    return this.fontProxy;
  }
}

export class FakeConditionalFill extends FakeClientObject {
  protected scalarGetters(): Record<string, (t: never) => unknown> {
    const g: Record<string, (t: CfTarget) => unknown> = { color: (t) => t.cf.format.fill ?? null };
    return g as Record<string, (t: never) => unknown>;
  }
  get color(): string {
    return this.prop("color");
  }
  set color(c: string) {
    this.queueSet("color", c, (t: CfTarget) => {
      t.cf.format.fill = c.toUpperCase();
    });
  }
}

export class FakeConditionalFont extends FakeClientObject {
  protected scalarGetters(): Record<string, (t: never) => unknown> {
    const g: Record<string, (t: CfTarget) => unknown> = {
      color: (t) => t.cf.format.fontColor ?? null,
      bold: (t) => t.cf.format.bold ?? false,
      italic: (t) => t.cf.format.italic ?? false,
    };
    return g as Record<string, (t: never) => unknown>;
  }
  get color(): string {
    return this.prop("color");
  }
  set color(c: string) {
    this.queueSet("color", c, (t: CfTarget) => {
      t.cf.format.fontColor = c.toUpperCase();
    });
  }
  get bold(): boolean {
    return this.prop("bold");
  }
  set bold(v: boolean) {
    this.queueSet("bold", v, (t: CfTarget) => {
      t.cf.format.bold = v;
    });
  }
  get italic(): boolean {
    return this.prop("italic");
  }
  set italic(v: boolean) {
    this.queueSet("italic", v, (t: CfTarget) => {
      t.cf.format.italic = v;
    });
  }
}
