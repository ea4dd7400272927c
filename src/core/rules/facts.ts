/**
 * Facts the rules read, shared by the people's rules (rules/people) and the unit side (ranking/):
 * cell references, indexes by subject, how a title is "counted" for a year (R11, R12, Y's own decisions),
 * council votes and vote shares (C2), discipline overlap and streak resets (R8), holds (R9), the R20
 * tie-break and the composition of a decision's status from its rule results.
 *
 * Codes are compared ignoring case and surrounding spaces (workbook.md); duplicates (a DUPLICATE_KEY the
 * validator reports) are resolved deterministically and conservatively so that row order never matters.
 */
import type { Msg } from "../issues";
import type { Award, Discipline, Initiative, Person, RatingRow, Source, TrackingData, Vote } from "../model";
import { DISCIPLINE_FORMS, ratingRank, scopeRank, type DisciplineForm, type Rating, type Scope, type Title } from "../schema/enums";
import { codeKey } from "../text/code-key";
import { isoDate, yearOf, type IsoDate } from "../text/parse-values";
import { sortSmallNumbers } from "../sort-small";
import { CellKeys, NO_KEYS, type CellKey } from "./cell-keys";
import { compareCells } from "./cell-order";
import { num, numOrNull, type RuleContext } from "./context";
import type { ParamId } from "./parameters";
import type { Decision, RuleOutcome, RuleResult, Status } from "./types";

// ---------------------------------------------------------------- codes and cells

/** Comparison key of a code: trimmed, case-insensitive (leading zeros kept). */
export { codeKey };

export { compareCells };
export type { CellKey };

/** Above this many references, a Set and one sort beat inserting in order. */
const INSERTION_LIMIT = 48;

/**
 * Unique references, sorted (RuleResult.cells). Most lists are a handful of cells: they are built by binary
 * insertion (no Set, no sort buffers); long lists are deduplicated with a Set and sorted. Same result either way:
 * `compareCells` is 0 only for equal strings.
 */
export function sortCells(cells: Iterable<string | null | undefined>): string[] {
  const list: ReadonlyArray<string | null | undefined> = Array.isArray(cells) ? cells : [...cells];
  if (list.length > INSERTION_LIMIT) {
    // Long lists are often a sorted list passed on (a count's cells): checked in one pass, copied.
    if (sortedUnique(list)) return list.slice() as string[];
    const set = new Set<string>();
    for (const c of list) if (c) set.add(c);
    return [...set].sort(compareCells);
  }
  const out: string[] = [];
  for (let k = 0; k < list.length; k++) {
    const c = list[k];
    if (!c) continue;
    let lo = 0;
    let hi = out.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const d = compareCells(out[mid], c);
      if (d < 0) lo = mid + 1;
      else if (d > 0) hi = mid;
      else {
        lo = -1;
        break;
      }
    }
    if (lo < 0) continue;
    out.push(c);
    for (let i = out.length - 1; i > lo; i--) out[i] = out[i - 1];
    out[lo] = c;
  }
  return out;
}

/** Plain code-point order of strings (deterministic, locale-free). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Decisions are sorted by title code (code-point order), as cli.md asks. */
export function compareTitles(a: Title, b: Title): number {
  return compareText(a, b);
}

/** Keys of a record's fields' cells, skipping absent columns. */
export function cellsOf(facts: Facts, src: Source, fields: ReadonlyArray<string>): CellKey[] {
  return facts.cells.push([], src, fields);
}

// ---------------------------------------------------------------- titles

/** Danh hiệu (titles) vs hình thức (forms of commendation), for R13. */
export const TITLE_KIND: Readonly<Record<Title, "title" | "form">> = {
  LDTT: "title",
  CSTDCS: "title",
  CSTD_BO: "title",
  CSTDTQ: "title",
  TTLDTT: "title",
  TTLDXS: "title",
  CO_BO: "title",
  CO_CP: "title",
  GIAY_KHEN: "form",
  BK_BO: "form",
  BK_TTG: "form",
};

/** Titles decided above the agency (proposed upwards): a `Cơ sở` vote for them is a proposing vote. */
export const UPPER_TITLES: ReadonlySet<Title> = new Set<Title>(["CSTD_BO", "CSTDTQ", "TTLDXS", "CO_BO", "CO_CP", "BK_BO", "BK_TTG"]);

/** The vote-threshold parameter of each title that is voted on (C2). */
export const VOTE_PARAM: Readonly<Partial<Record<Title, ParamId>>> = {
  CSTDCS: "cstdcsVote",
  CSTD_BO: "cstdBoVote",
  CSTDTQ: "cstdtqVote",
  CO_BO: "coBoVote",
  CO_CP: "coCpVote",
};

// ---------------------------------------------------------------- indexes

export interface Facts {
  readonly data: TrackingData;
  /** The run's cell references as numbers (cell-keys.ts). */
  readonly cells: CellKeys;
  /** Answers already worked out for this run (internal to this module). */
  readonly memo: unknown;
  /** subject key → year → rating rows (duplicates kept, worst first). */
  readonly ratings: ReadonlyMap<string, ReadonlyMap<number, ReadonlyArray<RatingRow>>>;
  /** subject key → awards. */
  readonly awards: ReadonlyMap<string, ReadonlyArray<Award>>;
  /** author key → initiatives (with a year and a scope). */
  readonly initiativesByAuthor: ReadonlyMap<string, ReadonlyArray<Initiative>>;
  /** initiative code key → uses recorded in `Khen thưởng` (`Sáng kiến sử dụng`) by awards in force. */
  readonly initiativeUses: ReadonlyMap<string, ReadonlyArray<Award>>;
  /** subject key → discipline rows. */
  readonly discipline: ReadonlyMap<string, ReadonlyArray<Discipline>>;
  /** "year|subject|title|level" → vote rows. */
  readonly votes: ReadonlyMap<string, ReadonlyArray<Vote>>;
  /** person code key → person. */
  readonly people: ReadonlyMap<string, Person>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const voteKey = (year: number, subject: string, title: Title, level: string): string => `${year}|${codeKey(subject)}|${title}|${level}`;

/** Every sheet name a reference of this data can name: the sheets found, the settings sheet, the records' own. */
function sheetNames(data: TrackingData): Map<string, number> {
  // Each name with the last row its records come from (0 when unknown).
  const names = new Map<string, number>([["Cấu hình", 0]]);
  if (data.settings.sheet) names.set(data.settings.sheet, 0);
  for (const info of Object.values(data.sheets)) if (info && !names.has(info.name)) names.set(info.name, 0);
  const lists: ReadonlyArray<ReadonlyArray<{ readonly src: Source }>> = [
    data.units, data.people, data.ratings, data.initiatives, data.discipline, data.awards, data.results, data.criteria, data.scores, data.votes, data.achievements,
  ];
  for (const list of lists) {
    let last: string | null = null;
    let lastRow = 0;
    for (let iR = 0; iR < list.length; iR++) {
      const r = list[iR];
      const sheet = r.src?.sheet;
      if (sheet === undefined) continue;
      if (sheet !== last) {
        if (last !== null) names.set(last, Math.max(names.get(last) ?? 0, lastRow));
        last = sheet;
        lastRow = 0;
      }
      const row = r.src.row;
      if (row > lastRow) lastRow = row;
    }
    if (last !== null) names.set(last, Math.max(names.get(last) ?? 0, lastRow));
  }
  return names;
}

export function buildFacts(data: TrackingData): Facts {
  const ratings = new Map<string, Map<number, RatingRow[]>>();
  for (let iR = 0; iR < data.ratings.length; iR++) {
    const r = data.ratings[iR];
    if (r.year === null || r.subject === "") continue;
    const k = codeKey(r.subject);
    let byYear = ratings.get(k);
    if (!byYear) ratings.set(k, (byYear = new Map()));
    push(byYear, r.year, r);
  }
  // Duplicates (a subject rated twice for a year) worst first; one row needs no sort.
  for (const byYear of ratings.values())
    for (const rows of byYear.values())
      if (rows.length > 1) rows.sort((a, b) => (a.rating === null ? -1 : b.rating === null ? 1 : ratingRank(a.rating) - ratingRank(b.rating)));

  const awards = new Map<string, Award[]>();
  const initiativeUses = new Map<string, Award[]>();
  for (let iA = 0; iA < data.awards.length; iA++) {
    const a = data.awards[iA];
    if (a.subject !== "") push(awards, codeKey(a.subject), a);
    if (a.status === "HIEU_LUC" && a.title !== null) for (const code of a.initiativesUsed) push(initiativeUses, codeKey(code), a);
  }

  const initiativesByAuthor = new Map<string, Initiative[]>();
  for (let iI = 0; iI < data.initiatives.length; iI++) {
    const i = data.initiatives[iI];
    if (i.year === null || i.scope === null) continue;
    if (i.authors.length === 1) push(initiativesByAuthor, codeKey(i.authors[0]), i);
    else for (const author of new Set(i.authors.map(codeKey))) push(initiativesByAuthor, author, i);
  }
  for (const list of initiativesByAuthor.values())
    if (list.length > 1) list.sort((a, b) => compareText(codeKey(a.code), codeKey(b.code)) || (a.year ?? 0) - (b.year ?? 0));

  const discipline = new Map<string, Discipline[]>();
  for (let iD = 0; iD < data.discipline.length; iD++) {
    const d = data.discipline[iD];
    if (d.subject !== "") push(discipline, codeKey(d.subject), d);
  }

  const votes = new Map<string, Vote[]>();
  for (let iV = 0; iV < data.votes.length; iV++) {
    const v = data.votes[iV];
    if (v.year === null || v.title === null || v.subject === "") continue;
    push(votes, voteKey(v.year, v.subject, v.title, v.level), v);
  }

  const people = new Map<string, Person>();
  for (const p of [...data.people].sort((a, b) => compareText(a.code, b.code) || compareText(a.name, b.name)))
    if (!people.has(codeKey(p.code))) people.set(codeKey(p.code), p);

  return { data, cells: new CellKeys(sheetNames(data).keys()), memo: newMemo(), ratings, awards, initiativesByAuthor, initiativeUses, discipline, votes, people };
}

/**
 * Answers already computed for one Facts (the rules ask the same questions many times: a person's rating of a
 * year; the votes of a subject). Facts are immutable, so the answers never change.
 */
interface Memo {
  /** year → subject key → rating (ratingOf). */
  readonly ratings: Map<number, Map<string, RatingFact>>;
  votesBySubject: Map<string, Vote[]> | null;
  /** Vote facts by row, for `voteCtx` (a vote fact reads the council size of the context). */
  readonly voteFacts: Map<Vote, VoteFact>;
  voteCtx: RuleContext | null;
  /** The cells of the decisions other decisions read (decide(…, facts) and decisionCells). */
  readonly decisionCells: Map<Decision, ReadonlyArray<CellKey>>;
  /** Checks shared by every subject, by name (fixedChecks). */
  readonly fixed: Map<string, unknown>;
  fixedCtx: RuleContext | null;
  /** Decisions made of shared checks only, by title, hold and checks (decide). */
  readonly decisions: Map<string, Decision>;
}

function newMemo(): Memo {
  return { ratings: new Map(), votesBySubject: null, voteFacts: new Map(), voteCtx: null, decisionCells: new Map(), fixed: new Map(), fixedCtx: null, decisions: new Map() };
}

function memoOf(facts: Facts): Memo {
  return facts.memo as Memo;
}



/** The subject's vote rows (any year, title, level); the rows of one key keep their order in `facts.votes`. */
function votesOf(facts: Facts, subjectKey: string): ReadonlyArray<Vote> {
  const m = memoOf(facts);
  if (!m.votesBySubject) {
    const index = new Map<string, Vote[]>();
    for (const rows of facts.votes.values()) for (const v of rows) push(index, codeKey(v.subject), v);
    m.votesBySubject = index;
  }
  return m.votesBySubject.get(subjectKey) ?? [];
}

// ---------------------------------------------------------------- ratings

export interface RatingFact {
  readonly year: number;
  /** null when there is no row, or the row's rating is unreadable. */
  readonly rating: Rating | null;
  readonly row: RatingRow | null;
  readonly cells: ReadonlyArray<CellKey>;
}

/** The rating of a subject for a year (with duplicates, the worst one: conservative and order-independent). */
export function ratingOf(facts: Facts, subject: string, year: number): RatingFact {
  return ratingOfKey(facts, codeKey(subject), year);
}

/** Records a subject's rating worked out elsewhere (the same fact ratingOf would make) for ratingOf. */
export function rememberRating(facts: Facts, key: string, fact: RatingFact): void {
  const memo = memoOf(facts).ratings;
  let ofYear = memo.get(fact.year);
  if (!ofYear) memo.set(fact.year, (ofYear = new Map()));
  if (!ofYear.has(key)) ofYear.set(key, fact);
}

/** ratingOf with the subject's code key at hand. */
export function ratingOfKey(facts: Facts, key: string, year: number): RatingFact {
  // Memoised by year, then by subject key (one map per year, not one per subject).
  const memo = memoOf(facts).ratings;
  let ofYear = memo.get(year);
  if (!ofYear) memo.set(year, (ofYear = new Map()));
  let fact = ofYear.get(key);
  if (!fact) ofYear.set(key, (fact = ratingFact(facts, key, year)));
  return fact;
}

function ratingFact(facts: Facts, subjectKey: string, year: number): RatingFact {
  return ratingFrom(facts, facts.ratings.get(subjectKey), year);
}

/** The rating of a year from the subject's rating rows by year (facts.ratings of its key), not memoised. */
export function ratingFrom(facts: Facts, byYear: ReadonlyMap<number, ReadonlyArray<RatingRow>> | undefined, year: number): RatingFact {
  const rows = byYear?.get(year);
  if (!rows) return noRating(year);
  let row: RatingRow | null = null;
  if (rows) {
    for (const r of rows) {
      if (r.rating !== null) {
        row = r;
        break;
      }
    }
    row ??= rows[0] ?? null;
  }
  const key = row ? facts.cells.of(row.src, "rating") : null;
  return { year, rating: row?.rating ?? null, row, cells: key === null ? NO_KEYS : [key] };
}

/** "No rating row for the year": the same for every subject (shared, frozen). */
const NO_RATING = new Map<number, RatingFact>();

function noRating(year: number): RatingFact {
  let fact = NO_RATING.get(year);
  if (!fact) {
    fact = Object.freeze({ year, rating: null, row: null, cells: NO_KEYS });
    if (NO_RATING.size < 1000) NO_RATING.set(year, fact);
  }
  return fact;
}

/** rating ≥ floor (HTXSNV > HTTNV > HTNV > KHTNV). */
export function ratingAtLeast(rating: Rating, floor: Rating): boolean {
  return ratingRank(rating) >= ratingRank(floor);
}

// ---------------------------------------------------------------- awards: how titles are counted

export type ExcludedBy = "R11" | "R12";

/** Why a recorded award does not count: R12 (revoked) first, then R11 (not công trạng); null when it counts. */
export function exclusionOf(a: Award): ExcludedBy | null {
  if (a.status === "BI_HUY") return "R12";
  if (a.kind !== "CONG_TRANG") return "R11";
  return null;
}

export interface RecordedTitle {
  /** The counting record (Hiệu lực, Công trạng), if any. */
  readonly counted: Award | null;
  /** Records of that title and year that do not count, with the rule that excludes them. */
  readonly excluded: ReadonlyArray<{ readonly award: Award; readonly by: ExcludedBy }>;
}

/** The `Khen thưởng` records of a subject for a title and year, split into the counting one and the others. */
export function recordedTitle(facts: Facts, subject: string, title: Title, year: number): RecordedTitle {
  return recordedFor(facts, facts.awards.get(codeKey(subject)), title, year);
}

/** recordedTitle with the subject's awards at hand. */
function recordedFor(facts: Facts, awards: ReadonlyArray<Award> | undefined, title: Title, year: number): RecordedTitle {
  if (!awards) return NOTHING_RECORDED;
  let list: Award[] | null = null;
  for (const a of awards) if (a.title === title && a.year === year) (list ??= []).push(a);
  if (!list) return NOTHING_RECORDED;
  if (list.length === 1) {
    const by = exclusionOf(list[0]);
    return by === null ? { counted: list[0], excluded: [] } : { counted: null, excluded: [{ award: list[0], by }] };
  }
  const byTitleCell = (a: Award, b: Award): number => compareTitleCells(facts.cells, a, b);
  const counting = list.filter((a) => exclusionOf(a) === null).sort(byTitleCell);
  const excluded = list
    .map((award) => ({ award, by: exclusionOf(award) }))
    .filter((x): x is { award: Award; by: ExcludedBy } => x.by !== null)
    .sort((a, b) => compareText(a.by, b.by) || compareText(a.award.kind, b.award.kind) || byTitleCell(a.award, b.award));
  return { counted: counting[0] ?? null, excluded };
}

const NOTHING_RECORDED: RecordedTitle = { counted: null, excluded: [] };

/** Awards by their title cell (an absent column first), as compareCells orders the references. */
function compareTitleCells(k: CellKeys, a: Award, b: Award): number {
  const ka = k.of(a.src, "title");
  const kb = k.of(b.src, "title");
  if (ka === null || kb === null) return ka === kb ? 0 : ka === null ? -1 : 1;
  return k.compare(ka, kb);
}

/** Years (before `beforeYear`) in which a subject holds a title recorded in force and công trạng. */
export function recordedYears(facts: Facts, subject: string, title: Title, beforeYear: number): Array<{ year: number; award: Award }> {
  const out = new Map<number, Award>();
  for (const a of facts.awards.get(codeKey(subject)) ?? []) {
    if (a.title !== title || a.year === null || a.year >= beforeYear || exclusionOf(a) !== null) continue;
    if (!out.has(a.year)) out.set(a.year, a);
  }
  return [...out.entries()].sort((x, y) => x[0] - y[0]).map(([year, award]) => ({ year, award }));
}

export type CountState = "counted" | "pending" | "absent" | "reset";

export interface TitleYear {
  readonly year: number;
  /**
   * counted: recorded (past) or recorded / `eligible` (year Y); pending: Y's own decision is `pending`;
   * absent: neither; reset: the year is on or before an R8 reset year (does not count whatever the data).
   */
  readonly state: CountState;
  readonly via: "recorded" | "decided" | null;
  readonly cells: ReadonlyArray<CellKey>;
  readonly excluded: RecordedTitle["excluded"];
}

/**
 * How a title is "counted" for year N (domain.md "How titles are counted"): before Y, recorded in `Khen thưởng`
 * Hiệu lực + Công trạng (R11, R12); for Y itself, recorded for Y or this run's decision is `eligible` (a `pending`
 * decision makes the year `pending`). Years ≤ `resetYear` (R8) never count.
 */
export function titleInYear(
  facts: Facts,
  ctx: RuleContext,
  subject: string,
  title: Title,
  year: number,
  own: Decision | undefined,
  resetYear: number | null,
): TitleYear {
  return titleInYearOf(facts, ctx, facts.awards.get(codeKey(subject)), title, year, own, resetYear);
}

/** titleInYear with the subject's awards (`facts.awards` of its key) at hand. */
export function titleInYearOf(
  facts: Facts,
  ctx: RuleContext,
  awards: ReadonlyArray<Award> | undefined,
  title: Title,
  year: number,
  own: Decision | undefined,
  resetYear: number | null,
): TitleYear {
  const k = facts.cells;
  const rec = recordedFor(facts, awards, title, year);
  if (rec === NOTHING_RECORDED) {
    // Nothing recorded (most people, most years): reset or absent — the same for everyone — unless Y's own
    // decision counts.
    if (resetYear !== null && year <= resetYear) return plainYear(year, "reset");
    if (!(year === ctx.year && own && (own.status === "eligible" || own.status === "pending"))) return plainYear(year, "absent");
  }
  let excludedCells: ReadonlyArray<CellKey> = NO_KEYS;
  if (rec.excluded.length > 0) {
    const out: CellKey[] = [];
    for (const x of rec.excluded) k.push(out, x.award.src, EXCLUDED_FIELDS);
    excludedCells = out;
  }
  if (resetYear !== null && year <= resetYear) {
    const cells = rec.counted ? k.push([], rec.counted.src, TITLE_FIELD) : [];
    for (const c of excludedCells) cells.push(c);
    return { year, state: "reset", via: null, cells: k.sort(cells), excluded: rec.excluded };
  }
  if (rec.counted && year <= ctx.year) return { year, state: "counted", via: "recorded", cells: k.push([], rec.counted.src, TITLE_FIELD), excluded: rec.excluded };
  if (year === ctx.year && own) {
    if (own.status === "eligible") return { year, state: "counted", via: "decided", cells: decisionCells(facts, own), excluded: rec.excluded };
    if (own.status === "pending") return { year, state: "pending", via: "decided", cells: decisionCells(facts, own), excluded: rec.excluded };
  }
  return { year, state: "absent", via: null, cells: excludedCells.length === 0 ? NO_KEYS : k.sort(excludedCells), excluded: rec.excluded };
}

/** A year with nothing recorded, reset or absent: shared, frozen. */
const PLAIN_YEARS = new Map<number, { reset: TitleYear; absent: TitleYear }>();

function plainYear(year: number, state: "reset" | "absent"): TitleYear {
  let y = PLAIN_YEARS.get(year);
  if (!y) {
    const make = (s: "reset" | "absent"): TitleYear => Object.freeze({ year, state: s, via: null, cells: NO_KEYS, excluded: NOTHING_RECORDED.excluded });
    y = { reset: make("reset"), absent: make("absent") };
    if (PLAIN_YEARS.size < 1000) PLAIN_YEARS.set(year, y);
  }
  return y[state];
}

const TITLE_FIELD: ReadonlyArray<string> = ["title"];
const EXCLUDED_FIELDS: ReadonlyArray<string> = ["title", "kind", "status"];

/**
 * Every cell a decision's reasons read, sorted. Decisions made with `decide(…, facts)` have theirs worked out
 * then (from their checks' keys); others are read back from their reasons' texts once.
 */
export function decisionCells(facts: Facts, d: Decision): ReadonlyArray<CellKey> {
  const m = memoOf(facts);
  let cells = m.decisionCells.get(d);
  if (!cells) {
    cells = facts.cells.sort(d.reasons.flatMap((r) => r.cells.map((c) => facts.cells.ofRef(c))));
    m.decisionCells.set(d, cells);
  }
  return cells;
}

/** The sorted union of the checks' keys (each sorted already). */
function checksCells(k: CellKeys, checks: ReadonlyArray<Check>): ReadonlyArray<CellKey> {
  let only: ReadonlyArray<CellKey> | null = null;
  let lists: Array<ReadonlyArray<CellKey>> | null = null;
  for (let i = 0; i < checks.length; i++) {
    const keys = checks[i].keys;
    if (keys.length === 0) continue;
    if (only === null) only = keys;
    else (lists ??= [only]).push(keys);
  }
  if (lists) return k.merge(lists);
  return only ?? NO_KEYS;
}

/** Whether every entry is a reference and each is after the one before (so: sorted, no duplicates). */
function sortedUnique(list: ReadonlyArray<string | null | undefined>): boolean {
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (!c || (i > 0 && compareCells(list[i - 1] as string, c) >= 0)) return false;
  }
  return true;
}

// ---------------------------------------------------------------- initiatives

/** Initiatives (and research projects) of an author recognised within [from, to] with scope ≥ `minScope`. */
export function initiativesOf(facts: Facts, author: string, from: number, to: number, minScope: Scope): Initiative[] {
  return initiativesOfKey(facts, codeKey(author), from, to, minScope);
}

/** initiativesOf with the author's code key at hand. */
export function initiativesOfKey(facts: Facts, authorKey: string, from: number, to: number, minScope: Scope): Initiative[] {
  const list = facts.initiativesByAuthor.get(authorKey);
  if (!list) return [];
  const min = scopeRank(minScope);
  return list.filter((i) => i.year !== null && i.year >= from && i.year <= to && i.scope !== null && scopeRank(i.scope) >= min);
}

// ---------------------------------------------------------------- votes (C2)

export interface VoteFact {
  readonly row: Vote;
  readonly level: Vote["level"];
  readonly votesFor: number | null;
  /** `Tổng số thành viên`, else `Số thành viên Hội đồng` in `Cấu hình`. */
  readonly members: number | null;
  readonly membersFromSettings: boolean;
  /** votes for / all members, or null when either is missing. */
  readonly share: number | null;
  readonly cells: ReadonlyArray<CellKey>;
}

const VOTE_FIELDS: ReadonlyArray<string> = ["title", "votesFor", "level"];
const MEMBERS_FIELD: ReadonlyArray<string> = ["members"];

/** The facts of a vote row (memoised per row and context). */
function voteFact(facts: Facts, v: Vote, ctx: RuleContext): VoteFact {
  const m = memoOf(facts);
  if (m.voteCtx !== ctx) {
    m.voteFacts.clear();
    m.voteCtx = ctx;
  }
  let fact = m.voteFacts.get(v);
  if (fact) return fact;
  const k = facts.cells;
  const fromSettings = v.members === null && ctx.councilSize !== null;
  const members = v.members ?? ctx.councilSize;
  const share = v.votesFor !== null && members !== null && members > 0 ? v.votesFor / members : null;
  const keys = k.push([], v.src, VOTE_FIELDS);
  if (v.members !== null) k.push(keys, v.src, MEMBERS_FIELD);
  if (fromSettings && ctx.councilSizeCell) keys.push(k.ofRef(ctx.councilSizeCell));
  fact = { row: v, level: v.level, votesFor: v.votesFor, members, membersFromSettings: fromSettings, share, cells: k.sort(keys) };
  m.voteFacts.set(v, fact);
  return fact;
}

/** Lower share first, then fewer votes for, then fewer members (a missing number lowest). */
function compareVoteFacts(a: VoteFact, b: VoteFact): number {
  return (a.share ?? -1) - (b.share ?? -1) || (a.votesFor ?? -1) - (b.votesFor ?? -1) || (a.members ?? -1) - (b.members ?? -1);
}

/**
 * The vote row that decides (year, subject, title): the `Bộ, tỉnh` row when there is one, otherwise the `Cơ sở`
 * row (domain.md Settled details, Votes). With duplicate rows (DUPLICATE_KEY), the one with the lowest share.
 */
export function findVote(facts: Facts, ctx: RuleContext, year: number, subject: string, title: Title): VoteFact | null {
  const ofSubject = votesOf(facts, codeKey(subject));
  if (ofSubject.length === 0) return null;
  for (const level of VOTE_LEVELS) {
    // The first of the lowest (as a stable sort would put it first).
    let best: VoteFact | null = null;
    for (const v of ofSubject) {
      if (v.year !== year || v.title !== title || v.level !== level) continue;
      const f = voteFact(facts, v, ctx);
      if (best === null || compareVoteFacts(f, best) < 0) best = f;
    }
    if (best) return best;
  }
  return null;
}

/**
 * The threshold a vote row must reach: the title's threshold; for a `Cơ sở` row of a title decided above the
 * agency, `proposalThresholds` when it is set. Null for titles that are not voted on.
 */
const VOTE_LEVELS = ["BO_TINH", "CO_SO"] as const;

export function voteThreshold(ctx: RuleContext, title: Title, level: Vote["level"]): { value: number; param: ParamId } | null {
  const param = VOTE_PARAM[title];
  if (!param) return null;
  if (level === "CO_SO" && UPPER_TITLES.has(title)) {
    const p = numOrNull(ctx, "proposalThresholds");
    if (p !== null) return { value: p, param: "proposalThresholds" };
  }
  return { value: num(ctx, param), param };
}

const EPS = 1e-9;

/** Votes needed out of `members` to reach `threshold` (share ≥ threshold). */
export function votesNeeded(threshold: number, members: number): number {
  return Math.max(0, Math.ceil(threshold * members - EPS));
}

/** Whether `votesFor` of `members` reaches `threshold` (≥, exact on boundaries such as 8/10 vs 80 %). */
export function meetsThreshold(votesFor: number, members: number, threshold: number): boolean {
  return members > 0 && votesFor >= votesNeeded(threshold, members);
}

/** A percentage for messages: 0.8 → 80, 0.875 → 87.5. */
export function pct(fraction: number): number {
  return Math.round(fraction * 1000) / 10;
}

// ---------------------------------------------------------------- discipline (R8, R9)

const SEVERITY: ReadonlyArray<DisciplineForm> = DISCIPLINE_FORMS.filter((f) => f !== "DANG_XEM_XET");

/** Severity of a discipline form (KHIEN_TRACH 0 < CANH_CAO 1 < …); -1 for an open review. */
export function disciplineSeverity(form: DisciplineForm): number {
  return SEVERITY.indexOf(form);
}

/** A discipline (not a review) that has started by the evaluation date. A closed review is neither. */
export function isDiscipline(d: Discipline, ctx: RuleContext): boolean {
  return d.form !== null && d.form !== "DANG_XEM_XET" && d.from !== null && d.from <= ctx.evaluationDate;
}

/** An open review/inspection/complaint: `Đang xem xét` with `Đến ngày` empty or after the evaluation date (R9). */
export function isHold(d: Discipline, ctx: RuleContext): boolean {
  return d.form === "DANG_XEM_XET" && (d.to === null || d.to > ctx.evaluationDate);
}

/** Whether a discipline period overlaps year N (an open-ended period runs on). */
export function overlapsYear(d: Discipline, year: number): boolean {
  if (d.from === null) return false;
  return d.from <= isoDate(year, 12, 31) && (d.to === null || d.to >= isoDate(year, 1, 1));
}

/** Order of discipline rows independent of row order: by start, end, form. */
export function compareDiscipline(a: Discipline, b: Discipline): number {
  return compareText(a.from ?? "", b.from ?? "") || compareText(a.to ?? "9999", b.to ?? "9999") || compareText(a.form ?? "", b.form ?? "");
}

/** Discipline rows of a subject that overlap year N with a form at least as severe as `minForm` (sorted). */
export function disciplinedInYear(facts: Facts, ctx: RuleContext, subject: string, year: number, minForm: DisciplineForm = "KHIEN_TRACH"): Discipline[] {
  const min = disciplineSeverity(minForm);
  return (facts.discipline.get(codeKey(subject)) ?? [])
    .filter((d) => isDiscipline(d, ctx) && d.form !== null && disciplineSeverity(d.form) >= min && overlapsYear(d, year))
    .sort(compareDiscipline);
}

/** The year in which a discipline period ends (an open-ended one runs at least to the evaluation year). */
export function disciplineEndYear(d: Discipline, ctx: RuleContext): number {
  if (d.to !== null) return yearOf(d.to);
  return Math.max(ctx.year, d.from ? yearOf(d.from) : ctx.year);
}

export interface ResetFact {
  /** Years up to and including this one do not count towards any streak or window (R8); null: no discipline. */
  readonly year: number | null;
  /** The discipline that sets it (latest end), and every discipline row read. */
  readonly latest: Discipline | null;
  readonly rows: ReadonlyArray<Discipline>;
}

/** R8: every form of discipline, khiển trách included, resets streaks up to the year its period ends. */
const NO_RESET: ResetFact = Object.freeze({ year: null, latest: null, rows: Object.freeze([]) as ReadonlyArray<Discipline> });
const NO_HOLDS: { open: Discipline[]; closed: Discipline[] } = Object.freeze({ open: Object.freeze([]) as unknown as Discipline[], closed: Object.freeze([]) as unknown as Discipline[] });

export function resetOf(facts: Facts, ctx: RuleContext, subject: string): ResetFact {
  const all = facts.discipline.get(codeKey(subject));
  if (!all) return NO_RESET;
  const rows = all.filter((d) => isDiscipline(d, ctx)).sort(compareDiscipline);
  let latest: Discipline | null = null;
  let year: number | null = null;
  for (const d of rows) {
    const y = disciplineEndYear(d, ctx);
    if (year === null || y >= year) {
      year = y;
      latest = d;
    }
  }
  return { year, latest, rows };
}

/** R9: the open reviews of a subject, and the closed ones (for the reasons' cells). */
export function holdsOf(facts: Facts, ctx: RuleContext, subject: string): { open: Discipline[]; closed: Discipline[] } {
  const all = facts.discipline.get(codeKey(subject));
  if (!all) return NO_HOLDS;
  const rows = all.filter((d) => d.form === "DANG_XEM_XET").sort(compareDiscipline);
  return { open: rows.filter((d) => isHold(d, ctx)), closed: rows.filter((d) => !isHold(d, ctx)) };
}

// ---------------------------------------------------------------- R20 tie-break

export interface TieBreakKey {
  readonly code: string;
  /** Female person, or unit with ≥ `unitWomenShare` women. */
  readonly female: boolean;
  /** Council votes for (more first); null = none. */
  readonly votes: number | null;
  /** Score (higher first); null = none. */
  readonly score: number | null;
}

export type TieBreakBy = "female" | "votes" | "score" | "code";

/** R20: female first, then more council votes, then higher score, then code (ascending). */
export function compareR20(a: TieBreakKey, b: TieBreakKey): { order: number; by: TieBreakBy | null } {
  if (a.female !== b.female) return { order: a.female ? -1 : 1, by: "female" };
  const va = a.votes ?? -1;
  const vb = b.votes ?? -1;
  if (va !== vb) return { order: vb - va, by: "votes" };
  const sa = a.score ?? -Infinity;
  const sb = b.score ?? -Infinity;
  if (sa !== sb) return { order: sb > sa ? 1 : -1, by: "score" };
  const c = compareText(codeKey(a.code), codeKey(b.code)) || compareText(a.code, b.code);
  return { order: c, by: c === 0 ? null : "code" };
}

// ---------------------------------------------------------------- composing decisions

/** A rule's result plus what would fix it (near-miss facts), before it becomes part of a Decision. */
export interface Check {
  readonly result: RuleResult;
  readonly fix: ReadonlyArray<Msg>;
  /** result.cells as keys (sorted, unique). */
  readonly keys: ReadonlyArray<CellKey>;
  /** A number for a check shared by many subjects (fixedCheck), 0 otherwise. */
  readonly shared: number;
}

const NO_MSGS: ReadonlyArray<Msg> = Object.freeze([]);

/** A rule result from the keys of the cells it read (in any order, repeated or not). */
export function makeCheck(
  k: CellKeys,
  rule: string,
  outcome: RuleOutcome,
  text: Msg,
  cells: ReadonlyArray<CellKey>,
  source: string,
  fix: ReadonlyArray<Msg> = NO_MSGS,
  warnings: ReadonlyArray<Msg> = NO_MSGS,
): Check {
  const keys = k.sort(cells);
  const strings = k.strings(keys);
  const result: RuleResult = warnings.length > 0 ? { rule, outcome, text, cells: strings, source, warnings } : { rule, outcome, text, cells: strings, source };
  return { result, fix: outcome === "pass" ? NO_MSGS : fix, keys, shared: 0 };
}

/**
 * A check that reads no cell and fixes nothing, the same for every subject (shared, frozen: R8 and R9 of the
 * many people with no discipline, C2 without a vote row…).
 */
export function fixedCheck(rule: string, outcome: RuleOutcome, text: Msg, source: string, fix: ReadonlyArray<Msg> = NO_MSGS): Check {
  const result: RuleResult = Object.freeze({ rule, outcome, text: Object.freeze(text), cells: NO_CELLS_TEXT, source });
  return Object.freeze({ result, fix: outcome === "pass" ? NO_MSGS : Object.freeze(fix), keys: NO_KEYS, shared: ++sharedChecks });
}

let sharedChecks = 0;

const NO_CELLS_TEXT: ReadonlyArray<string> = Object.freeze([]);

/**
 * The value named `id` for these facts and context, made once by `make` and shared by every subject's results
 * (messages whose parameters are the year or a rating, checks that read no cell).
 */
export function once<T>(facts: Facts, ctx: RuleContext, id: string, make: () => T): T {
  const m = memoOf(facts);
  if (m.fixedCtx !== ctx) {
    m.fixed.clear();
    m.fixedCtx = ctx;
  }
  let v = m.fixed.get(id) as T | undefined;
  if (v === undefined) m.fixed.set(id, (v = make()));
  return v;
}

/** `onceN` for a value that depends on two numbers. */
export function onceN2<T>(facts: Facts, ctx: RuleContext, id: string, a: number, b: number, make: () => T): T {
  const byA = onceN(facts, ctx, id, a, () => new Map<number, T>());
  let v = byA.get(b);
  if (v === undefined) byA.set(b, (v = make()));
  return v;
}

/** `once` for a value that also depends on a number (a year, a count, a rating's rank): `id` is a constant. */
export function onceN<T>(facts: Facts, ctx: RuleContext, id: string, n: number, make: () => T): T {
  const byNumber = once(facts, ctx, id, () => new Map<number, T>());
  let v = byNumber.get(n);
  if (v === undefined) byNumber.set(n, (v = make()));
  return v;
}

/**
 * The status of a decision from its rule results: `hold` when on hold (R9); otherwise `not-eligible` when a
 * rule fails, `pending` when a rule lacks data (missing), else `eligible`.
 */
export function composeStatus(results: ReadonlyArray<RuleResult>, onHold: boolean): Status {
  if (onHold) return "hold";
  if (results.some((r) => r.outcome === "fail")) return "not-eligible";
  if (results.some((r) => r.outcome === "missing")) return "pending";
  return "eligible";
}

function msgId(m: Msg): string {
  const params = m.params ? Object.keys(m.params).sort().map((k) => `${k}=${String(m.params?.[k])}`).join("&") : "";
  return `${m.key}?${params}`;
}

/**
 * A decision from checks: status composed, near-miss facts of the failing/missing checks (deduplicated). With
 * `facts`, the checks are remembered for decisionCells (decisions that later decisions count).
 */
export function decide(title: Title, checks: ReadonlyArray<Check>, onHold: boolean, facts?: Facts, remember = false): Decision {
  if (facts) {
    // A decision made of shared checks only (no cell read: no CSTD_BO ever, no initiative, no vote, no
    // discipline…) is the same for everyone: one decision object for all of them.
    let all = true;
    for (let i = 0; i < checks.length && all; i++) all = checks[i].shared !== 0;
    if (all) {
      let key = `${title}|${onHold ? 1 : 0}`;
      for (let i = 0; i < checks.length; i++) key = `${key}|${checks[i].shared}`;
      const shared = memoOf(facts).decisions;
      let d = shared.get(key);
      if (!d) shared.set(key, (d = composeDecision(title, checks, onHold, facts, remember)));
      return d;
    }
  }
  return composeDecision(title, checks, onHold, facts, remember);
}

function composeDecision(title: Title, checks: ReadonlyArray<Check>, onHold: boolean, facts: Facts | undefined, remember: boolean): Decision {
  const n = checks.length;
  const reasons = new Array<RuleResult>(n);
  let failed = false;
  let missing = false;
  for (let i = 0; i < n; i++) {
    const r = checks[i].result;
    reasons[i] = r;
    if (r.outcome === "fail") failed = true;
    else if (r.outcome === "missing") missing = true;
  }
  const status: Status = onHold ? "hold" : failed ? "not-eligible" : missing ? "pending" : "eligible";
  let nearMiss: ReadonlyArray<Msg> = NO_MSGS;
  if (status !== "eligible" && (failed || missing)) nearMiss = nearMissOf(checks, failed, missing);
  const decision: Decision = { title, status, reasons, nearMiss };
  // Decisions that later decisions count keep their cells (not their checks).
  if (facts && remember) memoOf(facts).decisionCells.set(decision, checksCells(facts.cells, checks));
  return decision;
}

/** The fix messages of the failing checks, then of the missing ones, each (key and parameters) once. */
function nearMissOf(checks: ReadonlyArray<Check>, failed: boolean, missing: boolean): Msg[] {
  const nearMiss: Msg[] = [];
  // Ids (key and sorted parameters) of the messages kept, only worked out when two share a key.
  let ids: Array<string | null> | null = null;
  for (let pass = 0; pass < 2; pass++) {
    const outcome = pass === 0 ? "fail" : "missing";
    if ((pass === 0 && !failed) || (pass === 1 && !missing)) continue;
    for (let ci = 0; ci < checks.length; ci++) {
      const c = checks[ci];
      if (c.result.outcome !== outcome) continue;
      const fix = c.fix;
      for (let fi = 0; fi < fix.length; fi++) {
        const m = fix[fi];
        let id: string | null = null;
        let duplicate = false;
        for (let e = 0; e < nearMiss.length; e++) {
          const other = nearMiss[e];
          if (other.key !== m.key) continue;
          if (other === m) {
            duplicate = true;
            break;
          }
          ids ??= nearMiss.map(() => null);
          id ??= msgId(m);
          const otherId = (ids[e] ??= msgId(other));
          if (otherId === id) {
            duplicate = true;
            break;
          }
        }
        if (duplicate) continue;
        nearMiss.push(m);
        if (ids) ids.push(id);
      }
    }
  }
  return nearMiss;
}

/**
 * Years Y−19 … Y as bits (bit i: year Y − i), to look shared messages up by a number; -1 when a year is outside
 * (then the caller uses a text id).
 */
export function yearBits(years: ReadonlyArray<number>, y: number): number {
  let bits = 0;
  for (let i = 0; i < years.length; i++) {
    const back = y - years[i];
    if (!(back >= 0 && back < 20 && Number.isInteger(back))) return -1;
    bits |= 1 << back;
  }
  return bits;
}

/** "2024–2025" or "2025" for a range of years (message parameter). */
export function yearSpan(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

/** "2023, 2024" (message parameter). */
export function yearList(years: ReadonlyArray<number>): string {
  // A handful of years, usually in order already.
  return sortSmallNumbers([...years]).join(", ");
}

export type { IsoDate };
