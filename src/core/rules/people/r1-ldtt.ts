/**
 * R1 LDTT(Y) ⇐ rating(Y) ∈ {HTXSNV, HTTNV} ∧ not on hold (R9). Optional unit-policy exclusions, off by default
 * [U]: recruited less than `ldttMinServiceMonths` months before the end of Y; leave ≥ `ldttLeaveDays` working
 * days (the workbook has no leave column: a warning asks the clerk to check by hand, the status is unchanged);
 * disciplined (khiển trách or above) during Y. Maternity leave never counts against anyone.
 */
import { formatDateVi, isoDate } from "../../text/parse-values";
import { bool, num } from "../context";
import { ratingRank } from "../../schema/enums";
import { cellsOf, decide, disciplinedInYear, makeCheck, once, onceN, type Check } from "../facts";
import { SOURCES } from "../sources";
import type { Decision } from "../types";
import { onHold, rating, type PersonCtx } from "./person";
import { checkHold } from "./r9-hold";

/** R1: the rating of Y is HTXSNV or HTTNV. */
export function checkLdttRating(p: PersonCtx): Check {
  const year = p.ctx.year;
  const r = rating(p, year);
  // The messages depend on the year and the rating only: made once per run and shared.
  if (r.rating === null) {
    const m = once(p.facts, p.ctx, "R1.noRating", () => ({
      text: { key: "rules.R1.noRating", params: { year } },
      fix: [{ key: "rules.fix.needRating", params: { year } }],
    }));
    return makeCheck(p.k, "R1", "missing", m.text, r.cells, SOURCES.R1, m.fix);
  }
  const rated = r.rating;
  if (rated === "HTXSNV" || rated === "HTTNV") {
    const text = onceN(p.facts, p.ctx, "R1.rating", ratingRank(rated), () => ({ key: "rules.R1.rating", params: { year, rating: rated } }));
    return makeCheck(p.k, "R1", "pass", text, r.cells, SOURCES.R1);
  }
  const m = onceN(p.facts, p.ctx, "R1.ratingLow", ratingRank(rated), () => ({
    text: { key: "rules.R1.ratingLow", params: { year, rating: rated } },
    fix: [{ key: "rules.fix.needRatingAtLeast", params: { years: String(year), rating: "HTTNV" } }],
  }));
  return makeCheck(p.k, "R1", "fail", m.text, r.cells, SOURCES.R1, m.fix);
}

/** Adds months to an ISO date, clamping the day (31/01 + 1 month → 28/02 or 29/02). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split("-").map(Number);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = [31, ny % 4 === 0 && (ny % 100 !== 0 || ny % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][nm - 1];
  return isoDate(ny, nm, Math.min(d, last));
}

/** R1 exclusion [U]: recruited less than N months before the end of Y (e.g. 10 months: recruited after 01/03/Y). */
export function checkNewRecruit(p: PersonCtx): Check | null {
  if (!bool(p.ctx, "ldttExcludeNewRecruits")) return null;
  const months = num(p.ctx, "ldttMinServiceMonths");
  const year = p.ctx.year;
  const cells = cellsOf(p.facts, p.person.src, ["recruitedDate"]);
  const date = p.person.recruitedDate;
  if (date === null) {
    return makeCheck(p.k, "R1", "missing", { key: "rules.R1.noRecruitDate", params: { months } }, cells, SOURCES.R1_NEW_RECRUITS, [
      { key: "rules.fix.needRecruitDate" },
    ]);
  }
  const params = { date: formatDateVi(date), months, year };
  if (addMonths(date, months) > isoDate(year + 1, 1, 1)) {
    return makeCheck(p.k, "R1", "fail", { key: "rules.R1.newRecruit", params }, cells, SOURCES.R1_NEW_RECRUITS, [{ key: "rules.fix.newRecruit", params }]);
  }
  return makeCheck(p.k, "R1", "pass", { key: "rules.R1.serviceOk", params }, cells, SOURCES.R1_NEW_RECRUITS);
}

/** R1 exclusion [U]: long leave. No leave data in the workbook → a warning, never a status change. */
export function checkLeave(p: PersonCtx): Check | null {
  if (!bool(p.ctx, "ldttExcludeLongLeave")) return null;
  const days = num(p.ctx, "ldttLeaveDays");
  return makeCheck(p.k, "R1", "pass", { key: "rules.R1.leaveUnchecked", params: { days } }, [], SOURCES.R1_LEAVE, [], [
    { key: "rules.warn.leaveUnchecked", params: { days } },
  ]);
}

/** R1 exclusion [U]: disciplined (khiển trách or above) in a period overlapping Y. */
export function checkDisciplinedInYear(p: PersonCtx): Check | null {
  if (!bool(p.ctx, "ldttExcludeDisciplined")) return null;
  const year = p.ctx.year;
  const rows = disciplinedInYear(p.facts, p.ctx, p.person.code, year);
  const cells = rows.flatMap((d) => cellsOf(p.facts, d.src, ["form", "from", "to"]));
  if (rows.length === 0) return makeCheck(p.k, "R1", "pass", { key: "rules.R1.notDisciplined", params: { year } }, cells, SOURCES.R1_DISCIPLINED);
  const d = rows[0];
  const params = { year, form: d.form ?? "KHIEN_TRACH", from: d.from ? formatDateVi(d.from) : "?", to: d.to ? formatDateVi(d.to) : "?" };
  return makeCheck(p.k, "R1", "fail", { key: "rules.R1.disciplined", params }, cells, SOURCES.R1_DISCIPLINED, [{ key: "rules.fix.disciplinedInYear", params }]);
}

export function decideLdtt(p: PersonCtx): Decision {
  const checks: Check[] = [checkLdttRating(p)];
  const recruit = checkNewRecruit(p);
  if (recruit) checks.push(recruit);
  const leave = checkLeave(p);
  if (leave) checks.push(leave);
  const disciplined = checkDisciplinedInYear(p);
  if (disciplined) checks.push(disciplined);
  checks.push(checkHold(p));
  return decide("LDTT", checks, onHold(p), p.facts, true);
}
