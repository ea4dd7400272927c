/**
 * The memory of reviewed facts: the hidden, product-owned sheet `Dữ kiện rà soát`, one row per data stamp with
 * the facts record it was computed from (compact JSON). A ranking writes the records of the stamps its
 * `Đề nghị` shows, plus those still needed by reviews that are now stale; a later ranking reads them back to
 * name which facts changed after a review. Rows are content-addressed (the stamp is the hash of the record), so
 * two clients writing the same stamp write the same row, and merging is a union.
 */
import type { CellValue, SheetGrid } from "../grid";
import { cellText } from "../read/read-cell";
import type { RuleOutcome, Status } from "../rules/types";
import { FACTS_COLUMNS } from "./columns";
import { dataStamp, type FactsRecord } from "./data-stamp";
import type { Fact, FactValue } from "./fact-index";
import { findHeaderRow } from "./header-match";

export type FactsStore = ReadonlyMap<string, FactsRecord>;

/** Excel keeps at most 32,767 characters in a cell. */
export const MAX_CELL_TEXT = 32_767;

type CompactFact = [string, FactValue, string] | [string, FactValue, string, string];

/** Compact JSON of a record (facts as [id, value, cell, label?]). */
export function serialiseFacts(r: FactsRecord): string {
  const facts: CompactFact[] = r.facts.map((f) => (f.label === undefined ? [f.id, f.value, f.cell] : [f.id, f.value, f.cell, f.label]));
  return JSON.stringify({ s: r.subject, t: r.title, st: r.status, o: r.outcomes, f: facts, p: r.params, rs: r.ruleSet, y: r.year });
}

const isValue = (v: unknown): v is FactValue =>
  v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean" || (Array.isArray(v) && v.every((x) => typeof x === "string"));

/** Parses a stored record; null when the text is not one (a person typed into the hidden sheet…). */
export function parseFacts(text: string): FactsRecord | null {
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return null;
  }
  if (!o || typeof o !== "object" || typeof o.s !== "string" || typeof o.t !== "string" || typeof o.st !== "string") return null;
  if (!Array.isArray(o.o) || !Array.isArray(o.f) || typeof o.p !== "object" || o.p === null || typeof o.rs !== "string" || typeof o.y !== "number") return null;
  const facts: Fact[] = [];
  for (const f of o.f as unknown[]) {
    if (!Array.isArray(f) || typeof f[0] !== "string" || !isValue(f[1]) || typeof f[2] !== "string") return null;
    facts.push(f.length > 3 && typeof f[3] === "string" ? { id: f[0], value: f[1], cell: f[2], label: f[3] } : { id: f[0], value: f[1], cell: f[2] });
  }
  const outcomes: Array<readonly [string, RuleOutcome]> = [];
  for (const x of o.o as unknown[]) {
    if (!Array.isArray(x) || typeof x[0] !== "string" || typeof x[1] !== "string") return null;
    outcomes.push([x[0], x[1] as RuleOutcome]);
  }
  const params: Record<string, FactValue> = {};
  for (const [k, v] of Object.entries(o.p as Record<string, unknown>)) {
    if (!isValue(v)) return null;
    params[k] = v;
  }
  return { subject: o.s, title: o.t, status: o.st as Status, outcomes, facts, params, ruleSet: o.rs, year: o.y };
}

/**
 * Reads the hidden sheet. A row is kept only when its record hashes to its stamp, so a damaged or hand-edited
 * row can never make a stale review look current or name wrong facts.
 */
export function readFactsSheet(grid: SheetGrid | null): Map<string, FactsRecord> {
  const out = new Map<string, FactsRecord>();
  if (!grid) return out;
  const header = findHeaderRow(grid, FACTS_COLUMNS);
  const stampCol = header?.columns.stamp ?? 0;
  const factsCol = header?.columns.facts ?? 1;
  for (let i = header ? header.index + 1 : 0; i < grid.values.length; i++) {
    const line = grid.values[i] ?? [];
    const stamp = cellText(line[stampCol]);
    const record = parseFacts(cellText(line[factsCol]));
    if (stamp !== "" && record && dataStamp(record) === stamp && !out.has(stamp)) out.set(stamp, record);
  }
  return out;
}

/** Union of stores (same stamp = same record). */
export function mergeFactsStores(...stores: ReadonlyArray<FactsStore>): Map<string, FactsRecord> {
  const out = new Map<string, FactsRecord>();
  for (const s of stores) for (const [k, v] of s) if (!out.has(k)) out.set(k, v);
  return out;
}

/** The sheet's values: header, then one row per stamp, sorted by stamp. Records too long for a cell are left out. */
export function factsSheetValues(store: FactsStore): CellValue[][] {
  const rows: CellValue[][] = [];
  for (const stamp of [...store.keys()].sort()) {
    const json = serialiseFacts(store.get(stamp)!);
    if (json.length <= MAX_CELL_TEXT) rows.push([stamp, json]);
  }
  return [FACTS_COLUMNS.map((c) => c.header), ...rows];
}
