/**
 * R19 BK_BO for a unit (ground d) — Bằng khen cấp Bộ, ngành, tỉnh: 2 consecutive years ending in Y in which the
 * unit was rated HTXSNV or held TTLDXS. For Y, TTLDXS counts when this run decides it eligible (or it is
 * recorded); for Y−1 when recorded (Công trạng, Hiệu lực). R8: years up to the end of a discipline of the unit
 * do not count.
 */
import type { Decision } from "../../rules/types";
import { cellOf } from "../cells";
import { resetYear } from "../facts";
import { SOURCES } from "../sources";
import { check, decide, type Check } from "./check";
import { holdCheck, type Decided, type UnitCase } from "./unit-case";

/** Consecutive years R19 needs (Luật TĐKT 2022 Điều 74.2). */
export const BK_BO_UNIT_YEARS = 2;

function yearCheck(c: UnitCase, year: number, decided: Decided, reset: number | null): Check {
  const code = c.unit.code;
  const rating = c.facts.rating(code, year);
  const recorded = c.facts.award(code, "TTLDXS", year);
  const cells = [rating ? cellOf(rating.src, "rating") : null, recorded ? cellOf(recorded.src, "title") : null].filter((x): x is string => x !== null);
  const params = { year, rating: rating?.rating ?? "—" };
  if (reset !== null && year <= reset) {
    return check("R8", "fail", "ranking.r19.reset", { ...params, until: reset }, cells, SOURCES.R8);
  }
  if (rating?.rating === "HTXSNV") return check("R19", "pass", "ranking.r19.rating", params, cells, SOURCES.R19);
  if (recorded) return check("R19", "pass", "ranking.r19.recorded", params, cells, SOURCES.R19);
  if (year === c.ctx.year) {
    const now = decided.TTLDXS?.status;
    if (now === "eligible") return check("R19", "pass", "ranking.r19.ttldxsNow", params, cells, SOURCES.R19);
    if (now === "pending") return check("R19", "missing", "ranking.r19.ttldxsPending", params, cells, SOURCES.R19);
  }
  if (!rating || rating.rating === null) return check("R19", "missing", "ranking.r19.noRating", params, cells, SOURCES.R19);
  return check("R19", "fail", "ranking.r19.no", params, cells, SOURCES.R19);
}

export function decideBkBo(c: UnitCase, decided: Decided): Decision {
  const reset = resetYear(c.facts.discipline(c.unit.code), c.ctx.year);
  const checks: Check[] = [];
  for (let y = c.ctx.year - BK_BO_UNIT_YEARS + 1; y <= c.ctx.year; y++) checks.push(yearCheck(c, y, decided, reset));
  return decide("BK_BO", checks, holdCheck(c));
}
