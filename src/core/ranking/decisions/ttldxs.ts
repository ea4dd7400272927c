/**
 * R15 TTLDXS(Y) — Tập thể lao động xuất sắc: unit rating(Y) = HTXSNV ∧ every member rated ≥ HTNV for Y
 * ∧ ≥ 70 % of members LDTT(Y) (parameter) ∧ at least one member CSTDCS(Y). Members = people coded to the unit.
 */
import type { CellKey } from "../../rules/cell-keys";
import { decide, ratingAtLeast, ratingOfKey, type Check } from "../../rules/facts";
import type { Decision } from "../../rules/types";
import { codeList } from "../members";
import { SOURCES } from "../sources";
import { holdCheck, membersCount, onHold, shareCheck, unitCheck, unitRatingCheck, type UnitCase } from "./unit-case";

/** Every member rated HTNV or better for Y; a member without a rating is missing data. */
export function membersRatedCheck(c: UnitCase): Check {
  const below: string[] = [];
  const unrated: string[] = [];
  const cells: CellKey[] = [];
  for (let i = 0; i < c.members.length; i++) {
    const m = c.members[i];
    const r = ratingOfKey(c.facts, m.key, c.ctx.year);
    for (let j = 0; j < r.cells.length; j++) cells.push(r.cells[j]);
    if (r.rating === null) unrated.push(m.person.code);
    else if (!ratingAtLeast(r.rating, "HTNV")) below.push(m.person.code);
  }
  const params = { year: c.ctx.year, members: c.members.length, below: below.length, belowCodes: codeList(below), unrated: unrated.length, unratedCodes: codeList(unrated) };
  const all = cells;
  if (c.members.length === 0) return unitCheck(c.facts.cells, "R15", "missing", "ranking.share.noMembers", params, all, SOURCES.R15);
  if (below.length > 0) return unitCheck(c.facts.cells, "R15", "fail", "ranking.r15.rated.below", params, all, SOURCES.R15);
  if (unrated.length > 0) return unitCheck(c.facts.cells, "R15", "missing", "ranking.r15.rated.unrated", params, all, SOURCES.R15);
  return unitCheck(c.facts.cells, "R15", "pass", "ranking.r15.rated.all", params, all, SOURCES.R15);
}

/** At least one member CSTDCS(Y) (eligible in this run or recorded); pending members make it missing. */
export function oneCstdcsCheck(c: UnitCase): Check {
  const count = membersCount(c, "CSTDCS");
  const params = { year: c.ctx.year, count: count.eligible.length, codes: codeList(count.eligible), pending: count.pending.length, pendingCodes: codeList(count.pending) };
  if (count.eligible.length > 0) return unitCheck(c.facts.cells, "R15", "pass", "ranking.r15.cstdcs.pass", params, count.cells, SOURCES.R15);
  if (count.pending.length > 0) {
    return unitCheck(c.facts.cells, "R15", "missing", "ranking.r15.cstdcs.pending", params, count.cells, SOURCES.R15, [{ key: "ranking.nearMiss.pendingCstdcs", params }]);
  }
  return unitCheck(c.facts.cells, "R15", "fail", "ranking.r15.cstdcs.none", params, count.cells, SOURCES.R15, [{ key: "ranking.nearMiss.cstdcs", params }]);
}

export function decideTtldxs(c: UnitCase): Decision {
  const ldtt = membersCount(c, "LDTT");
  return decide(
    "TTLDXS",
    [
      holdCheck(c),
      unitRatingCheck(c, "R15", "HTXSNV", SOURCES.R15),
      membersRatedCheck(c),
      shareCheck(c.facts.cells, "R15", ldtt, c.p.ttldxsShare, false, SOURCES.R15),
      oneCstdcsCheck(c),
    ],
    onHold(c),
    c.facts,
    true,
  );
}
