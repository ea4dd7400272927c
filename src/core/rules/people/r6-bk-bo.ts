/**
 * R6 BK_BO person (ground d) ⇐ CSTDCS in `bkBoYears` (2) consecutive years ending in Y (ground 1), or HTXSNV in
 * ≥ 2 consecutive years ending in Y with `bkBoInitiatives` (2) initiatives — or 2 research projects — of scope
 * ≥ CO_SO recognised within that run of HTXSNV years (ground 2). Mixing an initiative with a research project:
 * parameter `bkBoMixInitiativeResearch` (default no). The near-miss lists the ground with fewer missing facts.
 */
import type { Msg } from "../../issues";
import type { Initiative } from "../../model";
import { INITIATIVE_KINDS } from "../../schema/enums";
import { bool, num } from "../context";
import type { CellKey } from "../cell-keys";
import { codeKey, decide, initiativesOfKey, makeCheck, once, onceN, yearBits, yearList, yearSpan, type Check } from "../facts";
import { SOURCES } from "../sources";
import type { Decision, RuleOutcome } from "../types";
import { onHold, rating, recruitedYear, window, type PersonCtx } from "./person";
import { checkReset } from "./r8-discipline";
import { checkHold } from "./r9-hold";
import { checkExclusions } from "./r11-r12-counting";
import { checkReuse, filterInitiatives, type InitiativeFilter } from "./r13-initiatives";
import { titleYears, type TitleYears } from "./streak";

interface Ground {
  readonly outcome: RuleOutcome;
  readonly cells: ReadonlyArray<CellKey>;
  readonly fix: Msg[];
  /** Number of missing facts (for choosing the shorter near-miss). */
  readonly cost: number;
}

/** "Needs CSTDCS in these years" (shared per run and years). */
function needCstdcs(p: PersonCtx, years: ReadonlyArray<number>): Msg {
  const make = (): Msg => ({ key: "rules.fix.needTitleYears", params: { title: "CSTDCS", years: yearList(years) } });
  const bits = yearBits(years, p.ctx.year);
  return bits >= 0 ? onceN(p.facts, p.ctx, "fix.needTitleYears|CSTDCS", bits, make) : once(p.facts, p.ctx, `fix.needTitleYears|CSTDCS|${yearList(years)}`, make);
}

function ground1(p: PersonCtx, t: TitleYears, own: Decision): Ground {
  const fix: Msg[] = [];
  // A reset year (R8) in the window: nothing in Y can complete it (R8's near-miss gives the earliest year).
  if (t.absent.length > 0 && t.reset.length === 0) fix.push(needCstdcs(p, t.absent));
  if (t.pending.length > 0 && t.reset.length === 0) {
    if (own.nearMiss.length > 0) for (const m of own.nearMiss) fix.push(m);
    else fix.push(needCstdcs(p, t.pending));
  }
  const outcome: RuleOutcome = t.absent.length > 0 || t.reset.length > 0 ? "fail" : t.pending.length > 0 ? "missing" : "pass";
  return { outcome, cells: t.cells, fix, cost: t.absent.length + t.pending.length + t.reset.length * 100 };
}

export interface Ground2 extends Ground {
  /** The first year of the HTXSNV run (it ends in Y), and the initiatives counted. */
  readonly runFrom: number;
  readonly chosen: Initiative[];
  readonly filter: InitiativeFilter;
  readonly blockedMattered: boolean;
}

/** Counts initiatives by kind: mixed → all; otherwise the best single kind. */
function pickInitiatives(list: ReadonlyArray<Initiative>, mix: boolean, need: number): Initiative[] {
  if (mix) return list.slice(0, Math.max(need, 0));
  let best: Initiative[] = [];
  for (const kind of INITIATIVE_KINDS) {
    const same = list.filter((i) => i.kind === kind);
    if (same.length > best.length) best = same;
  }
  return best.slice(0, Math.max(need, 0));
}

function ground2(p: PersonCtx, m: number, reserved: ReadonlySet<string>): Ground2 {
  const y = p.ctx.year;
  const need = num(p.ctx, "bkBoInitiatives");
  const mix = bool(p.ctx, "bkBoMixInitiativeResearch");
  const reset = p.reset.year;
  const recruited = recruitedYear(p);
  const cells: CellKey[] = [];
  const failYears: number[] = [];
  const missingYears: number[] = [];
  let resetHit = false;
  // Required years Y−m+1 … Y, then the run extends backwards while HTXSNV continues.
  for (let year = y - m + 1; year <= y; year++) {
    const r = rating(p, year);
    for (let i = 0; i < r.cells.length; i++) cells.push(r.cells[i]);
    if (reset !== null && year <= reset) resetHit = true;
    else if (r.rating === "HTXSNV") continue;
    else if (r.rating === null && !(recruited !== null && year < recruited)) missingYears.push(year);
    else failYears.push(year);
  }
  let from = y - m + 1;
  if (!resetHit && failYears.length === 0 && missingYears.length === 0) {
    for (let year = y - m; reset === null || year > reset; year--) {
      const r = rating(p, year);
      if (r.rating !== "HTXSNV") break;
      for (let i = 0; i < r.cells.length; i++) cells.push(r.cells[i]);
      from = year;
    }
  }
  const candidates = initiativesOfKey(p.facts, p.key, reset !== null ? Math.max(from, reset + 1) : from, y, "CO_SO");
  for (const i of candidates) p.k.push(cells, i.src, INITIATIVE_FIELDS);
  const filter = filterInitiatives(p, candidates, "BK_BO", reserved);
  const chosen = pickInitiatives(filter.usable, mix, need);
  const short = Math.max(0, need - chosen.length);
  const blockedMattered = short > 0 && pickInitiatives(candidates, mix, need).length > chosen.length;
  const fix: Msg[] = [];
  // A required year reset by R8: no rating or initiative in Y can complete this ground (R8's near-miss says when).
  if (!resetHit && (failYears.length > 0 || missingYears.length > 0)) {
    const list = missingYears.length === 0 ? failYears : [...failYears, ...missingYears];
    const make = (): Msg => ({ key: "rules.fix.needRatingAtLeast", params: { rating: "HTXSNV", years: yearList(list) } });
    const bits = yearBits(list, y);
    fix.push(bits >= 0 ? onceN(p.facts, p.ctx, "fix.needRatingAtLeast|HTXSNV", bits, make) : once(p.facts, p.ctx, `fix.needRatingAtLeast|HTXSNV|${yearList(list)}`, make));
  }
  if (!resetHit && short > 0) {
    const key = mix ? "rules.fix.needInitiatives" : "rules.fix.needInitiativesSameKind";
    fix.push(onceN(p.facts, p.ctx, key, (short * 10_000 + from) * 10_000 + y, () => ({ key, params: { count: short, scope: "CO_SO", span: yearSpan(from, y) } })));
  }
  const outcome: RuleOutcome = resetHit || failYears.length > 0 || short > 0 ? "fail" : missingYears.length > 0 ? "missing" : "pass";
  return { outcome, cells, fix, cost: failYears.length + missingYears.length + short + (resetHit ? 100 : 0), runFrom: from, chosen, filter, blockedMattered };
}

const RANK: Record<RuleOutcome, number> = { pass: 2, missing: 1, fail: 0 };

export function decideBkBo(p: PersonCtx, cstdcs: Decision, reserved: ReadonlySet<string>): Decision {
  const m = num(p.ctx, "bkBoYears");
  const y = p.ctx.year;
  const years = window(y, m);
  const t = titleYears(p, "CSTDCS", years, cstdcs);
  const g1 = ground1(p, t, cstdcs);
  const g2 = ground2(p, m, reserved);
  const outcome: RuleOutcome = RANK[g1.outcome] >= RANK[g2.outcome] ? g1.outcome : g2.outcome;
  const from = years[0];
  const cells = p.k.merge([g1.cells, p.k.sort(g2.cells)]);
  let text: Msg;
  if (g1.outcome === "pass") text = onceN(p.facts, p.ctx, "R6.ground1", from, () => ({ key: "rules.R6.ground1", params: { span: yearSpan(from, y) } }));
  else if (g2.outcome === "pass") text = { key: "rules.R6.ground2", params: { span: yearSpan(g2.runFrom, y), codes: g2.chosen.map((i) => i.code).join(", ") } };
  else if (outcome === "missing") text = onceN(p.facts, p.ctx, "R6.pending", from, () => ({ key: "rules.R6.pending", params: { span: yearSpan(from, y) } }));
  else text = onceN(p.facts, p.ctx, "R6.fail", from, () => ({ key: "rules.R6.fail", params: { span: yearSpan(from, y), need: num(p.ctx, "bkBoInitiatives") } }));
  // The shorter list of missing facts; ties → ground 1. Missing beats fail when choosing what to show.
  const best = outcome === "missing" ? (g1.outcome === "missing" ? g1 : g2) : g1.cost <= g2.cost ? g1 : g2;
  const warnings: Msg[] = g2.outcome === "pass" && g1.outcome !== "pass"
    ? g2.chosen.filter((i) => i.decisionNo.trim() === "").map((i) => ({ key: "rules.warn.C3.initiativeDecision", params: { code: i.code } }))
    : [];
  const checks: Check[] = [makeCheck(p.k, "R6", outcome, text, cells, SOURCES.R6, best.fix, warnings)];
  for (const c of checkExclusions(p.k, t, outcome !== "pass")) checks.push(c);
  if (g1.outcome !== "pass") {
    const reuse = checkReuse(p, g2.outcome === "pass" ? g2.chosen : [], g2.filter, "BK_BO", outcome === "fail" && g2.blockedMattered);
    if (reuse) checks.push(reuse);
  }
  checks.push(checkReset(p, years[0], m), checkHold(p));
  return decide("BK_BO", checks, onHold(p));
}

/** Initiative codes this run's title decisions rely on (they cannot also back a form: R13). */
export function reservedBy(initiatives: ReadonlyArray<Initiative | null>): ReadonlySet<string> {
  if (initiatives.every((i) => i === null)) return NOTHING_RESERVED;
  return new Set(initiatives.filter((i): i is Initiative => i !== null).map((i) => codeKey(i.code)));
}

const NOTHING_RESERVED: ReadonlySet<string> = new Set();
const INITIATIVE_FIELDS = ["authors", "year", "scope", "kind"];
