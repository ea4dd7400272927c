/**
 * K4: class A–D from the total score and the core targets, thresholds scaled to the criteria sheet's maximum
 * (A 90 %, B 80 %, C 70 % of the sum of the Cộng criteria's maximum points: 180/160/140 on 200 points).
 * A ⇐ total ≥ A ∧ every core target met.
 * B ⇐ total ≥ B ∧ not A ∧ (no core target missed, or exactly one missed and short by ≤ gapOneMissed,
 *     or at least one met and every missed one short by ≤ gapEachMissed) — "closing the gap" (Settled details).
 * C ⇐ total ≥ C; D otherwise. A unit with no computable core target is classed on its score alone.
 */
import type { RuleResult, TargetResult } from "../rules/types";
import { atLeast, clean, percentPoints } from "./compare";
import type { RankingParams } from "./params";
import type { ScoreScale } from "./scores";
import { SOURCES } from "./sources";
import type { UnitTargets } from "./targets";

export const CLASSES = ["A", "B", "C", "D"] as const;
export type UnitClass = (typeof CLASSES)[number];

export interface ClassThresholds {
  readonly a: number;
  readonly b: number;
  readonly c: number;
}

export function classThresholds(scale: ScoreScale, p: RankingParams): ClassThresholds {
  return { a: clean(scale.max * p.classA), b: clean(scale.max * p.classB), c: clean(scale.max * p.classC) };
}

export interface ClassResult {
  readonly cls: UnitClass | null;
  readonly reason: RuleResult;
}

/** Whether the targets allow B by "closing the gap" (with no target missed, they always do). */
export function closesGap(missed: ReadonlyArray<TargetResult>, metCount: number, p: RankingParams): "none" | "one" | "each" | null {
  if (missed.length === 0) return "none";
  const short = (t: TargetResult): number => t.shortBy ?? Infinity;
  if (missed.length === 1 && atLeast(p.gapOneMissed, short(missed[0]))) return "one";
  if (metCount >= 1 && missed.every((t) => atLeast(p.gapEachMissed, short(t)))) return "each";
  return null;
}

export function classify(total: number | null, scale: ScoreScale, targets: UnitTargets, p: RankingParams): ClassResult {
  const reason = (outcome: RuleResult["outcome"], key: string, params: Record<string, string | number> = {}): RuleResult => ({
    rule: "K4",
    outcome,
    text: { key: `ranking.k4.${key}`, params },
    cells: [],
    source: SOURCES.K4,
  });
  if (total === null) return { cls: null, reason: reason("missing", "noScore") };
  if (scale.max <= 0) return { cls: null, reason: reason("missing", "noScale") };
  if (targets.missingData) return { cls: null, reason: reason("missing", "noTargets") };
  const th = classThresholds(scale, p);
  const core = targets.core.map((k) => targets[k]).filter((t): t is TargetResult => t !== null);
  const missed = core.filter((t) => t.met === false);
  const metCount = core.length - missed.length;
  const gap = closesGap(missed, metCount, p);
  const base = { total, a: th.a, b: th.b, c: th.c, core: core.length, met: metCount, missed: missed.length, max: scale.max };
  if (atLeast(total, th.a) && missed.length === 0) return { cls: "A", reason: reason("pass", core.length === 0 ? "A.noTargets" : "A", base) };
  if (atLeast(total, th.b) && gap !== null) {
    if (gap === "none") return { cls: "B", reason: reason("pass", "B.score", base) };
    const allowed = gap === "one" ? p.gapOneMissed : p.gapEachMissed;
    return { cls: "B", reason: reason("pass", `B.${gap}.${p.shortfallMode}`, { ...base, gap: percentPoints(allowed) }) };
  }
  if (atLeast(total, th.c)) {
    if (atLeast(total, th.b)) return { cls: "C", reason: reason("pass", `C.targets.${p.shortfallMode}`, { ...base, gapOne: percentPoints(p.gapOneMissed), gapEach: percentPoints(p.gapEachMissed) }) };
    return { cls: "C", reason: reason("pass", "C", base) };
  }
  return { cls: "D", reason: reason("pass", "D", base) };
}
