/**
 * The context every rule reads: evaluation year and date, the rule set and the parameter values in force,
 * and where each value came from (a `Cấu hình` cell or the rule set's default).
 */
import type { Issue } from "../issues";
import type { TrackingData } from "../model";
import type { IsoDate } from "../text/parse-values";
import { isoDate } from "../text/parse-values";
import { knownSettings } from "../settings";
import { defaultRuleSet, PARAMETERS, RULE_SETS, type ParamValue, type RuleSetId } from "./parameters";

export interface RuleContext {
  readonly year: number;
  /** 31/12 of the year unless `Ngày xét` says otherwise. */
  readonly evaluationDate: IsoDate;
  readonly ruleSet: RuleSetId;
  readonly params: Readonly<Record<string, ParamValue>>;
  /** "default:ND152-2025" or the settings cell that overrode it ("Cấu hình!B17"). */
  readonly paramSources: Readonly<Record<string, string>>;
}

export interface ContextOptions {
  /** `--year` on the command line; otherwise `Năm thi đua` in the settings. */
  readonly year?: number;
}

/**
 * Builds the rule context from the settings. Parameter overrides in `Cấu hình` are applied by
 * `applyParameterOverrides` (rules/parameter-overrides.ts).
 */
export function resolveContext(data: TrackingData, options: ContextOptions = {}): { ctx: RuleContext | null; issues: Issue[] } {
  const known = knownSettings(data.settings);
  const year = options.year ?? (typeof known.year === "number" ? known.year : null);
  if (year === null) return { ctx: null, issues: [] };
  const named = typeof known.ruleSet === "string" ? RULE_SETS.find((r) => r.toLowerCase() === String(known.ruleSet).trim().toLowerCase()) : undefined;
  const ruleSet = named ?? defaultRuleSet(year);
  const params: Record<string, ParamValue> = {};
  const paramSources: Record<string, string> = {};
  for (const p of PARAMETERS) {
    params[p.id] = p.defaults[ruleSet];
    paramSources[p.id] = `default:${ruleSet}`;
  }
  const evaluationDate = typeof known.evaluationDate === "string" ? known.evaluationDate : isoDate(year, 12, 31);
  return { ctx: { year, evaluationDate, ruleSet, params, paramSources }, issues: [] };
}
