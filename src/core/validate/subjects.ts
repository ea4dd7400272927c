/**
 * Who a `Mã đối tượng` names (a person or a unit), which titles apply to whom, and each subject's rating
 * per year — shared by the DOMAIN checks.
 */
import type { Source } from "../model";
import { ratingRank, type Rating, type Title } from "../schema/enums";
import { codeKey, type ValidationContext } from "./context";

export type SubjectKind = "person" | "unit";

/** The kind of subject a code names; null when unknown or ambiguous (both a person and a unit). */
export function subjectKind(ctx: ValidationContext, code: string): SubjectKind | null {
  const k = codeKey(code);
  const person = ctx.people.has(k);
  const unit = ctx.units.has(k);
  if (person === unit) return null;
  return person ? "person" : "unit";
}

/** Titles of people only (LDTT, CSTDCS, CSTD_BO, CSTDTQ) and of units only (TTLDTT, TTLDXS, CO_BO, CO_CP). */
export const PERSON_TITLES: ReadonlySet<Title> = new Set<Title>(["LDTT", "CSTDCS", "CSTD_BO", "CSTDTQ"]);
export const UNIT_TITLES: ReadonlySet<Title> = new Set<Title>(["TTLDTT", "TTLDXS", "CO_BO", "CO_CP"]);

/** Emulation titles (danh hiệu thi đua) as opposed to forms of commendation (GIAY_KHEN, BK_BO, BK_TTG). */
export function isEmulationTitle(t: Title): boolean {
  return PERSON_TITLES.has(t) || UNIT_TITLES.has(t);
}

/** The subject kind a title is for, or null when it applies to both. */
export function titleFor(t: Title): SubjectKind | null {
  if (PERSON_TITLES.has(t)) return "person";
  if (UNIT_TITLES.has(t)) return "unit";
  return null;
}

export interface RatingFact {
  readonly rating: Rating;
  readonly src: Source;
}

/**
 * Rating of each subject per year. When a subject has two rows for a year (DUPLICATE_KEY), the better rating is
 * kept: the DOMAIN checks then warn only about what every reading of the data contradicts.
 */
export function ratingsBySubjectYear(ctx: ValidationContext): RatingsBySubjectYear {
  // By year, then by subject key (no "key|year" string per row); a row with a rating is its own fact.
  const out: RatingsBySubjectYear = new Map();
  const rows = ctx.data.ratings;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r.year === null || r.subject === "" || r.rating === null) continue;
    let ofYear = out.get(r.year);
    if (!ofYear) out.set(r.year, (ofYear = new Map()));
    const k = codeKey(r.subject);
    const prev = ofYear.get(k);
    if (!prev || ratingRank(r.rating) > ratingRank(prev.rating)) ofYear.set(k, r as RatingFact);
  }
  return out;
}

/** year → subject code key → rating. */
export type RatingsBySubjectYear = Map<number, Map<string, RatingFact>>;

/** The rating of a subject (by code key) for a year, if any. */
export function ratingFor(ratings: RatingsBySubjectYear, subjectKey: string, year: number): RatingFact | undefined {
  return ratings.get(year)?.get(subjectKey);
}
