/**
 * R7 BK_TTG person (ground b) ⇐ already holds a BK_BO (Công trạng, in force, recorded in a year before Y; before
 * the 5-year window when `bkTtgBkBoBeforeWindow`) ∧ rating ≥ HTTNV in each of the `bkTtgYears` (5) consecutive
 * years ending in Y ∧ ≥ `bkTtgCstdcsCount` (3) CSTDCS within those years (Y's own CSTDCS decision counts).
 */
import type { Msg } from "../../issues";
import { bool, num } from "../context";
import { cellsOf, codeKey, compareText, decide, exclusionOf, makeCheck, ratingAtLeast, recordedYears, sortCells, yearList, yearSpan, type Check } from "../facts";
import { SOURCES } from "../sources";
import type { Decision } from "../types";
import { onHold, rating, recruitedYear, window, type PersonCtx } from "./person";
import { checkReset } from "./r8-discipline";
import { checkHold } from "./r9-hold";
import { checkExclusions, exclusionCheck } from "./r11-r12-counting";
import { titleYears } from "./streak";

/** R7: holds a BK_BO recorded before Y (or before the window). R11/R12 records of BK_BO are reported. */
export function checkHoldsBkBo(p: PersonCtx, windowFrom: number): Check[] {
  const before = bool(p.ctx, "bkTtgBkBoBeforeWindow") ? windowFrom : p.ctx.year;
  const held = recordedYears(p.facts, p.person.code, "BK_BO", before);
  const out: Check[] = [];
  if (held.length > 0) {
    const last = held[held.length - 1];
    out.push(makeCheck("R7", "pass", { key: "rules.R7.bkBo", params: { year: last.year } }, cellsOf(last.award.src, ["title", "year"]), SOURCES.R7));
  } else {
    out.push(makeCheck("R7", "fail", { key: "rules.R7.noBkBo", params: { before } }, [], SOURCES.R7, [{ key: "rules.fix.needBkBo", params: { before } }]));
  }
  // Records of BK_BO that were set aside (đột xuất/chuyên đề: R11; revoked: R12).
  const excluded: Array<{ year: number; by: "R11" | "R12"; kind: string; cells: string[] }> = [];
  for (const a of p.facts.awards.get(codeKey(p.person.code)) ?? []) {
    const by = exclusionOf(a);
    if (a.title !== "BK_BO" || a.year === null || a.year >= p.ctx.year || by === null) continue;
    excluded.push({ year: a.year, by, kind: a.kind, cells: cellsOf(a.src, ["title", "kind", "status"]) });
  }
  excluded.sort((a, b) => a.year - b.year || compareText(a.kind, b.kind));
  for (const by of ["R11", "R12"] as const) {
    const hits = excluded.filter((e) => e.by === by);
    if (hits.length > 0) out.push(exclusionCheck(by, "BK_BO", hits.map((h) => h.year), hits[0].kind, held.length === 0, hits.flatMap((h) => h.cells)));
  }
  return out;
}

/** R7: rating ≥ HTTNV in each year of the window (no rating → missing, unless before recruitment or R8 reset). */
export function checkRatingsWindow(p: PersonCtx, years: ReadonlyArray<number>): Check {
  const low: number[] = [];
  const missing: number[] = [];
  const reset: number[] = [];
  const cells: string[] = [];
  const recruited = recruitedYear(p);
  for (const year of years) {
    const r = rating(p, year);
    cells.push(...r.cells);
    if (p.reset.year !== null && year <= p.reset.year) reset.push(year);
    else if (r.rating === null) (recruited !== null && year < recruited ? low : missing).push(year);
    else if (!ratingAtLeast(r.rating, "HTTNV")) low.push(year);
  }
  const span = yearSpan(years[0], years[years.length - 1]);
  if (low.length > 0 || reset.length > 0) {
    const fix: Msg[] = low.length > 0 ? [{ key: "rules.fix.needRatingAtLeast", params: { rating: "HTTNV", years: yearList(low) } }] : [];
    return makeCheck("R7", "fail", { key: "rules.R7.ratingsLow", params: { span, years: yearList([...low, ...reset]) } }, sortCells(cells), SOURCES.R7, fix);
  }
  if (missing.length > 0) {
    return makeCheck("R7", "missing", { key: "rules.R7.ratingsMissing", params: { span, years: yearList(missing) } }, sortCells(cells), SOURCES.R7, [
      { key: "rules.fix.needRating", params: { year: yearList(missing) } },
    ]);
  }
  return makeCheck("R7", "pass", { key: "rules.R7.ratings", params: { span } }, sortCells(cells), SOURCES.R7);
}

export function decideBkTtg(p: PersonCtx, cstdcs: Decision): Decision {
  const n = num(p.ctx, "bkTtgYears");
  const need = num(p.ctx, "bkTtgCstdcsCount");
  const y = p.ctx.year;
  const years = window(y, n);
  const span = yearSpan(years[0], y);
  const t = titleYears(p, "CSTDCS", years, cstdcs);
  const counted = t.counted.length;
  const params = { count: counted, need, span };
  let cstdcsCheck: Check;
  if (counted >= need) cstdcsCheck = makeCheck("R7", "pass", { key: "rules.R7.cstdcs", params }, t.cells, SOURCES.R7);
  else if (counted + t.pending.length >= need)
    cstdcsCheck = makeCheck("R7", "missing", { key: "rules.R7.cstdcsPending", params }, t.cells, SOURCES.R7, cstdcs.nearMiss.length > 0 ? [...cstdcs.nearMiss] : []);
  else
    cstdcsCheck = makeCheck("R7", "fail", { key: "rules.R7.cstdcsFew", params }, t.cells, SOURCES.R7, [
      { key: "rules.fix.needMoreTitles", params: { title: "CSTDCS", count: need - counted - t.pending.length, span } },
    ]);
  const checks: Check[] = [
    ...checkHoldsBkBo(p, years[0]),
    checkRatingsWindow(p, years),
    cstdcsCheck,
    ...checkExclusions(t, cstdcsCheck.result.outcome !== "pass"),
    checkReset(p, years[0], n),
    checkHold(p),
  ];
  return decide("BK_TTG", checks, onHold(p));
}
