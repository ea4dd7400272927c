/**
 * "An initiative of scope ≥ S recognised within [from, to]" for a title (R4, R5), with R13 applied and the
 * C3 warning when its recognition decision number is missing.
 */
import type { Msg } from "../../issues";
import type { Initiative } from "../../model";
import type { Scope, Title } from "../../schema/enums";
import type { CellKey } from "../cell-keys";
import { fixedCheck, initiativesOfKey, makeCheck, onceN, yearSpan, type Check } from "../facts";
import type { PersonCtx } from "./person";
import { checkReuse, filterInitiatives } from "./r13-initiatives";

export interface InitiativeWindow {
  readonly checks: Check[];
  readonly chosen: Initiative | null;
}

const FIELDS = ["authors", "year", "scope"];
const DECISION_NO = ["decisionNo"];

export function checkInitiativeInWindow(p: PersonCtx, rule: string, source: string, title: Title, minScope: Scope, from: number, to: number): InitiativeWindow {
  const lo = p.reset.year !== null ? Math.max(from, p.reset.year + 1) : from;
  const all = lo <= to ? initiativesOfKey(p.facts, p.key, lo, to, minScope) : NO_INITIATIVES;
  if (all.length === 0) {
    // No initiative in the window (most people): the same result for everyone, made once per rule and years.
    const none = (): Check => {
      const span = yearSpan(from, to);
      return fixedCheck(rule, "fail", { key: "rules.initiative.none", params: { scope: minScope, span } }, source, [
        { key: "rules.fix.needInitiatives", params: { count: 1, scope: minScope, span } },
      ]);
    };
    const shared = onceN(p.facts, p.ctx, NONE_IDS[rule] ?? "initiative.none", from * 10_000 + to, none);
    const same = shared.result.rule === rule && shared.result.source === source && shared.result.text.params?.scope === minScope;
    return { checks: [same ? shared : none()], chosen: null };
  }
  const filter = filterInitiatives(p, all, title);
  // Prefer the most recent, then the code: deterministic.
  const chosen = [...filter.usable].sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))[0] ?? null;
  const span = yearSpan(from, to);
  const cells: CellKey[] = [];
  for (const i of all) p.k.push(cells, i.src, FIELDS);
  const checks: Check[] = [];
  if (chosen) {
    const warnings: Msg[] = chosen.decisionNo.trim() === "" ? [{ key: "rules.warn.C3.initiativeDecision", params: { code: chosen.code } }] : [];
    checks.push(
      makeCheck(p.k, rule, "pass", { key: "rules.initiative.found", params: { code: chosen.code, year: chosen.year ?? to, scope: chosen.scope ?? minScope, span } }, p.k.push([...cells], chosen.src, DECISION_NO), source, [], warnings),
    );
  } else {
    checks.push(
      makeCheck(p.k, rule, "fail", { key: "rules.initiative.none", params: { scope: minScope, span } }, cells, source, [
        { key: "rules.fix.needInitiatives", params: { count: 1, scope: minScope, span } },
      ]),
    );
  }
  const reuse = checkReuse(p, chosen ? [chosen] : [], filter, title, chosen === null && filter.blocked.length > 0);
  if (reuse) checks.push(reuse);
  return { checks, chosen };
}

const NO_INITIATIVES: ReadonlyArray<Initiative> = [];

/** Constant ids of the "no initiative" checks of the rules that ask (R4: BO_TINH, R5: TOAN_QUOC). */
const NONE_IDS: Readonly<Record<string, string>> = { R4: "initiative.none|R4", R5: "initiative.none|R5" };
