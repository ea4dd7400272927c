/**
 * R5 CSTDTQ(Y) ⇐ CSTD_BO in `cstdtqRounds` (2) consecutive rounds ending in Y (rounds are `cstdBoYears` apart:
 * Y−3 and Y; Y's own CSTD_BO decision counts) ∧ an initiative of scope TOAN_QUOC recognised within the rounds'
 * years ∧ vote ≥ `cstdtqVote` of all members. An extra title (cli.md allows it).
 */
import type { Initiative } from "../../model";
import { num } from "../context";
import { decide, type Check } from "../facts";
import { SOURCES } from "../sources";
import type { Decision } from "../types";
import { checkVote } from "../votes";
import { checkInitiativeInWindow } from "./initiative-window";
import { onHold, type PersonCtx } from "./person";
import { checkRounds, roundYears } from "./r4-cstd-bo";
import { checkReset } from "./r8-discipline";
import { checkHold } from "./r9-hold";
import { checkExclusions } from "./r11-r12-counting";

export function decideCstdtq(p: PersonCtx, cstdBo: Decision): { decision: Decision; initiative: Initiative | null } {
  const n = num(p.ctx, "cstdBoYears");
  const k = num(p.ctx, "cstdtqRounds");
  const y = p.ctx.year;
  const years = roundYears(y, k, n);
  const from = y - k * n + 1;
  const rounds = checkRounds(p, "CSTD_BO", years, cstdBo);
  const init = checkInitiativeInWindow(p, "R5", SOURCES.R5, "CSTDTQ", "TOAN_QUOC", from, y);
  const checks: Check[] = [
    rounds.check,
    ...checkExclusions(p.k, rounds.t, rounds.check.result.outcome !== "pass"),
    ...init.checks,
    checkReset(p, from, k * n),
    checkVote(p.facts, p.ctx, p.person.code, "CSTDTQ").check,
    checkHold(p),
  ];
  return { decision: decide("CSTDTQ", checks, onHold(p), p.facts), initiative: init.chosen };
}
