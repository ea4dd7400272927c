/** Everything the unit decisions read about one unit, computed once by rankUnits, and the checks they share. */
import type { Discipline, Unit } from "../../model";
import type { RuleContext } from "../../rules/context";
import type { Decision } from "../../rules/types";
import { ratingRank, type Rating, type Title } from "../../schema/enums";
import { formatDateVi } from "../../text/parse-values";
import { cellOf, cellsOf } from "../cells";
import type { ClassResult } from "../classes";
import type { ClusterRank } from "../cluster-order";
import { meets, percentPoints } from "../compare";
import type { FactIndex } from "../facts";
import type { Member, TitleCount } from "../members";
import type { RankingParams } from "../params";
import type { UnitScore } from "../scores";
import { SOURCES } from "../sources";
import type { UnitTargets } from "../targets";
import { check, codeList, type Check } from "./check";

export interface UnitCase {
  readonly unit: Unit;
  readonly ctx: RuleContext;
  readonly p: RankingParams;
  readonly facts: FactIndex;
  readonly members: ReadonlyArray<Member>;
  readonly targets: UnitTargets;
  readonly score: UnitScore;
  readonly cls: ClassResult;
  /** Null when the unit has no cluster. */
  readonly rank: ClusterRank | null;
  /** The code of the unit ranked first in the unit's cluster (null without a cluster). */
  readonly leader: string | null;
  readonly hold: Discipline | null;
}

/** Decisions already made for this unit in this run (TTLDXS before BK_BO). */
export type Decided = Partial<Record<Title, Decision>>;

/** R9: the unit is under an open review; every decision of the unit is `hold`. */
export function holdCheck(c: UnitCase): Check | null {
  const d = c.hold;
  if (!d) return null;
  return check(
    "R9",
    "fail",
    "ranking.r9.hold",
    { from: d.from ? formatDateVi(d.from) : "?", decision: d.decisionNo || "—", note: d.note || "—" },
    cellsOf([[d.src, ["form", "from", "to"]]]),
    SOURCES.R9,
    { key: "ranking.nearMiss.hold", params: {} },
  );
}

/** The unit's own rating for Y compared with the least rating the title needs. */
export function unitRatingCheck(c: UnitCase, rule: string, least: Rating, source: string): Check {
  const row = c.facts.rating(c.unit.code, c.ctx.year);
  const cell = row ? cellOf(row.src, "rating") : null;
  const cells = cell ? [cell] : [];
  if (!row || row.rating === null) {
    return check(rule, "missing", "ranking.rating.missing", { year: c.ctx.year, least }, cells, source, {
      key: "ranking.nearMiss.rating",
      params: { year: c.ctx.year, least },
    });
  }
  const ok = ratingRank(row.rating) >= ratingRank(least);
  const exact = least === "HTXSNV";
  return check(rule, ok ? "pass" : "fail", ok ? "ranking.rating.ok" : exact ? "ranking.rating.notExcellent" : "ranking.rating.low", { year: c.ctx.year, rating: row.rating, least }, cells, source);
}

/**
 * A share of members holding a title (R14, R15): pass when the eligible alone reach it; `missing` (the unit is
 * pending) when the pending members would make it; fail otherwise, with how many more members are needed.
 */
export function shareCheck(rule: string, count: TitleCount, threshold: number, strict: boolean, source: string): Check {
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
  if (n === 0) return check(rule, "missing", "ranking.share.noMembers", params, count.cells, source);
  if (passes(e)) return check(rule, "pass", `${key}.pass`, params, count.cells, source);
  let need = 1;
  while (e + need <= n && !passes(e + need)) need++;
  if (passes(e + pend)) {
    return check(rule, "missing", `${key}.pending`, params, count.cells, source, {
      key: "ranking.nearMiss.pendingMembers",
      params: { ...params, need },
    });
  }
  const reachable = e + need <= n;
  return check(rule, "fail", `${key}.fail`, params, count.cells, source, {
    key: reachable ? "ranking.nearMiss.moreMembers" : "ranking.nearMiss.unreachable",
    params: { ...params, need },
  });
}

/** C2: the council's vote share for the title against its threshold (the `Bộ, tỉnh` row when there is one). */
export function voteCheck(c: UnitCase, title: Title, threshold: number, proposalThreshold: number | null): Check {
  const v = c.facts.vote(c.unit.code, title, c.ctx.year);
  const source = SOURCES.C2;
  if (!v) {
    return check("C2", "missing", "ranking.vote.none", { title, year: c.ctx.year }, [], source, {
      key: "ranking.nearMiss.vote",
      params: { title, threshold: percentPoints(proposalThreshold ?? threshold) },
    });
  }
  const members = v.members ?? c.ctx.councilSize;
  const cells = cellsOf([[v.src, ["votesFor", "members", "level"]]]);
  if (v.members === null && c.ctx.councilSizeCell) cells.push(c.ctx.councilSizeCell);
  if (members === null || members <= 0 || v.votesFor === null) {
    return check("C2", "missing", "ranking.vote.noMembers", { title, year: c.ctx.year }, cells, source);
  }
  const used = v.level === "CO_SO" && proposalThreshold !== null ? proposalThreshold : threshold;
  const share = v.votesFor / members;
  const ok = meets(share, used, false);
  const params = { title, votes: v.votesFor, members, share: percentPoints(share), threshold: percentPoints(used), level: v.level };
  return check("C2", ok ? "pass" : "fail", ok ? "ranking.vote.pass" : "ranking.vote.fail", params, cells, source, ok
    ? undefined
    : { key: "ranking.nearMiss.moreVotes", params: { ...params, need: Math.max(1, Math.ceil(used * members - 1e-9) - v.votesFor) } });
}
