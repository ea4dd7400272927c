/**
 * R15 TTLDXS(Y) — Tập thể lao động xuất sắc: unit rating(Y) = HTXSNV ∧ every member rated ≥ HTNV for Y
 * ∧ ≥ 70 % of members LDTT(Y) (parameter) ∧ at least one member CSTDCS(Y). Members = people coded to the unit.
 */
import type { Decision } from "../../rules/types";
import { ratingRank } from "../../schema/enums";
import { cellOf } from "../cells";
import { countTitle } from "../members";
import { SOURCES } from "../sources";
import { check, codeList, decide, type Check } from "./check";
import { holdCheck, shareCheck, unitRatingCheck, type UnitCase } from "./unit-case";

/** Every member rated HTNV or better for Y; a member without a rating is missing data. */
export function membersRatedCheck(c: UnitCase): Check {
  const below: string[] = [];
  const unrated: string[] = [];
  const cells: string[] = [];
  for (const m of c.members) {
    const r = c.facts.rating(m.person.code, c.ctx.year);
    const cell = r ? cellOf(r.src, "rating") : null;
    if (cell) cells.push(cell);
    if (!r || r.rating === null) unrated.push(m.person.code);
    else if (ratingRank(r.rating) < ratingRank("HTNV")) below.push(m.person.code);
  }
  const params = { year: c.ctx.year, members: c.members.length, below: below.length, belowCodes: codeList(below), unrated: unrated.length, unratedCodes: codeList(unrated) };
  if (c.members.length === 0) return check("R15", "missing", "ranking.share.noMembers", params, cells, SOURCES.R15);
  if (below.length > 0) return check("R15", "fail", "ranking.r15.rated.below", params, cells, SOURCES.R15);
  if (unrated.length > 0) return check("R15", "missing", "ranking.r15.rated.unrated", params, cells, SOURCES.R15);
  return check("R15", "pass", "ranking.r15.rated.all", params, cells, SOURCES.R15);
}

/** At least one member CSTDCS(Y) (eligible in this run or recorded); pending members make it missing. */
export function oneCstdcsCheck(c: UnitCase): Check {
  const count = countTitle(c.members, "CSTDCS", c.ctx.year, c.facts);
  const params = { year: c.ctx.year, count: count.eligible.length, codes: codeList(count.eligible), pending: count.pending.length, pendingCodes: codeList(count.pending) };
  const cells = count.cells;
  if (count.eligible.length > 0) return check("R15", "pass", "ranking.r15.cstdcs.pass", params, cells, SOURCES.R15);
  if (count.pending.length > 0) {
    return check("R15", "missing", "ranking.r15.cstdcs.pending", params, cells, SOURCES.R15, { key: "ranking.nearMiss.pendingCstdcs", params });
  }
  return check("R15", "fail", "ranking.r15.cstdcs.none", params, cells, SOURCES.R15, { key: "ranking.nearMiss.cstdcs", params });
}

export function decideTtldxs(c: UnitCase): Decision {
  const ldtt = countTitle(c.members, "LDTT", c.ctx.year, c.facts);
  return decide(
    "TTLDXS",
    [
      unitRatingCheck(c, "R15", "HTXSNV", SOURCES.R15),
      membersRatedCheck(c),
      shareCheck("R15", ldtt, c.p.ttldxsShare, false, SOURCES.R15),
      oneCstdcsCheck(c),
    ],
    holdCheck(c),
  );
}
