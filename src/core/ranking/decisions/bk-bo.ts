/**
 * R19 BK_BO for a unit (ground d) — Bằng khen cấp Bộ, ngành, tỉnh: 2 consecutive years ending in Y in which the
 * unit was rated HTXSNV or held TTLDXS. For Y, TTLDXS counts when this run decides it eligible (or it is
 * recorded); for Y−1 when recorded (Công trạng, Hiệu lực: R11, R12). R8: years up to the end of a discipline of
 * the unit do not count.
 */
import { cellsOf, decide, ratingOf, titleInYear, type Check } from "../../rules/facts";
import type { Decision } from "../../rules/types";
import { formatDateVi } from "../../text/parse-values";
import { SOURCES as RULE_SOURCES } from "../../rules/sources";
import { SOURCES } from "../sources";
import { holdCheck, onHold, unitCheck, type Decided, type UnitCase } from "./unit-case";

/** Consecutive years R19 needs (Luật TĐKT 2022 Điều 74.2). */
export const BK_BO_UNIT_YEARS = 2;

/** R8 for the unit's window [from, Y]: fails when the unit's latest discipline ends within or after its start. */
function resetCheck(c: UnitCase, from: number): Check {
  const { year, latest, rows } = c.reset;
  const cells = rows.flatMap((d) => cellsOf(c.facts, d.src, ["form", "from", "to"]));
  if (year === null || latest === null) return unitCheck(c.facts.cells, "R8", "pass", "rules.R8.none", {}, cells, RULE_SOURCES.R8);
  const params = { form: latest.form ?? "KHIEN_TRACH", to: latest.to ? formatDateVi(latest.to) : "", reset: year, from };
  if (year < from) return unitCheck(c.facts.cells, "R8", "pass", "rules.R8.before", params, cells, RULE_SOURCES.R8);
  return unitCheck(c.facts.cells, "R8", "fail", latest.to ? "rules.R8.reset" : "rules.R8.resetOpen", params, cells, RULE_SOURCES.R8, [
    { key: "rules.fix.R8.earliest", params: { reset: year, year: year + BK_BO_UNIT_YEARS } },
  ]);
}

function yearCheck(c: UnitCase, year: number, decided: Decided): Check {
  const rating = ratingOf(c.facts, c.unit.code, year);
  const own = year === c.ctx.year ? decided.TTLDXS : undefined;
  const ttldxs = titleInYear(c.facts, c.ctx, c.unit.code, "TTLDXS", year, own, null);
  const cells = [...rating.cells, ...(ttldxs.via === "recorded" ? ttldxs.cells : [])];
  const params = { year, rating: rating.rating ?? "—" };
  if (rating.rating === "HTXSNV") return unitCheck(c.facts.cells, "R19", "pass", "ranking.r19.rating", params, cells, SOURCES.R19);
  if (ttldxs.state === "counted") {
    return unitCheck(c.facts.cells, "R19", "pass", ttldxs.via === "recorded" ? "ranking.r19.recorded" : "ranking.r19.ttldxsNow", params, cells, SOURCES.R19);
  }
  if (ttldxs.state === "pending") return unitCheck(c.facts.cells, "R19", "missing", "ranking.r19.ttldxsPending", params, cells, SOURCES.R19);
  if (rating.rating === null) return unitCheck(c.facts.cells, "R19", "missing", "ranking.r19.noRating", params, cells, SOURCES.R19);
  return unitCheck(c.facts.cells, "R19", "fail", "ranking.r19.no", params, cells, SOURCES.R19);
}

export function decideBkBo(c: UnitCase, decided: Decided): Decision {
  const from = c.ctx.year - BK_BO_UNIT_YEARS + 1;
  const checks: Check[] = [holdCheck(c), resetCheck(c, from)];
  for (let y = from; y <= c.ctx.year; y++) checks.push(yearCheck(c, y, decided));
  return decide("BK_BO", checks, onHold(c));
}
