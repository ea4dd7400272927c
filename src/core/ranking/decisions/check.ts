/**
 * A unit rule's verdict (RuleResult) with an optional near-miss line, and how verdicts compose into a
 * decision: hold (R9) > any fail → not-eligible > any missing → pending > eligible. The near-miss list names
 * what is missing or failing, shortest first as the rules give it.
 */
import type { Msg, MsgParams } from "../../issues";
import type { Decision, RuleOutcome, RuleResult } from "../../rules/types";
import type { Title } from "../../schema/enums";
import { codeKey } from "../cells";

export interface Check {
  readonly result: RuleResult;
  /** What would make this rule pass ("cần thêm 1 thành viên đạt LĐTT"); defaults to the reason's text. */
  readonly nearMiss?: Msg;
}

export function check(
  rule: string,
  outcome: RuleOutcome,
  key: string,
  params: MsgParams,
  cells: ReadonlyArray<string>,
  source: string,
  nearMiss?: Msg,
): Check {
  return { result: { rule, outcome, text: { key, params }, cells, source }, ...(nearMiss ? { nearMiss } : {}) };
}

/** Wraps a reason computed elsewhere (K1–K4) as a check. */
export function fromResult(result: RuleResult, nearMiss?: Msg): Check {
  return nearMiss ? { result, nearMiss } : { result };
}

export function decide(title: Title, checks: ReadonlyArray<Check>, hold: Check | null): Decision {
  const all = hold ? [hold, ...checks] : [...checks];
  const outcomes = checks.map((c) => c.result.outcome);
  const status = hold ? "hold" : outcomes.includes("fail") ? "not-eligible" : outcomes.includes("missing") ? "pending" : "eligible";
  const nearMiss: Msg[] = [];
  if (status !== "eligible") {
    const seen = new Set<string>();
    // Failing rules first (they decide), then missing data.
    for (const want of ["fail", "missing"] as const) {
      for (const c of all) {
        if (c.result.outcome !== want) continue;
        const m = c.nearMiss ?? c.result.text;
        const k = JSON.stringify(m);
        if (!seen.has(k)) {
          seen.add(k);
          nearMiss.push(m);
        }
      }
    }
  }
  return { title, status, reasons: all.map((c) => c.result), nearMiss };
}

/** A short list of codes for messages, sorted (ignoring case) so row order never shows: at most `limit`, then "…". */
export function codeList(codes: ReadonlyArray<string>, limit = 8): string {
  const sorted = [...codes].sort((a, b) => {
    const ka = codeKey(a);
    const kb = codeKey(b);
    return ka < kb ? -1 : ka > kb ? 1 : a < b ? -1 : a > b ? 1 : 0;
  });
  return sorted.length <= limit ? sorted.join(", ") : `${sorted.slice(0, limit).join(", ")}, …`;
}
