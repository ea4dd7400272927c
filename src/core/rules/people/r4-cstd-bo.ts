/**
 * R4 CSTD_BO(Y) ⇐ CSTDCS in `cstdBoYears` (3) consecutive years ending in Y (Y's own CSTDCS decision counts)
 * ∧ an initiative/research of scope ≥ BO_TINH recognised within Y−2 … Y ∧ vote ≥ `cstdBoVote` of all members
 * (the `Bộ, tỉnh` row when entered, else the agency's proposing vote). R8 resets, R11/R12 count, R9 holds.
 */
import type { Initiative } from "../../model";
import { num } from "../context";
import { decide, makeCheck, yearList, yearSpan, type Check } from "../facts";
import { SOURCES } from "../sources";
import type { Decision } from "../types";
import { checkVote } from "../votes";
import { checkInitiativeInWindow } from "./initiative-window";
import { onHold, window, type PersonCtx } from "./person";
import { checkReset } from "./r8-discipline";
import { checkHold } from "./r9-hold";
import { checkExclusions } from "./r11-r12-counting";
import { titleYears, type TitleYears } from "./streak";
import type { Title } from "../../schema/enums";

/**
 * A streak check: the title counted in every year of `years`. Absent or reset years fail; Y's own pending
 * decision makes it missing (with that decision's missing facts).
 */
export function checkStreak(rule: string, source: string, t: TitleYears, own: Decision | undefined): Check {
  const years = t.years.map((y) => y.year);
  const span = yearSpan(years[0], years[years.length - 1]);
  const params = { title: t.title, span, count: years.length };
  if (t.absent.length > 0 || t.reset.length > 0) {
    const fix = t.absent.length > 0 ? [{ key: "rules.fix.needTitleYears", params: { title: t.title, years: yearList(t.absent) } }] : [];
    return makeCheck(rule, "fail", { key: "rules.streak.broken", params: { ...params, years: yearList([...t.absent, ...t.reset]) } }, t.cells, source, fix);
  }
  if (t.pending.length > 0) {
    const fix = own && own.nearMiss.length > 0 ? [...own.nearMiss] : [{ key: "rules.fix.needTitleYears", params: { title: t.title, years: yearList(t.pending) } }];
    return makeCheck(rule, "missing", { key: "rules.streak.pending", params: { ...params, years: yearList(t.pending) } }, t.cells, source, fix);
  }
  return makeCheck(rule, "pass", { key: "rules.streak.ok", params }, t.cells, source);
}

export interface CstdBoResult {
  readonly decision: Decision;
  readonly initiative: Initiative | null;
}

export function decideCstdBo(p: PersonCtx, cstdcs: Decision): CstdBoResult {
  const n = num(p.ctx, "cstdBoYears");
  const y = p.ctx.year;
  const years = window(y, n);
  const t = titleYears(p, "CSTDCS", years, cstdcs);
  const streak = checkStreak("R4", SOURCES.R4, t, cstdcs);
  const init = checkInitiativeInWindow(p, "R4", SOURCES.R4, "CSTD_BO", "BO_TINH", years[0], y);
  const checks: Check[] = [
    streak,
    ...checkExclusions(t, streak.result.outcome !== "pass"),
    ...init.checks,
    checkReset(p, years[0], n),
    checkVote(p.facts, p.ctx, p.person.code, "CSTD_BO").check,
    checkHold(p),
  ];
  return { decision: decide("CSTD_BO", checks, onHold(p)), initiative: init.chosen };
}

/** Years [Y − (rounds−1)·n, …, Y − n, Y] of consecutive rounds of a title awarded every n years (R5). */
export function roundYears(y: number, rounds: number, n: number): number[] {
  const out: number[] = [];
  for (let i = rounds - 1; i >= 0; i--) out.push(y - i * n);
  return out;
}

/** R5 rounds check: the title in each round year (Y's own decision counts for Y). */
export function checkRounds(p: PersonCtx, title: Title, years: number[], own: Decision | undefined): { check: Check; t: TitleYears } {
  const t = titleYears(p, title, years, own);
  const params = { title, years: yearList(years) };
  if (t.absent.length > 0 || t.reset.length > 0) {
    const fix = t.absent.length > 0 ? [{ key: "rules.fix.needTitleYears", params: { title, years: yearList(t.absent) } }] : [];
    return { t, check: makeCheck("R5", "fail", { key: "rules.rounds.missing", params: { ...params, missing: yearList([...t.absent, ...t.reset]) } }, t.cells, SOURCES.R5, fix) };
  }
  if (t.pending.length > 0) {
    const fix = own && own.nearMiss.length > 0 ? [...own.nearMiss] : [{ key: "rules.fix.needTitleYears", params: { title, years: yearList(t.pending) } }];
    return { t, check: makeCheck("R5", "missing", { key: "rules.rounds.pending", params }, t.cells, SOURCES.R5, fix) };
  }
  return { t, check: makeCheck("R5", "pass", { key: "rules.rounds.ok", params }, t.cells, SOURCES.R5) };
}
