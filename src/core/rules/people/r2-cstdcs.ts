/**
 * R2 CSTDCS(Y) ⇐ LDTT(Y) ∧ (rating(Y) = HTXSNV ∨ an initiative or research project of scope ≥ CO_SO recognised
 * in Y with the person as author) ∧ council vote ≥ `cstdcsVote` of ALL members (C2). No vote row → pending.
 * C3: the HTXSNV decision number or the initiative's decision number missing → a warning, never a status change.
 */
import type { Msg } from "../../issues";
import type { Initiative } from "../../model";
import { cellsOf, decide, decisionCells, initiativesOf, makeCheck, type Check } from "../facts";
import { SOURCES } from "../sources";
import type { Decision } from "../types";
import { checkVote, type VoteCheck } from "../votes";
import { onHold, rating, type PersonCtx } from "./person";
import { checkReuse, filterInitiatives } from "./r13-initiatives";
import { checkHold } from "./r9-hold";

/** R2, first part: LDTT(Y) is eligible (pending → missing; otherwise fail), with LDTT's own missing facts. */
export function checkLdttBasis(p: PersonCtx, ldtt: Decision): Check {
  const year = p.ctx.year;
  const cells = decisionCells(ldtt);
  if (ldtt.status === "eligible") return makeCheck("R2", "pass", { key: "rules.R2.ldtt", params: { year } }, cells, SOURCES.R2);
  const fix: Msg[] = ldtt.nearMiss.length > 0 ? [...ldtt.nearMiss] : [{ key: "rules.fix.needTitleYears", params: { title: "LDTT", years: String(year) } }];
  if (ldtt.status === "pending") return makeCheck("R2", "missing", { key: "rules.R2.ldttPending", params: { year } }, cells, SOURCES.R2, fix);
  return makeCheck("R2", "fail", { key: "rules.R2.ldttNo", params: { year } }, cells, SOURCES.R2, fix);
}

export interface ExcellenceCheck {
  readonly checks: Check[];
  /** The initiative the title relies on (null when it relies on HTXSNV or fails). */
  readonly initiative: Initiative | null;
}

/** R2, second part: HTXSNV in Y, or an initiative/research project (scope ≥ CO_SO) recognised in Y (R13 applied). */
export function checkExcellence(p: PersonCtx): ExcellenceCheck {
  const year = p.ctx.year;
  const r = rating(p, year);
  if (r.rating === "HTXSNV") {
    const warnings: Msg[] = r.row && r.row.decisionNo.trim() === "" ? [{ key: "rules.warn.C3.ratingDecision", params: { year } }] : [];
    const cells = [...r.cells, ...(r.row ? cellsOf(r.row.src, ["decisionNo"]) : [])];
    return { initiative: null, checks: [makeCheck("R2", "pass", { key: "rules.R2.htxsnv", params: { year } }, cells, SOURCES.R2, [], warnings)] };
  }
  const all = initiativesOf(p.facts, p.person.code, year, year, "CO_SO");
  const filter = filterInitiatives(p, all, "CSTDCS");
  const chosen = filter.usable[0] ?? null;
  const cells = [...r.cells, ...all.flatMap((i) => cellsOf(i.src, ["authors", "year", "scope"]))];
  const checks: Check[] = [];
  if (chosen) {
    const warnings: Msg[] = chosen.decisionNo.trim() === "" ? [{ key: "rules.warn.C3.initiativeDecision", params: { code: chosen.code } }] : [];
    checks.push(
      makeCheck("R2", "pass", { key: "rules.R2.initiative", params: { code: chosen.code, year, scope: chosen.scope ?? "CO_SO" } }, [...cells, ...cellsOf(chosen.src, ["decisionNo"])], SOURCES.R2, [], warnings),
    );
  } else if (r.rating === null) {
    checks.push(
      makeCheck("R2", "missing", { key: "rules.R2.noRatingNoInitiative", params: { year } }, cells, SOURCES.R2, [
        { key: "rules.fix.needHtxsnvOrInitiative", params: { year } },
      ]),
    );
  } else {
    checks.push(
      makeCheck("R2", "fail", { key: "rules.R2.noExcellence", params: { year, rating: r.rating } }, cells, SOURCES.R2, [
        { key: "rules.fix.needHtxsnvOrInitiative", params: { year } },
      ]),
    );
  }
  const reuse = checkReuse(p, chosen ? [chosen] : [], filter, "CSTDCS", chosen === null && filter.blocked.length > 0);
  if (reuse) checks.push(reuse);
  return { checks, initiative: chosen };
}

export interface CstdcsDraft {
  readonly checks: Check[];
  readonly vote: VoteCheck;
}

/** Every check of CSTDCS(Y) before the quota (R3), which needs every person's draft. */
export function draftCstdcs(p: PersonCtx, ldtt: Decision): CstdcsDraft {
  const vote = checkVote(p.facts, p.ctx, p.person.code, "CSTDCS");
  const checks = [checkLdttBasis(p, ldtt), ...checkExcellence(p).checks, vote.check, checkHold(p)];
  return { checks, vote };
}

export function decideCstdcs(p: PersonCtx, draft: CstdcsDraft, extra: ReadonlyArray<Check> = []): Decision {
  return decide("CSTDCS", [...draft.checks, ...extra], onHold(p));
}
