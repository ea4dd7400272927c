/**
 * R7 BK_TTG person (ground b) ⇐ already holds a BK_BO (Công trạng, in force, recorded in a year before Y; before
 * the 5-year window when `bkTtgBkBoBeforeWindow`) ∧ rating ≥ HTTNV in each of the `bkTtgYears` (5) consecutive
 * years ending in Y ∧ ≥ `bkTtgCstdcsCount` (3) CSTDCS within those years (Y's own CSTDCS decision counts).
 */
import { bool, num } from "../context";
import type { CellKey } from "../cell-keys";
import { cellsOf, compareText, decide, exclusionOf, fixedCheck, makeCheck, once, onceN, onceN2, ratingAtLeast, recordedYears, yearBits, yearList, yearSpan, type Check } from "../facts";
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
  const awards = p.awards;
  let hasBkBo = false;
  if (awards) for (const a of awards) if (a.title === "BK_BO") hasBkBo = true;
  if (!hasBkBo) {
    // No BK_BO recorded at all (most people): the same result for everyone.
    return [onceN(p.facts, p.ctx, "R7.noBkBo", before, () => fixedCheck("R7", "fail", { key: "rules.R7.noBkBo", params: { before } }, SOURCES.R7, [{ key: "rules.fix.needBkBo", params: { before } }]))];
  }
  const held = recordedYears(p.facts, p.person.code, "BK_BO", before);
  const out: Check[] = [];
  if (held.length > 0) {
    const last = held[held.length - 1];
    out.push(makeCheck(p.k, "R7", "pass", { key: "rules.R7.bkBo", params: { year: last.year } }, cellsOf(p.facts, last.award.src, ["title", "year"]), SOURCES.R7));
  } else {
    out.push(makeCheck(p.k, "R7", "fail", { key: "rules.R7.noBkBo", params: { before } }, [], SOURCES.R7, [{ key: "rules.fix.needBkBo", params: { before } }]));
  }
  // Records of BK_BO that were set aside (đột xuất/chuyên đề: R11; revoked: R12).
  const excluded: Array<{ year: number; by: "R11" | "R12"; kind: string; cells: CellKey[] }> = [];
  for (const a of awards ?? []) {
    const by = exclusionOf(a);
    if (a.title !== "BK_BO" || a.year === null || a.year >= p.ctx.year || by === null) continue;
    excluded.push({ year: a.year, by, kind: a.kind, cells: cellsOf(p.facts, a.src, ["title", "kind", "status"]) });
  }
  excluded.sort((a, b) => a.year - b.year || compareText(a.kind, b.kind));
  for (const by of ["R11", "R12"] as const) {
    const hits = excluded.filter((e) => e.by === by);
    if (hits.length > 0) out.push(exclusionCheck(p.k, by, "BK_BO", hits.map((h) => h.year), hits[0].kind, held.length === 0, hits.flatMap((h) => h.cells)));
  }
  return out;
}

/** R7: rating ≥ HTTNV in each year of the window (no rating → missing, unless before recruitment or R8 reset). */
export function checkRatingsWindow(p: PersonCtx, years: ReadonlyArray<number>): Check {
  const low: number[] = [];
  const missing: number[] = [];
  const reset: number[] = [];
  const cells: CellKey[] = [];
  const recruited = recruitedYear(p);
  for (const year of years) {
    const r = rating(p, year);
    for (let i = 0; i < r.cells.length; i++) cells.push(r.cells[i]);
    if (p.reset.year !== null && year <= p.reset.year) reset.push(year);
    else if (r.rating === null) (recruited !== null && year < recruited ? low : missing).push(year);
    else if (!ratingAtLeast(r.rating, "HTTNV")) low.push(year);
  }
  const first = years[0];
  const last = years[years.length - 1];
  // The messages depend on the years only: made once per run and shared.
  // Looked up by the years' bits (a text id when they do not fit).
  const y = p.ctx.year;
  if (low.length > 0 || reset.length > 0) {
    const make = () => {
      const lowYears = yearList(low);
      const all = reset.length === 0 ? lowYears : yearList([...low, ...reset]);
      return {
        text: { key: "rules.R7.ratingsLow", params: { span: yearSpan(first, last), years: all } },
        fix: low.length > 0 ? [{ key: "rules.fix.needRatingAtLeast", params: { rating: "HTTNV", years: lowYears } }] : [],
      };
    };
    const lowBits = yearBits(low, y);
    const resetBits = yearBits(reset, y);
    const m =
      lowBits >= 0 && resetBits >= 0
        ? onceN2(p.facts, p.ctx, "R7.ratingsLow", first * 10_000 + last, lowBits * 2 ** 20 + resetBits, make)
        : once(p.facts, p.ctx, `R7.ratingsLow|${first}|${last}|${yearList(low)}|${yearList(reset)}`, make);
    return makeCheck(p.k, "R7", "fail", m.text, cells, SOURCES.R7, m.fix);
  }
  if (missing.length > 0) {
    const make = () => {
      const missingYears = yearList(missing);
      return {
        text: { key: "rules.R7.ratingsMissing", params: { span: yearSpan(first, last), years: missingYears } },
        fix: [{ key: "rules.fix.needRating", params: { year: missingYears } }],
      };
    };
    const missingBits = yearBits(missing, y);
    const m =
      missingBits >= 0
        ? onceN2(p.facts, p.ctx, "R7.ratingsMissing", first * 10_000 + last, missingBits, make)
        : once(p.facts, p.ctx, `R7.ratingsMissing|${first}|${last}|${yearList(missing)}`, make);
    return makeCheck(p.k, "R7", "missing", m.text, cells, SOURCES.R7, m.fix);
  }
  const text = onceN(p.facts, p.ctx, "R7.ratings", first * 10_000 + last, () => ({ key: "rules.R7.ratings", params: { span: yearSpan(first, last) } }));
  return makeCheck(p.k, "R7", "pass", text, cells, SOURCES.R7);
}

export function decideBkTtg(p: PersonCtx, cstdcs: Decision): Decision {
  const n = num(p.ctx, "bkTtgYears");
  const need = num(p.ctx, "bkTtgCstdcsCount");
  const y = p.ctx.year;
  const years = window(y, n);
  const span = yearSpan(years[0], y);
  const t = titleYears(p, "CSTDCS", years, cstdcs);
  const counted = t.counted.length;
  const pending = t.pending.length;
  // The messages depend on the counts only: made once per run and shared.
  let cstdcsCheck: Check;
  if (counted >= need) {
    const text = onceN(p.facts, p.ctx, "R7.cstdcs", counted, () => ({ key: "rules.R7.cstdcs", params: { count: counted, need, span } }));
    cstdcsCheck = makeCheck(p.k, "R7", "pass", text, t.cells, SOURCES.R7);
  } else if (counted + pending >= need) {
    const text = onceN(p.facts, p.ctx, "R7.cstdcsPending", counted, () => ({ key: "rules.R7.cstdcsPending", params: { count: counted, need, span } }));
    cstdcsCheck = makeCheck(p.k, "R7", "missing", text, t.cells, SOURCES.R7, cstdcs.nearMiss);
  } else {
    // Years an R8 reset covers can never count: when the years left cannot make the count, asking for more
    // CSTDCS in this window would mislead (R8's near-miss gives the earliest year instead).
    const reachable = counted + pending + t.absent.length >= need;
    const m = onceN(p.facts, p.ctx, reachable ? "R7.cstdcsFew" : "R7.cstdcsFewReset", counted * 1000 + pending, () => ({
      text: { key: "rules.R7.cstdcsFew", params: { count: counted, need, span } },
      fix: reachable ? [{ key: "rules.fix.needMoreTitles", params: { title: "CSTDCS", count: need - counted - pending, span } }] : [],
    }));
    cstdcsCheck = makeCheck(p.k, "R7", "fail", m.text, t.cells, SOURCES.R7, m.fix);
  }
  const checks: Check[] = checkHoldsBkBo(p, years[0]);
  checks.push(checkRatingsWindow(p, years), cstdcsCheck);
  for (const c of checkExclusions(p.k, t, cstdcsCheck.result.outcome !== "pass")) checks.push(c);
  checks.push(checkReset(p, years[0], n), checkHold(p));
  return decide("BK_TTG", checks, onHold(p), p.facts);
}
