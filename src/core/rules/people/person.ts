/** What every people's rule reads about one person: the facts, the context, holds (R9) and resets (R8). */
import type { Award, Discipline, Person, RatingRow } from "../../model";
import type { Title } from "../../schema/enums";
import type { Decision } from "../types";
import { yearOf } from "../../text/parse-values";
import type { CellKeys } from "../cell-keys";
import type { RuleContext } from "../context";
import { codeKey, holdsOf, ratingFrom, rememberRating, resetOf, type Check, type Facts, type RatingFact, type ResetFact, type TitleYear } from "../facts";

export interface PersonCtx {
  readonly facts: Facts;
  readonly ctx: RuleContext;
  readonly person: Person;
  /** The person's code key (codeKey). */
  readonly key: string;
  /** The run's cell keys (facts.cells). */
  readonly k: CellKeys;
  readonly hold: { readonly open: ReadonlyArray<Discipline>; readonly closed: ReadonlyArray<Discipline> };
  readonly reset: ResetFact;
  /** The person's rating rows by year (facts.ratings of the key). */
  readonly ratingRows: ReadonlyMap<number, ReadonlyArray<RatingRow>> | undefined;
  /** The person's ratings looked up so far, by Y − year (the person's own: garbage once the person is decided). */
  readonly ratings: Array<RatingFact | undefined>;
  /** The person's awards (facts.awards of the key). */
  readonly awards: ReadonlyArray<Award> | undefined;
  /** The R9 check, the same in every decision (worked out once). */
  holdCheck: Check | null;
  /** How each title counts per year (titleYears), for the decision of Y it was worked out with; by Y − year. */
  readonly titleYears: Array<{ readonly title: Title; readonly own: Decision | undefined; readonly years: Array<TitleYear | undefined> }>;
}

export function personCtx(facts: Facts, ctx: RuleContext, person: Person): PersonCtx {
  const key = codeKey(person.code);
  return {
    facts,
    ctx,
    person,
    key,
    k: facts.cells,
    hold: holdsOf(facts, ctx, person.code),
    reset: resetOf(facts, ctx, person.code),
    ratingRows: facts.ratings.get(key),
    ratings: [],
    awards: facts.awards.get(key),
    holdCheck: null,
    titleYears: [],
  };
}

export function onHold(p: PersonCtx): boolean {
  return p.hold.open.length > 0;
}

export function rating(p: PersonCtx, year: number): RatingFact {
  const back = p.ctx.year - year;
  if (back < 0 || back > 30) return ratingFrom(p.facts, p.ratingRows, year);
  let fact = p.ratings[back];
  if (fact === undefined) {
    fact = p.ratings[back] = ratingFrom(p.facts, p.ratingRows, year);
    // The units count their members' ratings of Y again: kept for them.
    if (back === 0) rememberRating(p.facts, p.key, fact);
  }
  return fact;
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
