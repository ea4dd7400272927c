/** Everything the unit decisions read about one unit, computed once by rankUnits, and the checks they share. */
import type { Msg, MsgParams } from "../../issues";
import type { Discipline, Unit } from "../../model";
import type { RuleContext } from "../../rules/context";
import type { CellKey, CellKeys } from "../../rules/cell-keys";
import { cellsOf, compareText, makeCheck, ratingAtLeast, ratingOf, type Check, type Facts, type ResetFact } from "../../rules/facts";
import { SOURCES as RULE_SOURCES } from "../../rules/sources";
import type { Decision, RuleOutcome, RuleResult } from "../../rules/types";
import type { Rating, Title } from "../../schema/enums";
import { formatDateVi } from "../../text/parse-values";
import type { ClassResult } from "../classes";
import type { ClusterRank } from "../cluster-order";
import { meets, percentPoints } from "../compare";
import { codeList, countTitle, type Member, type TitleCount } from "../members";
import type { RankingParams } from "../params";
import type { UnitScore } from "../scores";
import type { UnitTargets } from "../targets";

export interface UnitCase {
  readonly unit: Unit;
  readonly ctx: RuleContext;
  readonly p: RankingParams;
  readonly facts: Facts;
  readonly members: ReadonlyArray<Member>;
  readonly targets: UnitTargets;
  readonly score: UnitScore;
  readonly cls: ClassResult;
  /** Null when the unit has no cluster. */
  readonly rank: ClusterRank | null;
  /** The code of the unit ranked first in the unit's cluster (null without a cluster). */
  readonly leader: string | null;
  /** Codes of the other units of the cluster without a class (K6 puts them last until their data exist). */
  readonly unclassified: ReadonlyArray<string>;
  /** R9: the unit's open and closed reviews. */
  readonly hold: { readonly open: ReadonlyArray<Discipline>; readonly closed: ReadonlyArray<Discipline> };
  /** R8: the unit's own discipline. */
  readonly reset: ResetFact;
  /** Member counts already made (LDTT is counted by R14 and R15). */
  readonly counts: Map<Title, TitleCount>;
}

/** countTitle of the unit's members, once per title. */
export function membersCount(c: UnitCase, title: Title): TitleCount {
  let count = c.counts.get(title);
  if (!count) c.counts.set(title, (count = countTitle(c.members, title, c.facts, c.ctx)));
  return count;
}

/** Decisions already made for this unit in this run (TTLDXS before BK_BO). */
export type Decided = Partial<Record<Title, Decision>>;

export function onHold(c: UnitCase): boolean {
  return c.hold.open.length > 0;
}

/** A unit check whose near-miss line defaults to its own text when it does not pass. */
export function unitCheck(
  k: CellKeys,
  rule: string,
  outcome: RuleOutcome,
  key: string,
  params: MsgParams,
  cells: ReadonlyArray<CellKey>,
  source: string,
  fix?: ReadonlyArray<Msg>,
): Check {
  const text = { key, params };
  return makeCheck(k, rule, outcome, text, cells, source, fix ?? [text]);
}

/** A reason computed elsewhere (K1–K4) as a check; its own text is the near-miss line. */
export function fromResult(k: CellKeys, result: RuleResult): Check {
  return { result, fix: result.outcome === "pass" ? [] : [result.text], keys: k.sort(result.cells.map((c) => k.ofRef(c))), shared: 0 };
}

/** R9 for the unit: an open review puts every decision on hold (the same messages as for people). */
export function holdCheck(c: UnitCase): Check {
  const open = [...c.hold.open].sort((a, b) => compareText(a.from ?? "", b.from ?? ""));
  const closed = [...c.hold.closed].sort((a, b) => compareText(b.to ?? "", a.to ?? ""));
  const cells = [...open, ...closed].flatMap((d) => cellsOf(c.facts, d.src, ["form", "from", "to"]));
  if (open.length > 0) {
    const from = open[0].from ? formatDateVi(open[0].from) : "?";
    return makeCheck(c.facts.cells, "R9", "fail", { key: "rules.R9.hold", params: { from } }, cells, RULE_SOURCES.R9, [{ key: "rules.fix.R9.hold", params: { from } }]);
  }
  if (closed.length > 0 && closed[0].to) return makeCheck(c.facts.cells, "R9", "pass", { key: "rules.R9.closed", params: { to: formatDateVi(closed[0].to) } }, cells, RULE_SOURCES.R9);
  return makeCheck(c.facts.cells, "R9", "pass", { key: "rules.R9.none" }, cells, RULE_SOURCES.R9);
}

/** The unit's own rating for Y against the least rating the title needs. */
export function unitRatingCheck(c: UnitCase, rule: string, least: Rating, source: string): Check {
  const r = ratingOf(c.facts, c.unit.code, c.ctx.year);
  if (r.rating === null) {
    return unitCheck(c.facts.cells, rule, "missing", "ranking.rating.missing", { year: c.ctx.year, least }, r.cells, source, [
      { key: "ranking.nearMiss.rating", params: { year: c.ctx.year, least } },
    ]);
  }
  const ok = ratingAtLeast(r.rating, least);
  const key = ok ? "ranking.rating.ok" : least === "HTXSNV" ? "ranking.rating.notExcellent" : "ranking.rating.low";
  return unitCheck(c.facts.cells, rule, ok ? "pass" : "fail", key, { year: c.ctx.year, rating: r.rating, least }, r.cells, source);
}

/**
 * A share of members holding a title (R14, R15): pass when the eligible alone reach it; `missing` (the unit is
 * pending) when the pending members would make it; fail otherwise, with how many more members are needed.
 */
export function shareCheck(k: CellKeys, rule: string, count: TitleCount, threshold: number, strict: boolean, source: string): Check {
  const n = count.members;
  const e = count.eligible.length;
  const pend = count.pending.length;
  const passes = (k: number): boolean => n > 0 && meets(k / n, threshold, strict);
  const params = {
    title: count.title,
    count: e,
    members: n,
    share: n > 0 ? percentPoints(e / n) : 0,
    threshold: percentPoints(threshold),
    op: strict ? ">" : "≥",
    pending: pend,
    pendingCodes: codeList(count.pending),
  };
  const key = `ranking.share.${count.title}`;
  if (n === 0) return unitCheck(k, rule, "missing", "ranking.share.noMembers", params, count.cells, source);
  if (passes(e)) return unitCheck(k, rule, "pass", `${key}.pass`, params, count.cells, source);
  let need = 1;
  while (e + need <= n && !passes(e + need)) need++;
  if (passes(e + pend)) {
    return unitCheck(k, rule, "missing", `${key}.pending`, params, count.cells, source, [{ key: "ranking.nearMiss.pendingMembers", params: { ...params, need } }]);
  }
  const reachable = e + need <= n;
  return unitCheck(k, rule, "fail", `${key}.fail`, params, count.cells, source, [
    { key: reachable ? "ranking.nearMiss.moreMembers" : "ranking.nearMiss.unreachable", params: { ...params, need } },
  ]);
}
