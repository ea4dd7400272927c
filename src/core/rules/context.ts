/**
 * The context every rule reads: evaluation year and date, the rule set and the parameter values in force,
 * and where each value came from (a `Cấu hình` cell or the rule set's default).
 */
import type { Issue } from "../issues";
import type { TrackingData } from "../model";
import type { IsoDate } from "../text/parse-values";
import { isoDate } from "../text/parse-values";
import { knownSettings, settingKeyOf } from "../settings";
import {
  defaultRuleSet,
  paramByLabel,
  parseParamValue,
  PARAMETERS,
  ruleSetByName,
  type ParamId,
  type ParamValue,
  type RuleSetId,
} from "./parameters";

export interface RuleContext {
  readonly year: number;
  /** 31/12 of the year unless `Ngày xét` says otherwise. */
  readonly evaluationDate: IsoDate;
  readonly ruleSet: RuleSetId;
  /** Where the rule set came from: "default" (by year) or the `Bộ quy tắc` cell ("Cấu hình!B12"). */
  readonly ruleSetSource: string;
  readonly params: Readonly<Record<string, ParamValue>>;
  /** "default:ND152-2025" or the settings cell that overrode it ("Cấu hình!B17"). */
  readonly paramSources: Readonly<Record<string, string>>;
  /** `Số thành viên Hội đồng` in `Cấu hình` (fallback for a vote row without `Tổng số thành viên`). */
  readonly councilSize: number | null;
  /** Its cell ("Cấu hình!B14"), or null. */
  readonly councilSizeCell: string | null;
}

export interface ContextOptions {
  /** `--year` on the command line; otherwise `Năm thi đua` in the settings. */
  readonly year?: number;
}

/**
 * Builds the rule context from the settings: year (option or `Năm thi đua`), rule set (`Bộ quy tắc` or by
 * year), evaluation date (`Ngày xét` or 31/12 of the year), and the parameters with their `Cấu hình` overrides
 * (a row whose `Tham số` is a parameter's Vietnamese label or id; the first readable row wins; unreadable
 * values are ignored here — the validator reports them).
 */
export function resolveContext(data: TrackingData, options: ContextOptions = {}): { ctx: RuleContext | null; issues: Issue[] } {
  const known = knownSettings(data.settings);
  const year = options.year ?? (typeof known.year === "number" ? known.year : null);
  if (year === null) return { ctx: null, issues: [] };
  const sheet = data.settings.sheet ?? "Cấu hình";
  const cellOf = (addr: string): string => `${sheet}!${addr}`;

  let ruleSet: RuleSetId = defaultRuleSet(year);
  let ruleSetSource = "default";
  let councilSizeCell: string | null = null;
  for (const e of data.settings.entries) {
    const key = settingKeyOf(e.label);
    if (key?.id === "ruleSet" && ruleSetSource === "default") {
      const named = ruleSetByName(String(e.value ?? ""));
      if (named) {
        ruleSet = named;
        ruleSetSource = cellOf(e.valueCell);
      }
    }
    if (key?.id === "councilSize" && councilSizeCell === null && typeof known.councilSize === "number") councilSizeCell = cellOf(e.valueCell);
  }

  const params: Record<string, ParamValue> = {};
  const paramSources: Record<string, string> = {};
  for (const p of PARAMETERS) {
    params[p.id] = p.defaults[ruleSet];
    paramSources[p.id] = `default:${ruleSet}`;
  }
  const overridden = new Set<ParamId>();
  for (const e of data.settings.entries) {
    if (settingKeyOf(e.label)) continue;
    const def = paramByLabel(e.label);
    if (!def || overridden.has(def.id)) continue;
    const parsed = parseParamValue(def, e.value);
    if (!parsed.ok) continue;
    overridden.add(def.id);
    params[def.id] = parsed.value;
    paramSources[def.id] = cellOf(e.valueCell);
  }

  const evaluationDate = typeof known.evaluationDate === "string" ? known.evaluationDate : isoDate(year, 12, 31);
  const councilSize = typeof known.councilSize === "number" && known.councilSize > 0 ? known.councilSize : null;
  return {
    ctx: {
      year,
      evaluationDate,
      ruleSet,
      ruleSetSource,
      params,
      paramSources,
      councilSize,
      councilSizeCell: councilSize === null ? null : councilSizeCell,
    },
    issues: [],
  };
}

/** A number parameter (percent, number or int). Throws on a programming error (unknown id or wrong type). */
export function num(ctx: RuleContext, id: ParamId): number {
  const v = ctx.params[id];
  if (typeof v !== "number") throw new Error(`parameter ${id} is not a number`);
  return v;
}

/** A nullable number parameter (null = none). */
export function numOrNull(ctx: RuleContext, id: ParamId): number | null {
  const v = ctx.params[id];
  if (v === null) return null;
  if (typeof v !== "number") throw new Error(`parameter ${id} is not a number`);
  return v;
}

export function bool(ctx: RuleContext, id: ParamId): boolean {
  const v = ctx.params[id];
  if (typeof v !== "boolean") throw new Error(`parameter ${id} is not a boolean`);
  return v;
}

export function str(ctx: RuleContext, id: ParamId): string {
  const v = ctx.params[id];
  if (typeof v !== "string") throw new Error(`parameter ${id} is not a string`);
  return v;
}
