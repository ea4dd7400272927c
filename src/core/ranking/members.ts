/**
 * Members of a unit and their decisions (domain.md "How titles are counted"): members are the people whose
 * `Mã đơn vị` is the unit; a member counts for a title of Y when this run decided it `eligible` or it is already
 * recorded for Y. `pending` members are kept apart (they may make the unit `pending`); members on hold, without
 * a rating or without a decision count as not having the title. The denominator is every member.
 */
import type { Person } from "../model";
import type { PersonResult } from "../rules/types";
import type { Title } from "../schema/enums";
import { cellOf, codeKey } from "./cells";
import type { FactIndex } from "./facts";

export interface Member {
  readonly person: Person;
  readonly result: PersonResult | undefined;
}

/** Members by unit code (codeKey); the first person of a duplicated code wins. */
export function membersByUnit(people: ReadonlyArray<Person>, results: ReadonlyArray<PersonResult>): Map<string, Member[]> {
  const byCode = new Map<string, PersonResult>();
  for (const r of results) if (!byCode.has(codeKey(r.code))) byCode.set(codeKey(r.code), r);
  const seen = new Set<string>();
  const out = new Map<string, Member[]>();
  for (const p of people) {
    const pk = codeKey(p.code);
    if (pk === "" || seen.has(pk)) continue;
    seen.add(pk);
    const uk = codeKey(p.unit);
    const m: Member = { person: p, result: byCode.get(pk) };
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
  /** Codes of members whose decision is pending (and not recorded), sorted. */
  readonly pending: ReadonlyArray<string>;
  /** Cells the count read: each member's unit cell and Y rating cell, and recorded award cells. */
  readonly cells: ReadonlyArray<string>;
}

export function countTitle(members: ReadonlyArray<Member>, title: Title, year: number, facts: FactIndex): TitleCount {
  const eligible: string[] = [];
  const pending: string[] = [];
  const cells: string[] = [];
  for (const m of members) {
    const code = m.person.code;
    const unitCell = cellOf(m.person.src, "unit");
    if (unitCell) cells.push(unitCell);
    const rating = facts.rating(code, year);
    const ratingCell = rating ? cellOf(rating.src, "rating") : null;
    if (ratingCell) cells.push(ratingCell);
    const recorded = facts.award(code, title, year);
    if (recorded) {
      const c = cellOf(recorded.src, "title");
      if (c) cells.push(c);
      eligible.push(code);
      continue;
    }
    const status = m.result?.decisions.find((d) => d.title === title)?.status;
    if (status === "eligible") eligible.push(code);
    else if (status === "pending") pending.push(code);
  }
  const sort = (a: string, b: string): number => (codeKey(a) < codeKey(b) ? -1 : codeKey(a) > codeKey(b) ? 1 : 0);
  return { title, members: members.length, eligible: eligible.sort(sort), pending: pending.sort(sort), cells };
}

/** R20: whether at least `share` of the members are women (no members: false). */
export function womenFirst(members: ReadonlyArray<Member>, share: number): boolean {
  if (members.length === 0) return false;
  const women = members.filter((m) => m.person.gender === "NU").length;
  return women / members.length >= share - 1e-9;
}
