/**
 * R4 CSTD_BO(Y) ⇐ CSTDCS in `cstdBoYears` (3) consecutive years ending in Y (Y's own CSTDCS decision counts)
 * ∧ an initiative/research of scope ≥ BO_TINH recognised within Y−2 … Y ∧ vote ≥ `cstdBoVote` of all members
 * (the `Bộ, tỉnh` row when entered, else the agency's proposing vote). R8 resets, R11/R12 count, R9 holds.
 */
import type { Initiative } from "../../model";
import { num } from "../context";
import { decide, fixedCheck, makeCheck, once, onceN2, yearBits, yearList, yearSpan, type Check } from "../facts";
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
export function checkStreak(p: PersonCtx, rule: string, source: string, t: TitleYears, own: Decision | undefined): Check {
  const first = t.years[0].year;
  const last = t.years[t.years.length - 1].year;
  const count = t.years.length;
  const title = t.title;
  // The messages depend on the years only (the same for many people): made once per run and shared, looked up by
  // the years' bits (a text id when they do not fit).
  const y = p.ctx.year;
  const span = (first * 10_000 + last) * 64 + count;
  if (t.absent.length > 0 || t.reset.length > 0) {
    const absentBits = yearBits(t.absent, y);
    const resetBits = yearBits(t.reset, y);
    const make = () => {
      const absent = yearList(t.absent);
      const broken = t.reset.length === 0 ? absent : yearList([...t.absent, ...t.reset]);
      return {
        text: { key: "rules.streak.broken", params: { title, span: yearSpan(first, last), count, years: broken } },
        // A reset year (R8) in the window: no title in the other years completes it (R8's near-miss says when).
        fix: t.absent.length > 0 && t.reset.length === 0 ? [{ key: "rules.fix.needTitleYears", params: { title, years: absent } }] : [],
        shared: null as Check | null,
      };
    };
    const id = rule === "R4" && title === "CSTDCS" && source === SOURCES.R4 ? R4_STREAK : `streak.broken|${rule}|${title}|${source}`;
    const m =
      absentBits >= 0 && resetBits >= 0
        ? onceN2(p.facts, p.ctx, id, span, absentBits * 2 ** 20 + resetBits, make)
        : once(p.facts, p.ctx, `${id}|${first}|${last}|${yearList(t.absent)}|${yearList(t.reset)}`, make);
    // No cell read (the title never recorded nor decided): one shared check.
    if (t.cells.length === 0) return (m.shared ??= fixedCheck(rule, "fail", m.text, source, m.fix));
    return makeCheck(p.k, rule, "fail", m.text, t.cells, source, m.fix);
  }
  if (t.pending.length > 0) {
    const pending = yearList(t.pending);
    const m = once(p.facts, p.ctx, `streak.pending|${rule}|${title}|${first}|${last}|${pending}`, () => ({
      text: { key: "rules.streak.pending", params: { title, span: yearSpan(first, last), count, years: pending } },
      fix: [{ key: "rules.fix.needTitleYears", params: { title, years: pending } }],
    }));
    return makeCheck(p.k, rule, "missing", m.text, t.cells, source, own && own.nearMiss.length > 0 ? own.nearMiss : m.fix);
  }
  const text = once(p.facts, p.ctx, `streak.ok|${rule}|${title}|${first}|${last}`, () => ({ key: "rules.streak.ok", params: { title, span: yearSpan(first, last), count } }));
  return makeCheck(p.k, rule, "pass", text, t.cells, source);
}

/** The id of R5's missing-rounds messages (R5 counts CSTD_BO). */
const R5_ROUNDS = "rounds.missing|CSTD_BO";

/** The id of R4's broken-streak messages (R4 counts CSTDCS, with its source). */
const R4_STREAK = `streak.broken|R4|CSTDCS|${SOURCES.R4}`;

export interface CstdBoResult {
  readonly decision: Decision;
  readonly initiative: Initiative | null;
}

export function decideCstdBo(p: PersonCtx, cstdcs: Decision): CstdBoResult {
  const n = num(p.ctx, "cstdBoYears");
  const y = p.ctx.year;
  const years = window(y, n);
  const t = titleYears(p, "CSTDCS", years, cstdcs);
  const streak = checkStreak(p, "R4", SOURCES.R4, t, cstdcs);
  const init = checkInitiativeInWindow(p, "R4", SOURCES.R4, "CSTD_BO", "BO_TINH", years[0], y);
  const checks: Check[] = [
    streak,
    ...checkExclusions(p.k, t, streak.result.outcome !== "pass"),
    ...init.checks,
    checkReset(p, years[0], n),
    checkVote(p.facts, p.ctx, p.person.code, "CSTD_BO").check,
    checkHold(p),
  ];
  return { decision: decide("CSTD_BO", checks, onHold(p), p.facts), initiative: init.chosen };
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
  const y = p.ctx.year;
  // The messages depend on the years only: made once per run and shared, looked up by the years' bits (a text
  // id when they do not fit).
  if (t.absent.length > 0 || t.reset.length > 0) {
    const make = () => {
      const absent = yearList(t.absent);
      const missing = t.reset.length === 0 ? absent : yearList([...t.absent, ...t.reset]);
      return {
        text: { key: "rules.rounds.missing", params: { title, years: yearList(years), missing } },
        fix: t.absent.length > 0 && t.reset.length === 0 ? [{ key: "rules.fix.needTitleYears", params: { title, years: absent } }] : [],
        shared: null as Check | null,
      };
    };
    const allBits = yearBits(years, y);
    const absentBits = yearBits(t.absent, y);
    const resetBits = yearBits(t.reset, y);
    const id = title === "CSTD_BO" ? R5_ROUNDS : `rounds.missing|${title}`;
    const m =
      allBits >= 0 && absentBits >= 0 && resetBits >= 0
        ? onceN2(p.facts, p.ctx, id, allBits, absentBits * 2 ** 20 + resetBits, make)
        : once(p.facts, p.ctx, `${id}|${yearList(years)}|${yearList(t.absent)}|${yearList(t.reset)}`, make);
    // No cell read (the title never recorded nor decided): one shared check.
    if (t.cells.length === 0) return { t, check: (m.shared ??= fixedCheck("R5", "fail", m.text, SOURCES.R5, m.fix)) };
    return { t, check: makeCheck(p.k, "R5", "fail", m.text, t.cells, SOURCES.R5, m.fix) };
  }
  const all = yearList(years);
  if (t.pending.length > 0) {
    const pending = yearList(t.pending);
    const m = once(p.facts, p.ctx, `rounds.pending|${title}|${all}|${pending}`, () => ({
      text: { key: "rules.rounds.pending", params: { title, years: all } },
      fix: [{ key: "rules.fix.needTitleYears", params: { title, years: pending } }],
    }));
    return { t, check: makeCheck(p.k, "R5", "missing", m.text, t.cells, SOURCES.R5, own && own.nearMiss.length > 0 ? own.nearMiss : m.fix) };
  }
  const text = once(p.facts, p.ctx, `rounds.ok|${title}|${all}`, () => ({ key: "rules.rounds.ok", params: { title, years: all } }));
  return { t, check: makeCheck(p.k, "R5", "pass", text, t.cells, SOURCES.R5) };
}
