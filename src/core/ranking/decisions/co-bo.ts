/**
 * R16 CO_BO(Y) — Cờ thi đua cấp Bộ, ngành, tỉnh: ranked first in its cluster for Y by K6 ∧ all its core targets
 * met (K1, K2) ∧ council vote ≥ 80 % of all members (C2). Only the first of a cluster can qualify, so there is
 * at most one per cluster; a unit without a cluster is not eligible.
 */
import type { Decision } from "../../rules/types";
import { SOURCES } from "../sources";
import { check, decide, fromResult, type Check } from "./check";
import { holdCheck, voteCheck, type UnitCase } from "./unit-case";

export function clusterCheck(c: UnitCase): Check {
  const cluster = c.unit.cluster.trim();
  if (c.rank === null) return check("R16", "fail", "ranking.r16.noCluster", {}, cellsOfCluster(c), SOURCES.R16);
  const params = { cluster, rank: c.rank.rank, size: c.rank.size, leader: c.leader ?? "—" };
  if (c.rank.rank === 1) {
    if (c.cls.cls === null) return check("K6", "missing", "ranking.r16.unranked", params, cellsOfCluster(c), SOURCES.K6);
    return check("K6", "pass", "ranking.r16.first", params, cellsOfCluster(c), SOURCES.K6);
  }
  return check("K6", "fail", "ranking.r16.notFirst", params, cellsOfCluster(c), SOURCES.K6);
}

function cellsOfCluster(c: UnitCase): string[] {
  const a = c.unit.src.cells.cluster;
  return a ? [`${c.unit.src.sheet}!${a}`] : [];
}

export function targetsCheck(c: UnitCase): Check[] {
  const out: Check[] = c.targets.reasons.map((r) => fromResult(r));
  if (!c.targets.missingData && c.targets.core.length === 0) {
    out.push(check("R16", "missing", "ranking.r16.noCoreTargets", { year: c.ctx.year }, [], SOURCES.R16));
  }
  return out;
}

export function decideCoBo(c: UnitCase): Decision {
  return decide(
    "CO_BO",
    [
      clusterCheck(c),
      fromResult(c.score.reason),
      fromResult(c.cls.reason),
      ...targetsCheck(c),
      voteCheck(c, "CO_BO", c.p.coBoVote, c.p.proposalThreshold),
    ],
    holdCheck(c),
  );
}
