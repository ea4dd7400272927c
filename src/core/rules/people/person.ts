/** What every people's rule reads about one person: the facts, the context, holds (R9) and resets (R8). */
import type { Person } from "../../model";
import { yearOf } from "../../text/parse-values";
import type { RuleContext } from "../context";
import { holdsOf, ratingOf, resetOf, type Facts, type RatingFact, type ResetFact } from "../facts";
import type { Discipline } from "../../model";

export interface PersonCtx {
  readonly facts: Facts;
  readonly ctx: RuleContext;
  readonly person: Person;
  readonly hold: { readonly open: ReadonlyArray<Discipline>; readonly closed: ReadonlyArray<Discipline> };
  readonly reset: ResetFact;
}

export function personCtx(facts: Facts, ctx: RuleContext, person: Person): PersonCtx {
  return { facts, ctx, person, hold: holdsOf(facts, ctx, person.code), reset: resetOf(facts, ctx, person.code) };
}

export function onHold(p: PersonCtx): boolean {
  return p.hold.open.length > 0;
}

export function rating(p: PersonCtx, year: number): RatingFact {
  return ratingOf(p.facts, p.person.code, year);
}

/** Year of recruitment (`Ngày tuyển dụng`), when known: a missing rating before it is a fail, not missing data. */
export function recruitedYear(p: PersonCtx): number | null {
  return p.person.recruitedDate ? yearOf(p.person.recruitedDate) : null;
}

/** Years [to − n + 1, to]. */
export function window(to: number, n: number): number[] {
  const out: number[] = [];
  for (let y = to - n + 1; y <= to; y++) out.push(y);
  return out;
}
