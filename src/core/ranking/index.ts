/**
 * Unit scores, classes, cluster ranks and unit titles (TTLDTT, TTLDXS, CO_BO, BK_BO), sorted by code.
 * K1/K2 targets → K3 score → K4 class → K6 order within each cluster → R14, R15, R16, R19 decisions that
 * count the members' decisions (people are decided first). A held unit (R9) is scored and ranked as usual;
 * its decisions are `hold`. Facts (ratings, awards, votes, discipline) come from the shared rules/facts.ts.
 */
import type { TrackingData, Unit } from "../model";
import { unitNameInYear } from "../proposals/unit-names";
import type { RuleContext } from "../rules/context";
import { buildFacts, codeKey, compareText, findVote, holdsOf, resetOf, type Facts } from "../rules/facts";
import type { PersonResult, UnitResult } from "../rules/types";
import { classify } from "./classes";
import { clusterKey, rankClusters, type RankEntry } from "./cluster-order";
import { decideBkBo } from "./decisions/bk-bo";
import { decideCoBo } from "./decisions/co-bo";
import { decideTtldtt } from "./decisions/ttldtt";
import { decideTtldxs } from "./decisions/ttldxs";
import type { Decided, UnitCase } from "./decisions/unit-case";
import { membersByUnit, womenFirst } from "./members";
import { rankingParams } from "./params";
import { indexScores, scoreScale, unitScore } from "./scores";
import { hasCarryOverColumns, indexResults, unitTargets } from "./targets";

export { RANK_KEYS, type RankKey } from "./cluster-order";

/** One unit per code: with duplicated codes (DUPLICATE_KEY), the row order does not decide which one. */
function distinctUnits(units: ReadonlyArray<Unit>): Unit[] {
  const byCode = new Map<string, Unit>();
  const sorted = [...units].sort((a, b) => compareText(a.code, b.code) || compareText(a.name, b.name) || compareText(a.cluster, b.cluster));
  for (const u of sorted) {
    const k = codeKey(u.code);
    if (k !== "" && !byCode.has(k)) byCode.set(k, u);
  }
  return [...byCode.values()];
}

export function rankUnits(data: TrackingData, ctx: RuleContext, people: ReadonlyArray<PersonResult>, facts: Facts = buildFacts(data)): UnitResult[] {
  const p = rankingParams(ctx);
  const units = distinctUnits(data.units);
  const members = membersByUnit(facts, people);
  const results = indexResults(data.results);
  const carry = hasCarryOverColumns(data);
  const scores = indexScores(data.scores);
  const scale = scoreScale(data.criteria);
  const year = ctx.year;

  const base = units.map((unit) => {
    const m = members.get(codeKey(unit.code)) ?? [];
    const targets = unitTargets(facts.cells, unit.code, year, results, carry, p);
    const score = unitScore(facts.cells, unit.code, year, scores, scale);
    const cls = classify(score.total, scale, targets, p);
    const entry: RankEntry = {
      code: unit.code,
      cluster: unit.cluster,
      cls: cls.cls,
      score: score.total,
      rateViec: targets.viec?.rate ?? null,
      rateTien: targets.tien?.rate ?? null,
      womenFirst: womenFirst(m, p.womenShare),
      votes: findVote(facts, ctx, year, unit.code, "CO_BO")?.votesFor ?? null,
    };
    return { unit, members: m, targets, score, cls, entry };
  });

  const ranks = rankClusters(base.map((b) => b.entry));
  const leaders = new Map<string, string>();
  // Units without a class, by cluster: until their data exist, nobody's first place in that cluster is known.
  const unclassified = new Map<string, string[]>();
  for (const b of base) {
    const r = ranks.get(codeKey(b.unit.code));
    const k = clusterKey(b.unit.cluster);
    if (r && r.rank === 1 && k !== null) leaders.set(k, b.unit.code);
    if (k !== null && b.cls.cls === null) unclassified.set(k, [...(unclassified.get(k) ?? []), b.unit.code]);
  }

  const out: UnitResult[] = base.map((b) => {
    const rank = ranks.get(codeKey(b.unit.code)) ?? null;
    const k = clusterKey(b.unit.cluster);
    const c: UnitCase = {
      unit: b.unit,
      ctx,
      p,
      facts,
      members: b.members,
      targets: b.targets,
      score: b.score,
      cls: b.cls,
      rank,
      leader: k === null ? null : leaders.get(k) ?? null,
      unclassified: k === null ? [] : (unclassified.get(k) ?? []).filter((code) => codeKey(code) !== codeKey(b.unit.code)),
      hold: holdsOf(facts, ctx, b.unit.code),
      reset: resetOf(facts, ctx, b.unit.code),
      counts: new Map(),
    };
    const decided: Decided = {};
    decided.TTLDTT = decideTtldtt(c);
    decided.TTLDXS = decideTtldxs(c);
    decided.CO_BO = decideCoBo(c);
    decided.BK_BO = decideBkBo(c, decided);
    return {
      code: b.unit.code,
      // The name valid on 31/12 of Y (domain.md Settled details).
      name: unitNameInYear(b.unit, year),
      cluster: k === null ? null : b.unit.cluster.trim(),
      score: b.score.total,
      class: b.cls.cls,
      clusterRank: rank ? rank.rank : null,
      rankDecidedBy: rank ? rank.decidedBy : null,
      targets: { viec: b.targets.viec, tien: b.targets.tien, giamChuyenKy: b.targets.giamChuyenKy },
      decisions: [decided.BK_BO, decided.CO_BO, decided.TTLDTT, decided.TTLDXS],
    };
  });
  return out.sort((a, b) => compareText(codeKey(a.code), codeKey(b.code)) || compareText(a.code, b.code));
}
