/**
 * Lookups the unit rules read: ratings, recorded titles, discipline and holds (R8, R9), council votes (C2).
 * Built once per run; every lookup is by code (ignoring case) and year. The first row of a duplicated key
 * wins (the validator reports the duplicates as DUPLICATE_KEY).
 */
import type { Award, Discipline, RatingRow, TrackingData, Vote } from "../model";
import type { RuleContext } from "../rules/context";
import { DISCIPLINE_FORMS, type DisciplineForm, type Title } from "../schema/enums";
import type { IsoDate } from "../text/parse-values";
import { codeKey } from "./cells";

export interface FactIndex {
  /** The rating row of a subject for a year. */
  rating(subject: string, year: number): RatingRow | null;
  /** A title or award recorded for the subject and year that counts (R11 Công trạng, R12 Hiệu lực). */
  award(subject: string, title: Title, year: number): Award | null;
  /** R9: an open review (Đang xem xét) whose Đến ngày is empty or after the evaluation date. */
  hold(subject: string): Discipline | null;
  /** Discipline rows (not reviews) of a subject. */
  discipline(subject: string): ReadonlyArray<Discipline>;
  /** The vote row that decides (Bộ, tỉnh when present, otherwise Cơ sở). */
  vote(subject: string, title: Title, year: number): Vote | null;
}

function firstBy<T>(rows: ReadonlyArray<T>, key: (r: T) => string | null): Map<string, T> {
  const out = new Map<string, T>();
  for (const r of rows) {
    const k = key(r);
    if (k !== null && !out.has(k)) out.set(k, r);
  }
  return out;
}

export function indexFacts(data: TrackingData, ctx: RuleContext): FactIndex {
  const ratings = firstBy(data.ratings, (r) => (r.year === null ? null : `${r.year}|${codeKey(r.subject)}`));
  const awards = firstBy(
    data.awards.filter((a) => a.status === "HIEU_LUC" && a.kind === "CONG_TRANG"),
    (a) => (a.year === null || a.title === null ? null : `${a.year}|${codeKey(a.subject)}|${a.title}`),
  );
  const votes = firstBy(data.votes, (v) => (v.year === null || v.title === null ? null : `${v.year}|${codeKey(v.subject)}|${v.title}|${v.level}`));
  const holds = new Map<string, Discipline>();
  const discipline = new Map<string, Discipline[]>();
  for (const d of data.discipline) {
    const k = codeKey(d.subject);
    if (d.form === "DANG_XEM_XET") {
      // The earliest open review is the one named (independent of row order).
      const had = holds.get(k);
      if (isOpen(d, ctx.evaluationDate) && (!had || (d.from ?? "") < (had.from ?? ""))) holds.set(k, d);
      continue;
    }
    if (d.form === null) continue;
    const list = discipline.get(k);
    if (list) list.push(d);
    else discipline.set(k, [d]);
  }
  return {
    rating: (s, y) => ratings.get(`${y}|${codeKey(s)}`) ?? null,
    award: (s, t, y) => awards.get(`${y}|${codeKey(s)}|${t}`) ?? null,
    hold: (s) => holds.get(codeKey(s)) ?? null,
    discipline: (s) => discipline.get(codeKey(s)) ?? [],
    vote: (s, t, y) => votes.get(`${y}|${codeKey(s)}|${t}|BO_TINH`) ?? votes.get(`${y}|${codeKey(s)}|${t}|CO_SO`) ?? null,
  };
}

/** R9: a review is open when its Đến ngày is empty or after the evaluation date (Settled details). */
export function isOpen(d: Discipline, evaluationDate: IsoDate): boolean {
  return d.to === null || d.to > evaluationDate;
}

/** Whether a discipline period overlaps year Y (an empty Đến ngày means it has not ended). */
export function overlapsYear(d: Discipline, year: number): boolean {
  if (d.from === null) return false;
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  return d.from <= end && (d.to === null || d.to >= start);
}

/** Whether a form is at least as severe as another (Khiển trách < Cảnh cáo < … < Buộc thôi việc). */
export function atLeastAsSevere(form: DisciplineForm, min: DisciplineForm): boolean {
  return DISCIPLINE_FORMS.indexOf(form) >= DISCIPLINE_FORMS.indexOf(min);
}

/**
 * R8: the last year that does not count towards a streak: the year in which the latest discipline period
 * ends (every form, khiển trách included); a period without an end resets everything up to Y. Null: no reset.
 */
export function resetYear(rows: ReadonlyArray<Discipline>, year: number): number | null {
  let out: number | null = null;
  for (const d of rows) {
    if (d.from === null || Number(d.from.slice(0, 4)) > year) continue;
    const end = d.to === null ? year : Math.min(year, Number(d.to.slice(0, 4)));
    if (out === null || end > out) out = end;
  }
  return out;
}
