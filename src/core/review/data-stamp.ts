/**
 * `Dấu dữ liệu`: the fingerprint of the facts one decision used (workbook.md `Đề nghị`). It hashes
 * - the facts behind the cells its reasons cite, by identity and NORMALISED value (fact-index.ts), so a
 *   cosmetic edit (formatting, column or row order, header spelling, a text date vs a real date, "85,5%" vs
 *   0.855) changes nothing, while any change of a value the decision read changes the stamp;
 * - the decision's status and each rule's outcome (a new fact that turns a rule, e.g. a discipline row, shows);
 * - the parameters linked to its rules (rules/parameters.ts), the rule set and the year.
 * Cell addresses are kept in the facts record for messages but are not hashed.
 *
 * One implementation for every face: the `Đề nghị` builder (src/output/proposals-sheet.ts), the carry-over of
 * reviews, `generate --approved-only` and the task pane all call `stampDecision` / `currentStamps`.
 */
import { canonicalJson, sha256Hex } from "../fingerprint";
import type { TrackingData } from "../model";
import { PARAMETERS } from "../rules/parameters";
import type { Decision, RankResult, RuleOutcome, Status } from "../rules/types";
import { buildFactIndex, factAt, type Fact, type FactIndex, type FactValue } from "./fact-index";
import { proposalKey, type ProposalKey } from "./keys";

/** What a ranking run contributes to every stamp. */
export interface StampRun {
  readonly year: number;
  readonly ruleSet: string;
  readonly parameters: Readonly<Record<string, unknown>>;
}

/** Everything a stamp is computed from, kept so that a later run can name what changed. */
export interface FactsRecord {
  readonly subject: string;
  readonly title: string;
  readonly status: Status;
  /** [rule, outcome] of each reason, sorted. */
  readonly outcomes: ReadonlyArray<readonly [string, RuleOutcome]>;
  /** Facts behind the cited cells, sorted by id, unique. */
  readonly facts: ReadonlyArray<Fact>;
  /** Parameters linked to the decision's rules. */
  readonly params: Readonly<Record<string, FactValue>>;
  readonly ruleSet: string;
  readonly year: number;
}

export interface StampedDecision {
  readonly stamp: string;
  readonly record: FactsRecord;
}

/** Parameter ids linked to each rule id. */
const PARAMS_OF_RULE: ReadonlyMap<string, ReadonlyArray<string>> = (() => {
  const m = new Map<string, string[]>();
  for (const p of PARAMETERS) for (const r of p.rules) m.set(r, [...(m.get(r) ?? []), p.id]);
  return m;
})();

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function paramValue(v: unknown): FactValue {
  if (v === undefined) return null;
  if (v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (Array.isArray(v)) return v.map(String);
  return canonicalJson(v);
}

/** The facts record of one decision of one subject. */
export function decisionFacts(subject: string, decision: Decision, index: FactIndex, run: StampRun): FactsRecord {
  const facts = new Map<string, Fact>();
  const outcomes: Array<readonly [string, RuleOutcome]> = [];
  const params: Record<string, FactValue> = {};
  for (const reason of decision.reasons) {
    outcomes.push([reason.rule, reason.outcome]);
    for (const ref of reason.cells) {
      const f = factAt(index, ref);
      if (!facts.has(f.id)) facts.set(f.id, f);
    }
    for (const id of PARAMS_OF_RULE.get(reason.rule) ?? []) params[id] = paramValue(run.parameters[id]);
  }
  outcomes.sort((a, b) => byString(a[0], b[0]) || byString(a[1], b[1]));
  return {
    subject: subject.trim().toUpperCase(),
    title: decision.title,
    status: decision.status,
    outcomes,
    facts: [...facts.values()].sort((a, b) => byString(a.id, b.id)),
    params,
    ruleSet: run.ruleSet,
    year: run.year,
  };
}

/** The stamp of a facts record: "sha256:" + 16 hex digits of the hash of its address-free content. */
export function dataStamp(record: FactsRecord): string {
  const content = {
    v: 1,
    subject: record.subject,
    title: record.title,
    status: record.status,
    outcomes: record.outcomes,
    facts: record.facts.map((f) => [f.id, f.value]),
    params: record.params,
    ruleSet: record.ruleSet,
    year: record.year,
  };
  return sha256Hex(canonicalJson(content)).slice(0, "sha256:".length + 16);
}

export function stampDecision(subject: string, decision: Decision, index: FactIndex, run: StampRun): StampedDecision {
  const record = decisionFacts(subject, decision, index, run);
  return { stamp: dataStamp(record), record };
}

/** Stamps of every decision of a ranking (people and units), by proposal key. */
export function currentStamps(data: TrackingData, result: RankResult): Map<ProposalKey, StampedDecision> {
  const index = buildFactIndex(data);
  const run: StampRun = { year: result.year, ruleSet: result.ruleSet, parameters: result.parameters };
  const out = new Map<ProposalKey, StampedDecision>();
  for (const subject of [...result.people, ...result.units]) {
    for (const d of subject.decisions) {
      const key = proposalKey(subject.code, d.title);
      if (!out.has(key)) out.set(key, stampDecision(subject.code, d, index, run));
    }
  }
  return out;
}
