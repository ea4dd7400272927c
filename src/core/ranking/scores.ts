/**
 * K3: a unit's total score for year Y from `Chấm điểm`, criteria and maximum points from `Tiêu chí`.
 * total = Σ Cộng min(điểm, điểm tối đa) − Σ Trừ min(điểm, điểm tối đa). The scale (the maximum a unit can
 * reach) is the sum of the maximum points of the Cộng criteria; class thresholds (K4) are shares of it.
 */
import type { Criterion, Score } from "../model";
import type { RuleResult } from "../rules/types";
import type { CellKey, CellKeys } from "../rules/cell-keys";
import { codeKey } from "../rules/facts";
import { clean } from "./compare";
import { SOURCES } from "./sources";

export interface ScoreScale {
  /** Sum of the maximum points of the Cộng criteria (200 on the usual sheet); 0 when there are none. */
  readonly max: number;
  readonly criteria: ReadonlyMap<string, Criterion>;
  readonly countCong: number;
}

export function scoreScale(criteria: ReadonlyArray<Criterion>): ScoreScale {
  const byCode = new Map<string, Criterion>();
  for (const c of criteria) if (!byCode.has(codeKey(c.code))) byCode.set(codeKey(c.code), c);
  let max = 0;
  let countCong = 0;
  for (const c of byCode.values()) {
    if (c.kind === "CONG") {
      countCong++;
      if (c.maxPoints !== null && c.maxPoints > 0) max += c.maxPoints;
    }
  }
  return { max: clean(max), criteria: byCode, countCong };
}

/** Score rows by "year|UNIT". */
export function indexScores(scores: ReadonlyArray<Score>): Map<string, Score[]> {
  const out = new Map<string, Score[]>();
  for (const s of scores) {
    if (s.year === null) continue;
    const k = `${s.year}|${codeKey(s.unit)}`;
    const list = out.get(k);
    if (list) list.push(s);
    else out.set(k, [s]);
  }
  return out;
}

const POINTS = ["points"];

export interface UnitScore {
  readonly total: number | null;
  readonly reason: RuleResult;
}

export function unitScore(k: CellKeys, unitCode: string, year: number, scores: ReadonlyMap<string, ReadonlyArray<Score>>, scale: ScoreScale): UnitScore {
  const rows = scores.get(`${year}|${codeKey(unitCode)}`) ?? [];
  const used: Score[] = [];
  const seen = new Set<string>();
  let total = 0;
  let capped = 0;
  let scoredCong = 0;
  for (const s of rows) {
    const c = scale.criteria.get(codeKey(s.criterion));
    if (!c || s.points === null || seen.has(codeKey(s.criterion))) continue;
    seen.add(codeKey(s.criterion));
    used.push(s);
    let pts = Math.max(0, s.points);
    if (c.maxPoints !== null && pts > c.maxPoints) {
      pts = Math.max(0, c.maxPoints);
      capped++;
    }
    if (c.kind === "TRU") total -= pts;
    else {
      total += pts;
      scoredCong++;
    }
  }
  const keys: CellKey[] = [];
  for (const s of used) k.push(keys, s.src, POINTS);
  const cells = k.strings(k.sort(keys));
  if (used.length === 0) {
    const key = scale.criteria.size === 0 ? "ranking.k3.noCriteria" : "ranking.k3.none";
    return { total: null, reason: { rule: "K3", outcome: "missing", text: { key, params: { year } }, cells, source: SOURCES.K3 } };
  }
  const value = clean(total);
  const unscored = scale.countCong - scoredCong;
  const key = capped > 0 ? "ranking.k3.totalCapped" : unscored > 0 ? "ranking.k3.totalPartial" : "ranking.k3.total";
  return {
    total: value,
    reason: {
      rule: "K3",
      outcome: "pass",
      text: { key, params: { total: value, max: scale.max, capped, unscored, year } },
      cells,
      source: SOURCES.K3,
    },
  };
}
