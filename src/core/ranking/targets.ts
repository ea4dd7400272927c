/**
 * K1 and K2: enforcement results against the unit's own targets (`Kết quả THADS`).
 * K1: rate_viec = việc xong / việc có điều kiện, rate_tien = tiền xong / tiền có điều kiện.
 * K2: carry-over reduction = (chuyển kỳ sau of Y−1 − chuyển kỳ sau of Y) / chuyển kỳ sau of Y−1.
 * A zero denominator makes the rate undefined (null), reported, and the target is then not a core target;
 * so is K2 without the previous year's row. Never a division error.
 */
import type { Msg } from "../issues";
import type { ResultRow, TrackingData } from "../model";
import type { RuleResult, TargetResult } from "../rules/types";
import type { CellKey, CellKeys } from "../rules/cell-keys";
import { codeKey } from "../rules/facts";
import { clean, meets, percentPoints } from "./compare";
import type { RankingParams, ShortfallMode } from "./params";
import { SOURCES } from "./sources";

export const TARGET_KEYS = ["viec", "tien", "giamChuyenKy"] as const;
export type TargetKey = (typeof TARGET_KEYS)[number];

export interface UnitTargets {
  readonly viec: TargetResult | null;
  readonly tien: TargetResult | null;
  readonly giamChuyenKy: TargetResult | null;
  /** The core targets of K4 for this unit: the ones whose rate is defined. */
  readonly core: ReadonlyArray<TargetKey>;
  /** True when Y's results row is absent or a value việc/tiền needs is empty: the class cannot be decided. */
  readonly missingData: boolean;
  /** One K1 reason per rate and one K2 reason (when the workbook has the carry-over columns). */
  readonly reasons: ReadonlyArray<RuleResult>;
}

/** The first results row of each (year, unit); later duplicates are DUPLICATE_KEY issues of the validator. */
export function indexResults(rows: ReadonlyArray<ResultRow>): Map<string, ResultRow> {
  const out = new Map<string, ResultRow>();
  for (const r of rows) {
    if (r.year === null) continue;
    const k = `${r.year}|${codeKey(r.unit)}`;
    if (!out.has(k)) out.set(k, r);
  }
  return out;
}

/** How far a rate is below its target: percentage points (as a fraction) or relative to the target. */
export function shortfall(rate: number, target: number, mode: ShortfallMode): number {
  if (mode === "relative" && target > 0) return clean((target - rate) / target);
  return clean(target - rate);
}

interface RateInput {
  readonly key: TargetKey;
  readonly num: number | null;
  readonly den: number | null;
  readonly target: number | null;
  readonly cells: ReadonlyArray<string>;
  readonly year: number;
  /** K2 only: the previous year's row is absent. */
  readonly noPrevious?: boolean;
}

function evaluate(input: RateInput, p: RankingParams): { result: TargetResult; reason: RuleResult } {
  const rule = input.key === "giamChuyenKy" ? "K2" : "K1";
  const source = rule === "K2" ? SOURCES.K2 : SOURCES.K1;
  const base = `ranking.${rule.toLowerCase()}.${input.key}`;
  const op = p.strictTargets ? ">" : "≥";
  const make = (result: TargetResult, outcome: RuleResult["outcome"], text: Msg): { result: TargetResult; reason: RuleResult } => ({
    result,
    reason: { rule, outcome, text, cells: input.cells, source },
  });
  if (input.noPrevious) {
    return make(
      { rate: null, target: input.target, met: null, undefinedReason: "noPreviousYear", cells: input.cells },
      "pass",
      { key: `${base}.noPrevious`, params: { year: input.year, previous: input.year - 1 } },
    );
  }
  if (input.num === null || input.den === null) {
    return make(
      { rate: null, target: input.target, met: null, undefinedReason: "missingData", cells: input.cells },
      // K2's cells are optional columns: an empty one leaves K2 out of the core targets, it blocks nothing.
      rule === "K2" ? "pass" : "missing",
      { key: `${base}.empty`, params: { year: input.year } },
    );
  }
  if (input.den === 0) {
    return make(
      { rate: null, target: input.target, met: null, undefinedReason: "zeroDenominator", cells: input.cells },
      "pass",
      { key: `${base}.zero`, params: { year: input.year } },
    );
  }
  const rate = clean(input.num / input.den);
  if (input.target === null) {
    return make(
      { rate, target: null, met: null, undefinedReason: "missingData", cells: input.cells },
      rule === "K2" ? "pass" : "missing",
      { key: `${base}.noTarget`, params: { year: input.year, rate: percentPoints(rate) } },
    );
  }
  const met = meets(rate, input.target, p.strictTargets);
  const params = { rate: percentPoints(rate), target: percentPoints(input.target), op, num: input.num, den: input.den };
  if (met) return make({ rate, target: input.target, met: true, shortBy: null, cells: input.cells }, "pass", { key: `${base}.met`, params });
  const shortBy = shortfall(rate, input.target, p.shortfallMode);
  return make(
    { rate, target: input.target, met: false, shortBy, cells: input.cells },
    "fail",
    { key: `${base}.missed.${p.shortfallMode}`, params: { ...params, short: percentPoints(shortBy) } },
  );
}

/**
 * Targets of one unit for year Y. `hasCarryOverColumns`: the results sheet has both K2 columns
 * (without them K2 is absent and the two rates are the core targets).
 */
export function unitTargets(
  k: CellKeys,
  unitCode: string,
  year: number,
  results: ReadonlyMap<string, ResultRow>,
  hasCarryOverColumns: boolean,
  p: RankingParams,
): UnitTargets {
  const row = results.get(`${year}|${codeKey(unitCode)}`);
  if (!row) {
    const reason: RuleResult = {
      rule: "K1",
      outcome: "missing",
      text: { key: "ranking.k1.noRow", params: { year } },
      cells: [],
      source: SOURCES.K1,
    };
    return { viec: null, tien: null, giamChuyenKy: null, core: [], missingData: true, reasons: [reason] };
  }
  const viec = evaluate(
    { key: "viec", num: row.casesDone, den: row.casesAble, target: row.targetCases, year, cells: texts(k, k.push([], row.src, ["casesDone", "casesAble", "targetCases"])) },
    p,
  );
  const tien = evaluate(
    { key: "tien", num: row.moneyDone, den: row.moneyAble, target: row.targetMoney, year, cells: texts(k, k.push([], row.src, ["moneyDone", "moneyAble", "targetMoney"])) },
    p,
  );
  let k2: { result: TargetResult; reason: RuleResult } | null = null;
  if (hasCarryOverColumns) {
    const prev = results.get(`${year - 1}|${codeKey(unitCode)}`);
    const keys = k.push([], row.src, ["carryOver", "targetCarryOver"]);
    if (prev) k.push(keys, prev.src, ["carryOver"]);
    const cells = texts(k, keys);
    const reduced = prev && prev.carryOver !== null && row.carryOver !== null ? prev.carryOver - row.carryOver : null;
    k2 = evaluate(
      { key: "giamChuyenKy", num: reduced, den: prev ? prev.carryOver : null, target: row.targetCarryOver, year, cells, noPrevious: !prev },
      p,
    );
  }
  const all: Array<[TargetKey, TargetResult | null]> = [
    ["viec", viec.result],
    ["tien", tien.result],
    ["giamChuyenKy", k2 ? k2.result : null],
  ];
  const core = all.filter(([, t]) => t !== null && t.met !== null).map(([k]) => k);
  const missingData = [viec.result, tien.result].some((t) => t.undefinedReason === "missingData");
  return {
    viec: viec.result,
    tien: tien.result,
    giamChuyenKy: k2 ? k2.result : null,
    core,
    missingData,
    reasons: [viec.reason, tien.reason, ...(k2 ? [k2.reason] : [])],
  };
}

/** Sorted, unique "Sheet!A1" texts of keys. */
function texts(k: CellKeys, keys: ReadonlyArray<CellKey>): ReadonlyArray<string> {
  return k.strings(k.sort(keys));
}

/** Whether the workbook's results sheet has the two carry-over columns K2 needs. */
export function hasCarryOverColumns(data: TrackingData): boolean {
  const cols = data.sheets.results?.columns;
  return !!cols && cols.carryOver !== undefined && cols.targetCarryOver !== undefined;
}
