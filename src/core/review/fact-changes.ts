/**
 * What changed between the facts a review saw and the facts of the current ranking — named precisely for
 * `Ghi chú hệ thống` ("Dữ liệu đã thay đổi sau khi rà soát: Xếp loại!C7 (2025, CB001 · Xếp loại): HTTNV → HTXSNV").
 * Pure: returns structured changes and messages; the caller renders them in its language.
 */
import type { Msg } from "../issues";
import { formatDateVi } from "../text/parse-values";
import type { FactsRecord } from "./data-stamp";
import { describeFactId, displayCode, factColumn, type Fact, type FactValue } from "./fact-index";

export type FactChange =
  | { readonly kind: "fact-changed"; readonly id: string; readonly cell: string; readonly label?: string; readonly from: FactValue; readonly to: FactValue }
  | { readonly kind: "fact-added"; readonly id: string; readonly cell: string; readonly label?: string; readonly to: FactValue }
  | { readonly kind: "fact-removed"; readonly id: string; readonly cell: string; readonly label?: string; readonly from: FactValue }
  | { readonly kind: "status"; readonly from: string; readonly to: string }
  | { readonly kind: "outcome"; readonly rule: string; readonly from: string; readonly to: string }
  | { readonly kind: "param"; readonly id: string; readonly from: FactValue; readonly to: FactValue }
  | { readonly kind: "rule-set"; readonly from: string; readonly to: string }
  | { readonly kind: "year"; readonly from: number; readonly to: number }
  /** The facts seen at review time are not on record (the hidden sheet was deleted or the stamp typed over). */
  | { readonly kind: "unknown" }
  /** The subject no longer has this title in the ranking at all. */
  | { readonly kind: "gone" };

const same = (a: FactValue, b: FactValue): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Changes from `before` (seen at review time) to `after` (now). Empty when the facts are the same. */
export function diffFacts(before: FactsRecord | null, after: FactsRecord | null): FactChange[] {
  if (!after) return [{ kind: "gone" }];
  if (!before) return [{ kind: "unknown" }];
  const out: FactChange[] = [];
  const old = new Map<string, Fact>(before.facts.map((f) => [f.id, f]));
  const now = new Map<string, Fact>(after.facts.map((f) => [f.id, f]));
  // The edits themselves first (changed values, parameters), then the result, then facts the rules now read or no
  // longer read (consequences of the edits, usually).
  for (const f of after.facts) {
    const o = old.get(f.id);
    if (o && !same(o.value, f.value)) out.push({ kind: "fact-changed", id: f.id, cell: f.cell, label: f.label, from: o.value, to: f.value });
  }
  for (const id of [...new Set([...Object.keys(before.params), ...Object.keys(after.params)])].sort()) {
    const a = before.params[id] ?? null;
    const b = after.params[id] ?? null;
    if (!same(a, b)) out.push({ kind: "param", id, from: a, to: b });
  }
  if (before.ruleSet !== after.ruleSet) out.push({ kind: "rule-set", from: before.ruleSet, to: after.ruleSet });
  if (before.year !== after.year) out.push({ kind: "year", from: before.year, to: after.year });
  if (before.status !== after.status) out.push({ kind: "status", from: before.status, to: after.status });
  for (const o of before.facts) {
    if (!now.has(o.id)) out.push({ kind: "fact-removed", id: o.id, cell: o.cell, label: o.label, from: o.value });
  }
  for (const f of after.facts) {
    if (!old.has(f.id)) out.push({ kind: "fact-added", id: f.id, cell: f.cell, label: f.label, to: f.value });
  }
  if (out.length === 0) {
    // Same facts and parameters but a rule turned differently (the rules themselves changed): name the rules.
    const outcomes = (r: FactsRecord): Map<string, string> => new Map(r.outcomes.map(([rule, o]) => [rule, o]));
    const a = outcomes(before);
    const b = outcomes(after);
    for (const rule of [...new Set([...a.keys(), ...b.keys()])].sort()) {
      if (a.get(rule) !== b.get(rule)) out.push({ kind: "outcome", rule, from: a.get(rule) ?? "-", to: b.get(rule) ?? "-" });
    }
  }
  return out;
}

/** The value of fact `id` as a person reads it: formatFactValue, with enum codes as their labels (displayCode). */
export function formatFactValueOf(id: string, v: FactValue): string {
  return typeof v === "string" ? formatFactValue(displayCode(factColumn(id), v)) : formatFactValue(v);
}

/** Value as a person reads it: ISO dates as dd/mm/yyyy, lists joined, decimals with a comma. */
export function formatFactValue(v: FactValue): string {
  if (v === null) return "∅";
  if (Array.isArray(v)) return v.join(", ");
  if (typeof v === "number") return String(v).replace(".", ",");
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  const s = String(v);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) ? formatDateVi(s) : s;
}

function factParams(c: { id: string; cell: string; label?: string }): Record<string, string> {
  const d = describeFactId(c.id, c.label);
  const where = d.key ? `${d.key} · ${d.column}` : d.column;
  return { cell: c.cell, where };
}

/** One message per change (keys in src/i18n/messages/review.ts). */
export function changeMsg(c: FactChange): Msg {
  switch (c.kind) {
    case "fact-changed":
      return { key: "review.change.fact", params: { ...factParams(c), from: formatFactValueOf(c.id, c.from), to: formatFactValueOf(c.id, c.to) } };
    case "fact-added":
      return { key: "review.change.added", params: { ...factParams(c), to: formatFactValueOf(c.id, c.to) } };
    case "fact-removed":
      return { key: "review.change.removed", params: { ...factParams(c), from: formatFactValueOf(c.id, c.from) } };
    case "status":
      return { key: "review.change.status", params: { from: c.from, to: c.to } };
    case "outcome":
      return { key: "review.change.outcome", params: { rule: c.rule, from: c.from, to: c.to } };
    case "param":
      return { key: "review.change.param", params: { id: c.id, from: formatFactValue(c.from), to: formatFactValue(c.to) } };
    case "rule-set":
      return { key: "review.change.ruleSet", params: { from: c.from, to: c.to } };
    case "year":
      return { key: "review.change.year", params: { from: c.from, to: c.to } };
    case "unknown":
      return { key: "review.change.unknown" };
    case "gone":
      return { key: "review.change.gone" };
  }
}

/** At most this many changes are named in one note; the rest are counted. */
export const MAX_NAMED_CHANGES = 5;

export type RenderMsg = (msg: Msg) => string;

/**
 * The `Ghi chú hệ thống` text of a stale row: "Dữ liệu đã thay đổi sau khi rà soát: <change>; <change>; …".
 * Status labels inside a status change are message keys too and are rendered first.
 */
export function staleNote(changes: ReadonlyArray<FactChange>, render: RenderMsg): string {
  if (changes.length === 0) return "";
  const named = changes.slice(0, MAX_NAMED_CHANGES).map((c) => {
    const m = changeMsg(c);
    if (c.kind !== "status") return render(m);
    return render({ key: m.key, params: { from: render({ key: `review.decision.${c.from}` }), to: render({ key: `review.decision.${c.to}` }) } });
  });
  const more = changes.length - named.length;
  const list = more > 0 ? `${named.join("; ")}; ${render({ key: "review.change.more", params: { count: more } })}` : named.join("; ");
  return render({ key: "review.note.stale", params: { changes: list } });
}
