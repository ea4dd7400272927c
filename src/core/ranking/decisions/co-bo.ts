/**
 * R16 CO_BO(Y) — Cờ thi đua cấp Bộ, ngành, tỉnh: ranked first in its cluster for Y by K6 ∧ all its core targets
 * met (K1, K2) ∧ council vote ≥ 80 % of all members (C2, rules/votes.ts). Only the first of a cluster can
 * qualify, so there is at most one per cluster; a unit without a cluster is not eligible. A unit of the cluster
 * without a class (no results row, no score) is missing data: its own place and the leader's first place are
 * unknown until its data exist, so both are `pending` rather than decided on an order that put it last.
 */
import { cellsOf, decide, type Check } from "../../rules/facts";
import type { Decision } from "../../rules/types";
import { checkVote } from "../../rules/votes";
import { foldWords } from "../../text/fold";
import { codeList } from "../members";
import { SOURCES } from "../sources";
import { fromResult, holdCheck, onHold, unitCheck, type UnitCase } from "./unit-case";

export function clusterCheck(c: UnitCase): Check {
  const cells = cellsOf(c.facts, c.unit.src, ["cluster"]);
  if (c.rank === null) return unitCheck(c.facts.cells, "R16", "fail", "ranking.r16.noCluster", {}, cells, SOURCES.R16);
  const cluster = c.unit.cluster.trim();
  // A cluster named by the clerk as "Khối thi đua số 1" / "Cụm 3" is quoted as it is; a bare name ("1", "Miền Tây")
  // gets the word in front (the catalogues' `_bare` variants, chosen by i18next's context).
  const params = { cluster, rank: c.rank.rank, size: c.rank.size, leader: c.leader ?? "—", ...(namesItsKind(cluster) ? {} : { context: "bare" }) };
  // Without a class the unit's own place is unknown (K6 puts it last only for the order): missing data, not a fail.
  if (c.cls.cls === null) return unitCheck(c.facts.cells, "K6", "missing", c.rank.rank > 1 ? "ranking.r16.unrankedOwn" : "ranking.r16.unranked", params, cells, SOURCES.K6);
  if (c.rank.rank > 1) return unitCheck(c.facts.cells, "K6", "fail", "ranking.r16.notFirst", params, cells, SOURCES.K6);
  // First among the classified units, but an unclassified one of the cluster could still go ahead of it.
  if (c.unclassified.length > 0) {
    const others = { ...params, year: c.ctx.year, count: c.unclassified.length, codes: codeList(c.unclassified) };
    return unitCheck(c.facts.cells, "K6", "missing", "ranking.r16.othersUnranked", others, cells, SOURCES.K6, [{ key: "ranking.nearMiss.rankOthers", params: others }]);
  }
  return unitCheck(c.facts.cells, "K6", "pass", "ranking.r16.first", params, cells, SOURCES.K6);
}

/** Whether a cluster's name already says what it is ("Khối …", "Cụm …", "Cluster …"). */
function namesItsKind(name: string): boolean {
  return /^(khoi|cum|cluster)\b/.test(foldWords(name));
}

/** K1/K2 reasons as checks; with no computable core target, "all targets met" cannot be shown (missing). */
export function targetsChecks(c: UnitCase): Check[] {
  const out: Check[] = c.targets.reasons.map((r) => fromResult(c.facts.cells, r));
  if (!c.targets.missingData && c.targets.core.length === 0) {
    out.push(unitCheck(c.facts.cells, "R16", "missing", "ranking.r16.noCoreTargets", { year: c.ctx.year }, [], SOURCES.R16));
  }
  return out;
}

export function decideCoBo(c: UnitCase): Decision {
  return decide(
    "CO_BO",
    [
      holdCheck(c),
      clusterCheck(c),
      fromResult(c.facts.cells, c.score.reason),
      fromResult(c.facts.cells, c.cls.reason),
      ...targetsChecks(c),
      checkVote(c.facts, c.ctx, c.unit.code, "CO_BO").check,
    ],
    onHold(c),
  );
}
