/**
 * Members of a unit and their decisions (domain.md "How titles are counted"): members are the people whose
 * `Mã đơn vị` is the unit; a member counts for a title of Y when this run decided it `eligible` or it is already
 * recorded for Y (rules/facts.ts titleInYear). `pending` members are kept apart (they may make the unit
 * `pending`); members on hold, without a rating or without a decision count as not having the title.
 * The denominator is every member.
 */
import type { Award, Person } from "../model";
import type { RuleContext } from "../rules/context";
import type { CellKey } from "../rules/cell-keys";
import { codeKey, compareText, ratingOfKey, titleInYearOf, type Facts } from "../rules/facts";
import type { Decision, PersonResult } from "../rules/types";
import type { Title } from "../schema/enums";

export interface Member {
  readonly person: Person;
  readonly result: PersonResult | undefined;
  /** The person's code key and awards (facts.awards of it). */
  readonly key: string;
  readonly awards: ReadonlyArray<Award> | undefined;
  /** The key of the person's `Mã đơn vị` cell (null: no such column). */
  readonly unitCell: CellKey | null;
}

/** Members by unit code (codeKey), each unit's members sorted by code; the first person of a duplicated code wins. */
export function membersByUnit(facts: Facts, results: ReadonlyArray<PersonResult>): Map<string, Member[]> {
  const byCode = new Map<string, PersonResult>();
  for (let iR = 0; iR < results.length; iR++) {
    const r = results[iR];
    if (!byCode.has(codeKey(r.code))) byCode.set(codeKey(r.code), r);
  }
  const out = new Map<string, Member[]>();
  // facts.people holds one person per code, chosen independently of row order; by code key (code-unit order:
  // the default sort of strings, as compareText).
  const keys = [...facts.people.keys()].sort();
  for (let i = 0; i < keys.length; i++) {
    const pk = keys[i];
    const p = facts.people.get(pk) as Person;
    if (pk === "") continue;
    const uk = codeKey(p.unit);
    const m: Member = { person: p, result: byCode.get(pk), key: pk, awards: facts.awards.get(pk), unitCell: facts.cells.of(p.src, "unit") };
    const list = out.get(uk);
    if (list) list.push(m);
    else out.set(uk, [m]);
  }
  return out;
}

export interface TitleCount {
  readonly title: Title;
  readonly members: number;
  /** Codes of members who count (eligible now or recorded for Y), sorted. */
  readonly eligible: ReadonlyArray<string>;
  /** Codes of members whose decision is pending (and nothing recorded), sorted. */
  readonly pending: ReadonlyArray<string>;
  /** Cells the count read: each member's unit cell and the cells behind each member's title (sorted). */
  readonly cells: ReadonlyArray<CellKey>;
}

export function countTitle(members: ReadonlyArray<Member>, title: Title, facts: Facts, ctx: RuleContext): TitleCount {
  const eligible: string[] = [];
  const pending: string[] = [];
  const k = facts.cells;
  const unitCells: CellKey[] = [];
  const stateCells: Array<ReadonlyArray<CellKey>> = [];
  for (let i = 0; i < members.length; i++) {
    const m = members[i];
    const own = decisionOf(m.result, title);
    const state = titleInYearOf(facts, ctx, m.awards, title, ctx.year, own, null);
    if (m.unitCell !== null) unitCells.push(m.unitCell);
    stateCells.push(state.cells);
    if (state.state === "counted") eligible.push(m.person.code);
    // domain.md Settled details "Unit shares": a member without a rating for Y counts as not having the title
    // (their own decision is pending for want of that rating, but it does not make the unit pending).
    else if (state.state === "pending" && ratingOfKey(facts, m.key, ctx.year).rating !== null) pending.push(m.person.code);
  }
  // Each member's cells are sorted already: merged, not sorted again (same list as sorting them all).
  return { title, members: members.length, eligible, pending, cells: k.merge([k.sort(unitCells), ...stateCells]) };
}

/** A person's decision for a title, if any. */
function decisionOf(result: PersonResult | undefined, title: Title): Decision | undefined {
  if (!result) return undefined;
  const decisions = result.decisions;
  for (let i = 0; i < decisions.length; i++) if (decisions[i].title === title) return decisions[i];
  return undefined;
}

/** R20: whether at least `share` of the members are women (no members: false). */
export function womenFirst(members: ReadonlyArray<Member>, share: number): boolean {
  if (members.length === 0) return false;
  const women = members.filter((m) => m.person.gender === "NU").length;
  return women / members.length >= share - 1e-9;
}

/** A short list of codes for messages, sorted, at most `limit`, then "…". */
export function codeList(codes: ReadonlyArray<string>, limit = 8): string {
  const sorted = [...codes].sort((a, b) => compareText(codeKey(a), codeKey(b)) || compareText(a, b));
  return sorted.length <= limit ? sorted.join(", ") : `${sorted.slice(0, limit).join(", ")}, …`;
}
