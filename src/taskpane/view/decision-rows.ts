/**
 * The Xếp hạng table: one row per subject × title from the rank result (units first, then people), with the
 * filters the clerk uses — unit, title, status — and a free-text search on code and name.
 */
import type { Decision, RankResult, Status } from "../../core/rules/types";
import { matchKey } from "../../core/text/fold";

export interface DecisionRow {
  /** "SUBJECT|TITLE" */
  readonly key: string;
  readonly kind: "unit" | "person";
  readonly code: string;
  readonly name: string;
  /** Code of the unit the row belongs to (the unit itself for a unit). */
  readonly unit: string;
  readonly unitName: string;
  readonly decision: Decision;
}

export interface DecisionFilter {
  readonly unit?: string;
  readonly title?: string;
  readonly status?: Status;
  readonly text?: string;
}

export function decisionRows(result: RankResult): DecisionRow[] {
  const unitNames = new Map(result.units.map((u) => [u.code.trim().toUpperCase(), u.name]));
  const rows: DecisionRow[] = [];
  for (const u of result.units) {
    for (const d of u.decisions) rows.push({ key: `${u.code}|${d.title}`, kind: "unit", code: u.code, name: u.name, unit: u.code, unitName: u.name, decision: d });
  }
  for (const p of result.people) {
    const unitName = unitNames.get(p.unit.trim().toUpperCase()) ?? p.unit;
    for (const d of p.decisions) rows.push({ key: `${p.code}|${d.title}`, kind: "person", code: p.code, name: p.name, unit: p.unit, unitName, decision: d });
  }
  return rows;
}

export function filterDecisions(rows: ReadonlyArray<DecisionRow>, f: DecisionFilter): DecisionRow[] {
  const words = f.text ? f.text.split(/\s+/).map(matchKey).filter((w) => w !== "") : [];
  const unit = f.unit ? f.unit.trim().toUpperCase() : null;
  return rows.filter((r) => {
    if (unit && r.unit.trim().toUpperCase() !== unit) return false;
    if (f.title && r.decision.title !== f.title) return false;
    if (f.status && r.decision.status !== f.status) return false;
    if (words.length > 0) {
      const hay = matchKey(`${r.code} ${r.name}`);
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  });
}

/** The choices of the filters: units (code, name) and titles in the order they appear. */
export function filterChoices(result: RankResult): { units: Array<{ code: string; name: string }>; titles: string[] } {
  const titles: string[] = [];
  for (const r of decisionRows(result)) if (!titles.includes(r.decision.title)) titles.push(r.decision.title);
  return { units: result.units.map((u) => ({ code: u.code, name: u.name })), titles };
}

/** How many decisions have each status. */
export function statusCounts(rows: ReadonlyArray<DecisionRow>): Record<Status, number> {
  const out: Record<Status, number> = { eligible: 0, "not-eligible": 0, pending: 0, hold: 0 };
  for (const r of rows) out[r.decision.status]++;
  return out;
}
