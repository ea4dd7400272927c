/**
 * The award history and the council votes a generated workbook needs, derived from its ratings, initiatives
 * and discipline with the rules of domain.md, so that every recorded title has its grounds in the data
 * (a validator finds no contradiction) and the evaluation year's candidates have vote rows.
 */
import type { AwardKind, Rating, Title } from "../../core/schema/enums";
import { ratingRank } from "../../core/schema/enums";
import { yearOf } from "../../core/text/parse-values";
import type { GenAward, GenDiscipline, GenInitiative, GenPerson, GenRating, GenUnit, GenVote } from "./model";
import type { DecisionBook, Issuer } from "./numbering";
import type { Rng } from "./prng";

export interface Issuers {
  /** The agency itself, by the year its decision is signed (names change with the 2025 reorganisation). */
  readonly agency: (decisionYear: number) => Issuer;
  readonly ministry: Issuer;
  readonly province: Issuer;
}

export interface HistoryInput {
  readonly units: ReadonlyArray<GenUnit>;
  readonly people: ReadonlyArray<GenPerson>;
  readonly ratings: ReadonlyArray<GenRating>;
  readonly initiatives: ReadonlyArray<GenInitiative>;
  readonly discipline: ReadonlyArray<GenDiscipline>;
  /** Awards written by hand (scripted subjects); they count for the unit rules. */
  readonly given: ReadonlyArray<GenAward>;
  /** Subjects whose awards are all in `given` (never simulated). */
  readonly scripted: ReadonlySet<string>;
  /** Total score per unit and year, and whether its targets were met (for the Cờ thi đua). */
  readonly standing?: ReadonlyMap<string, ReadonlyMap<number, { score: number; met: boolean }>>;
}

export interface HistoryOptions {
  readonly firstYear: number;
  /** The evaluation year: awards are recorded for the years before it. */
  readonly year: number;
  readonly issuers: Issuers;
  readonly book: DecisionBook;
  /** Which unit titles to simulate (the sample writes some by hand). */
  readonly unitTitles?: Partial<Record<"TTLDTT" | "TTLDXS" | "BK_BO" | "CO_BO", boolean>>;
  /** Chance that an eligible person is actually awarded (councils do not award everyone). */
  readonly awardRate?: number;
}

/** Quick lookups over the input. */
export class Facts {
  private readonly ratingOf = new Map<string, Map<number, Rating>>();
  private readonly initiativesOf = new Map<string, GenInitiative[]>();
  private readonly disciplineOf = new Map<string, GenDiscipline[]>();
  readonly membersOf = new Map<string, GenPerson[]>();
  private readonly awards = new Set<string>();
  readonly list: GenAward[] = [];

  constructor(input: Omit<HistoryInput, "given" | "scripted" | "standing">) {
    for (const r of input.ratings) {
      let m = this.ratingOf.get(r.subject);
      if (!m) this.ratingOf.set(r.subject, (m = new Map()));
      m.set(r.year, r.rating);
    }
    for (const i of input.initiatives) {
      for (const a of i.authors) {
        const list = this.initiativesOf.get(a) ?? [];
        list.push(i);
        this.initiativesOf.set(a, list);
      }
    }
    for (const d of input.discipline) {
      const list = this.disciplineOf.get(d.subject) ?? [];
      list.push(d);
      this.disciplineOf.set(d.subject, list);
    }
    for (const p of input.people) {
      const list = this.membersOf.get(p.unit) ?? [];
      list.push(p);
      this.membersOf.set(p.unit, list);
    }
  }

  rating(subject: string, year: number): Rating | undefined {
    return this.ratingOf.get(subject)?.get(year);
  }

  atLeast(subject: string, year: number, r: Rating): boolean {
    const got = this.rating(subject, year);
    return got !== undefined && ratingRank(got) >= ratingRank(r);
  }

  initiatives(subject: string, from: number, to: number): GenInitiative[] {
    return (this.initiativesOf.get(subject) ?? []).filter((i) => i.year >= from && i.year <= to);
  }

  /** R8: the first year that counts towards streaks when evaluating `year` (discipline resets). */
  countsFrom(subject: string, year: number): number {
    let from = -Infinity;
    for (const d of this.disciplineOf.get(subject) ?? []) {
      if (d.form === "DANG_XEM_XET" || yearOf(d.from) > year) continue;
      const end = d.to ? yearOf(d.to) : Infinity;
      from = Math.max(from, end + 1);
    }
    return from;
  }

  /** A discipline of cảnh cáo or worse whose period overlaps the year. */
  disciplinedAtLeastWarning(subject: string, year: number): boolean {
    return (this.disciplineOf.get(subject) ?? []).some(
      (d) => d.form !== "DANG_XEM_XET" && d.form !== "KHIEN_TRACH" && yearOf(d.from) <= year && (!d.to || yearOf(d.to) >= year),
    );
  }

  /** An open review (hold) on 31/12 of the year. */
  onHold(subject: string, year: number): boolean {
    return (this.disciplineOf.get(subject) ?? []).some((d) => d.form === "DANG_XEM_XET" && yearOf(d.from) <= year && (!d.to || yearOf(d.to) > year));
  }

  has(subject: string, year: number, title: Title): boolean {
    return this.awards.has(`${subject}|${year}|${title}`);
  }

  /** Records an award; only valid Công trạng awards count for the rules. */
  add(a: GenAward): void {
    this.list.push(a);
    if (a.kind === "CONG_TRANG" && a.status === "HIEU_LUC") this.awards.add(`${a.subject}|${a.year}|${a.title}`);
  }
}

function award(year: number, subject: string, title: Title, d: { no: string; date: string; issuer: string }, extra: Partial<GenAward> = {}): GenAward {
  const kind: AwardKind = extra.kind ?? "CONG_TRANG";
  return { year, subject, title, kind, decisionNo: d.no, decisionDate: d.date, issuer: d.issuer, status: "HIEU_LUC", ...extra };
}

/**
 * Simulates the award history of the years before `year`: persons first (LĐTT, CSTĐCS, Bằng khen,
 * CSTĐ cấp Bộ), then units (TTLĐTT, TTLĐXS, Bằng khen, Cờ thi đua), each only when its grounds hold.
 */
export function simulateHistory(input: HistoryInput, options: HistoryOptions, rng: Rng): { awards: GenAward[]; facts: Facts } {
  const facts = new Facts(input);
  for (const a of input.given) facts.add(a);
  const { issuers, book } = options;
  const rate = options.awardRate ?? 0.75;
  const usedInitiatives = new Set<string>();
  for (const a of input.given) for (const c of a.initiativesUsed ?? []) usedInitiatives.add(c);
  const unitTitles = { TTLDTT: true, TTLDXS: true, BK_BO: true, CO_BO: true, ...options.unitTitles };

  for (let y = options.firstYear; y < options.year; y++) {
    const agency = issuers.agency(y + 1);
    for (const p of input.people) {
      if (input.scripted.has(p.code)) continue;
      const s = p.code;
      if (!facts.atLeast(s, y, "HTTNV")) continue;
      facts.add(award(y, s, "LDTT", book.get(agency, y + 1, "LDTT", 1, 1)));
      const excellent = facts.rating(s, y) === "HTXSNV";
      const unused = facts.initiatives(s, y, y).filter((i) => !usedInitiatives.has(i.code));
      if ((excellent || unused.length > 0) && rng.chance(rate)) {
        const used = excellent ? [] : [unused[0].code];
        used.forEach((c) => usedInitiatives.add(c));
        facts.add(award(y, s, "CSTDCS", book.get(agency, y + 1, "CSTDCS", 1, 1), used.length ? { initiativesUsed: used } : {}));
      }
      const from = facts.countsFrom(s, y);
      if (y - 1 >= from && y - 1 >= options.firstYear && facts.has(s, y - 1, "CSTDCS") && facts.has(s, y, "CSTDCS") && !facts.has(s, y - 1, "BK_BO") && rng.chance(0.5)) {
        const issuer = rng.chance(0.5) ? issuers.ministry : issuers.province;
        facts.add(award(y, s, "BK_BO", book.get(issuer, y + 1, "BK_BO", 3, 6)));
      }
      if (y - 2 >= from && y - 2 >= options.firstYear && [y - 2, y - 1, y].every((k) => facts.has(s, k, "CSTDCS"))) {
        const grounds = facts.initiatives(s, y - 2, y).filter((i) => i.scope !== "CO_SO" && !usedInitiatives.has(i.code));
        if (grounds.length > 0 && rng.chance(0.6)) {
          usedInitiatives.add(grounds[0].code);
          facts.add(award(y, s, "CSTD_BO", book.get(issuers.ministry, y + 1, "CSTD_BO", 4, 6), { initiativesUsed: [grounds[0].code] }));
        }
      }
      if (rng.chance(0.03)) {
        facts.add(award(y, s, "GIAY_KHEN", book.get(agency, y + 1, "GIAY_KHEN", 1, 1)));
      }
    }

    const clusterBest = new Map<string, { unit: string; score: number }>();
    for (const u of input.units) {
      if (input.scripted.has(u.code)) continue;
      const members = (facts.membersOf.get(u.code) ?? []).filter((p) => facts.rating(p.code, y) !== undefined);
      const ldtt = members.filter((p) => facts.has(p.code, y, "LDTT")).length;
      const share = members.length ? ldtt / members.length : 0;
      const warned = members.some((p) => facts.disciplinedAtLeastWarning(p.code, y));
      if (unitTitles.TTLDTT && facts.atLeast(u.code, y, "HTTNV") && share >= 0.7 && !warned && rng.chance(0.95)) {
        facts.add(award(y, u.code, "TTLDTT", book.get(agency, y + 1, "TTLDTT", 1, 1)));
      }
      const allRated = members.length > 0 && members.every((p) => facts.atLeast(p.code, y, "HTNV"));
      const someCstdcs = members.some((p) => facts.has(p.code, y, "CSTDCS"));
      if (unitTitles.TTLDXS && facts.rating(u.code, y) === "HTXSNV" && allRated && share >= 0.7 && someCstdcs && rng.chance(0.8)) {
        facts.add(award(y, u.code, "TTLDXS", book.get(issuers.ministry, y + 1, "TTLDXS", 3, 6)));
      }
      const strong = (k: number): boolean => facts.rating(u.code, k) === "HTXSNV" || facts.has(u.code, k, "TTLDXS");
      if (unitTitles.BK_BO && y - 1 >= options.firstYear && y - 1 >= facts.countsFrom(u.code, y) && strong(y - 1) && strong(y) && !facts.has(u.code, y - 1, "BK_BO") && rng.chance(0.35)) {
        facts.add(award(y, u.code, "BK_BO", book.get(issuers.ministry, y + 1, "BK_BO", 3, 6)));
      }
      const st = input.standing?.get(u.code)?.get(y);
      if (u.cluster && st) {
        const best = clusterBest.get(u.cluster);
        if (!best || st.score > best.score) clusterBest.set(u.cluster, { unit: u.code, score: st.score });
      }
    }
    if (unitTitles.CO_BO) {
      for (const { unit } of [...clusterBest.values()].sort((a, b) => (a.unit < b.unit ? -1 : 1))) {
        const st = input.standing?.get(unit)?.get(y);
        if (st?.met && facts.rating(unit, y) === "HTXSNV" && rng.chance(0.8)) {
          facts.add(award(y, unit, "CO_BO", book.get(issuers.ministry, y + 1, "CO_BO", 3, 6)));
        }
      }
    }
  }
  const given = new Set(input.given);
  return { awards: facts.list.filter((a) => !given.has(a)), facts };
}

export interface VoteOptions {
  readonly year: number;
  readonly councilSize: number;
  /** Chance that a candidate has a vote row (the rest are `pending`). */
  readonly coverage?: number;
  /** Chance that a row leaves `Tổng số thành viên` empty (the settings' council size applies). */
  readonly blankMembers?: number;
}

/** One council vote with a share at or above `threshold` (or below it when `pass` is false). */
export function voteRow(rng: Rng, year: number, subject: string, title: Title, size: number, threshold: number, pass: boolean, blankMembers = 0.5): GenVote {
  const need = Math.ceil(threshold * size - 1e-9);
  const absent = rng.int(0, Math.min(2, size - need));
  const written = rng.int(0, absent);
  const present = size - absent;
  const max = present + written;
  const votesFor = pass ? rng.int(need, Math.max(need, max)) : rng.int(Math.max(0, need - 3), need - 1);
  return {
    year,
    subject,
    title,
    votesFor,
    members: rng.chance(blankMembers) ? undefined : size,
    level: "CO_SO",
    present,
    writtenAbsent: written,
  };
}

/**
 * The agency council's votes for the evaluation year: every CSTĐCS candidate (rating ≥ HTTNV and either
 * HTXSNV or an initiative of the year), every CSTĐ cấp Bộ candidate, and the best unit of each cluster
 * for the Cờ thi đua; unscripted subjects only.
 */
export function simulateVotes(input: HistoryInput, facts: Facts, options: VoteOptions, rng: Rng): GenVote[] {
  const y = options.year;
  const coverage = options.coverage ?? 1;
  const votes: GenVote[] = [];
  for (const p of input.people) {
    const s = p.code;
    if (input.scripted.has(s) || facts.onHold(s, y)) continue;
    if (!facts.atLeast(s, y, "HTTNV")) continue;
    const candidate = facts.rating(s, y) === "HTXSNV" || facts.initiatives(s, y, y).length > 0;
    if (!candidate || !rng.chance(coverage)) continue;
    votes.push(voteRow(rng, y, s, "CSTDCS", options.councilSize, 0.8, true, options.blankMembers));
    const from = facts.countsFrom(s, y);
    const streak = y - 2 >= from && facts.has(s, y - 2, "CSTDCS") && facts.has(s, y - 1, "CSTDCS");
    if (streak && facts.initiatives(s, y - 2, y).some((i) => i.scope !== "CO_SO")) {
      votes.push(voteRow(rng, y, s, "CSTD_BO", options.councilSize, 0.9, true, options.blankMembers));
    }
  }
  const best = new Map<string, { unit: string; score: number }>();
  for (const u of input.units) {
    if (input.scripted.has(u.code) || !u.cluster) continue;
    const st = input.standing?.get(u.code)?.get(y);
    if (!st) continue;
    const b = best.get(u.cluster);
    if (!b || st.score > b.score) best.set(u.cluster, { unit: u.code, score: st.score });
  }
  for (const { unit } of [...best.values()].sort((a, b) => (a.unit < b.unit ? -1 : 1))) {
    if (input.standing?.get(unit)?.get(y)?.met && rng.chance(coverage)) {
      votes.push(voteRow(rng, y, unit, "CO_BO", options.councilSize, 0.8, true, options.blankMembers));
    }
  }
  return votes;
}
