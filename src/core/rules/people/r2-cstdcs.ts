/**
 * R2 CSTDCS(Y) ⇐ LDTT(Y) ∧ (rating(Y) = HTXSNV ∨ an initiative or research project of scope ≥ CO_SO recognised
 * in Y with the person as author) ∧ council vote ≥ `cstdcsVote` of ALL members (C2). No vote row → pending.
 * C3: the HTXSNV decision number or the initiative's decision number missing → a warning, never a status change.
 */
import type { Msg } from "../../issues";
import type { Initiative } from "../../model";
import type { CellKey } from "../cell-keys";
import { ratingRank } from "../../schema/enums";
import { decide, decisionCells, initiativesOf, makeCheck, once, onceN, type Check } from "../facts";
import { SOURCES } from "../sources";
import type { Decision } from "../types";
import { checkVote, type VoteCheck } from "../votes";
import { onHold, rating, type PersonCtx } from "./person";
import { checkReuse, filterInitiatives } from "./r13-initiatives";
import { checkHold } from "./r9-hold";

/**
 * R2, first part: LDTT(Y) is eligible (pending → missing; otherwise fail), with LDTT's own missing facts. LDTT on
 * hold (R9) is said so — not "LĐTT not achieved", which a clerk would read as a failed rating.
 */
export function checkLdttBasis(p: PersonCtx, ldtt: Decision): Check {
  const year = p.ctx.year;
  const cells = decisionCells(p.facts, ldtt);
  if (ldtt.status === "eligible") return makeCheck(p.k, "R2", "pass", once(p.facts, p.ctx, "R2.ldtt", () => ({ key: "rules.R2.ldtt", params: { year } })), cells, SOURCES.R2);
  const fix: ReadonlyArray<Msg> =
    ldtt.nearMiss.length > 0 ? ldtt.nearMiss : once(p.facts, p.ctx, "R2.fix.ldtt", () => [{ key: "rules.fix.needTitleYears", params: { title: "LDTT", years: String(year) } }]);
  if (ldtt.status === "pending") return makeCheck(p.k, "R2", "missing", once(p.facts, p.ctx, "R2.ldttPending", () => ({ key: "rules.R2.ldttPending", params: { year } })), cells, SOURCES.R2, fix);
  if (ldtt.status === "hold") return makeCheck(p.k, "R2", "fail", once(p.facts, p.ctx, "R2.ldttHold", () => ({ key: "rules.R2.ldttHold", params: { year } })), cells, SOURCES.R2, fix);
  return makeCheck(p.k, "R2", "fail", once(p.facts, p.ctx, "R2.ldttNo", () => ({ key: "rules.R2.ldttNo", params: { year } })), cells, SOURCES.R2, fix);
}

export interface ExcellenceCheck {
  readonly checks: Check[];
  /** The initiative the title relies on (null when it relies on HTXSNV or fails). */
  readonly initiative: Initiative | null;
}

const INITIATIVE_FIELDS = ["authors", "year", "scope"];
const DECISION_NO = ["decisionNo"];

/** R2, second part: HTXSNV in Y, or an initiative/research project (scope ≥ CO_SO) recognised in Y (R13 applied). */
export function checkExcellence(p: PersonCtx): ExcellenceCheck {
  const year = p.ctx.year;
  const r = rating(p, year);
  if (r.rating === "HTXSNV") {
    const warnings: ReadonlyArray<Msg> =
      r.row && r.row.decisionNo.trim() === "" ? once(p.facts, p.ctx, "C3.ratingDecision", () => [{ key: "rules.warn.C3.ratingDecision", params: { year } }]) : NO_WARNINGS;
    const cells = r.row ? p.k.push([...r.cells], r.row.src, DECISION_NO) : r.cells;
    const text = once(p.facts, p.ctx, "R2.htxsnv", () => ({ key: "rules.R2.htxsnv", params: { year } }));
    return { initiative: null, checks: [makeCheck(p.k, "R2", "pass", text, cells, SOURCES.R2, NO_WARNINGS, warnings)] };
  }
  const all = initiativesOf(p.facts, p.person.code, year, year, "CO_SO");
  const filter = filterInitiatives(p, all, "CSTDCS");
  const chosen = filter.usable[0] ?? null;
  let cells: ReadonlyArray<CellKey> = r.cells;
  if (all.length > 0) {
    const list = [...r.cells];
    for (const i of all) p.k.push(list, i.src, INITIATIVE_FIELDS);
    cells = list;
  }
  const checks: Check[] = [];
  if (chosen) {
    const warnings: Msg[] = chosen.decisionNo.trim() === "" ? [{ key: "rules.warn.C3.initiativeDecision", params: { code: chosen.code } }] : [];
    checks.push(
      makeCheck(p.k, "R2", "pass", { key: "rules.R2.initiative", params: { code: chosen.code, year, scope: chosen.scope ?? "CO_SO" } }, p.k.push([...cells], chosen.src, DECISION_NO), SOURCES.R2, [], warnings),
    );
  } else if (r.rating === null) {
    const m = once(p.facts, p.ctx, "R2.noRatingNoInitiative", () => ({
      text: { key: "rules.R2.noRatingNoInitiative", params: { year } },
      fix: [{ key: "rules.fix.needHtxsnvOrInitiative", params: { year } }],
    }));
    checks.push(makeCheck(p.k, "R2", "missing", m.text, cells, SOURCES.R2, m.fix));
  } else {
    const rated = r.rating;
    const m = onceN(p.facts, p.ctx, "R2.noExcellence", ratingRank(rated), () => ({
      text: { key: "rules.R2.noExcellence", params: { year, rating: rated } },
      fix: [{ key: "rules.fix.needHtxsnvOrInitiative", params: { year } }],
    }));
    checks.push(makeCheck(p.k, "R2", "fail", m.text, cells, SOURCES.R2, m.fix));
  }
  if (chosen !== null || filter.blocked.length > 0) {
    const reuse = checkReuse(p, chosen ? [chosen] : [], filter, "CSTDCS", chosen === null && filter.blocked.length > 0);
    if (reuse) checks.push(reuse);
  }
  return { checks, initiative: chosen };
}

const NO_WARNINGS: ReadonlyArray<Msg> = [];

export interface CstdcsDraft {
  readonly checks: Check[];
  readonly vote: VoteCheck;
}

/** Every check of CSTDCS(Y) before the quota (R3), which needs every person's draft. */
export function draftCstdcs(p: PersonCtx, ldtt: Decision): CstdcsDraft {
  const vote = checkVote(p.facts, p.ctx, p.person.code, "CSTDCS");
  const checks = [checkLdttBasis(p, ldtt)];
  for (const c of checkExcellence(p).checks) checks.push(c);
  checks.push(vote.check, checkHold(p));
  return { checks, vote };
}

export function decideCstdcs(p: PersonCtx, draft: CstdcsDraft, extra: ReadonlyArray<Check> = []): Decision {
  return decide("CSTDCS", extra.length > 0 ? [...draft.checks, ...extra] : draft.checks, onHold(p), p.facts, true);
}
