/**
 * Facts about one subject that the documents print: who it is (names valid in year Y), its ratings,
 * initiatives, recorded awards, and a unit's results against its targets.
 */
import type { Award, Initiative, Person, RatingRow, ResultRow, TrackingData, Unit } from "../model";
import type { Title } from "../schema/enums";
import type { Decision, UnitResult } from "../rules/types";
import type { AwardFact, AwardHistory, Grounds, InitiativeFact, RatingFact, SubjectInfo, TargetFact, UnitResults } from "./types";
import { codeKey } from "./keys";
import { groundsWindow, isEmulationTitle, titleLevel } from "./titles";
import { unitNameInYear } from "./unit-names";

/** Lookups by case-insensitive code, built once per proposal set (rows in sheet order within each code). */
export interface FactIndex {
  readonly data: TrackingData;
  readonly year: number;
  readonly personCodes: ReadonlySet<string>;
  readonly unitCodes: ReadonlySet<string>;
  /** The first person / unit of each code. */
  readonly personByCode: ReadonlyMap<string, Person>;
  readonly unitByCode: ReadonlyMap<string, Unit>;
  /** Number of people whose `Mã đơn vị` is the code. */
  readonly memberCount: ReadonlyMap<string, number>;
  readonly ratingsBySubject: ReadonlyMap<string, ReadonlyArray<RatingRow>>;
  /** Each initiative once under each of its authors. */
  readonly initiativesByAuthor: ReadonlyMap<string, ReadonlyArray<Initiative>>;
  readonly awardsBySubject: ReadonlyMap<string, ReadonlyArray<Award>>;
  readonly resultsByUnit: ReadonlyMap<string, ReadonlyArray<ResultRow>>;
}

function groupBy<T>(rows: ReadonlyArray<T>, keysOf: (row: T) => Iterable<string>): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    for (const k of keysOf(row)) {
      const list = out.get(k);
      if (list) list.push(row);
      else out.set(k, [row]);
    }
  }
  return out;
}

function firstBy<T>(rows: ReadonlyArray<T>, keyOf: (row: T) => string): Map<string, T> {
  const out = new Map<string, T>();
  for (const row of rows) if (!out.has(keyOf(row))) out.set(keyOf(row), row);
  return out;
}

export function indexFacts(data: TrackingData, year: number): FactIndex {
  const memberCount = new Map<string, number>();
  for (const p of data.people) memberCount.set(codeKey(p.unit), (memberCount.get(codeKey(p.unit)) ?? 0) + 1);
  return {
    data,
    year,
    personCodes: new Set(data.people.map((p) => codeKey(p.code))),
    unitCodes: new Set(data.units.map((u) => codeKey(u.code))),
    personByCode: firstBy(data.people, (p) => codeKey(p.code)),
    unitByCode: firstBy(data.units, (u) => codeKey(u.code)),
    memberCount,
    ratingsBySubject: groupBy(data.ratings, (r) => [codeKey(r.subject)]),
    initiativesByAuthor: groupBy(data.initiatives, (i) => new Set(i.authors.map(codeKey))),
    awardsBySubject: groupBy(data.awards, (a) => [codeKey(a.subject)]),
    resultsByUnit: groupBy(data.results, (r) => [codeKey(r.unit)]),
  };
}

export function isPerson(ix: FactIndex, code: string): boolean {
  return ix.personCodes.has(codeKey(code));
}

/** The subject as the documents name it; `fallbackName` (the rank result's) when the code is not in the data. */
export function subjectInfo(ix: FactIndex, code: string, fallbackName = ""): SubjectInfo {
  const key = codeKey(code);
  const { year } = ix;
  const person = ix.personByCode.get(key);
  if (person) {
    const unit = ix.unitByCode.get(codeKey(person.unit));
    return {
      code: person.code,
      kind: "person",
      name: person.name.trim() || fallbackName,
      position: person.position.trim(),
      unitCode: unit?.code ?? person.unit,
      unitName: unit ? unitNameInYear(unit, year) : person.unit,
      gender: person.gender,
      birthDate: person.birthDate,
      hometown: person.hometown.trim(),
      education: person.education.trim(),
      grade: person.grade.trim(),
      cluster: unit?.cluster.trim() ?? "",
      headcount: null,
      members: null,
    };
  }
  const unit = ix.unitByCode.get(key);
  const name = unit ? unitNameInYear(unit, year) : fallbackName || code;
  return {
    code: unit?.code ?? code,
    kind: "unit",
    name,
    position: unit?.kind.trim() ?? "",
    unitCode: unit?.code ?? code,
    unitName: name,
    gender: null,
    birthDate: null,
    hometown: "",
    education: "",
    grade: "",
    cluster: unit?.cluster.trim() ?? "",
    headcount: unit?.headcount ?? null,
    members: ix.memberCount.get(key) ?? 0,
  };
}

export function ratingsOf(ix: FactIndex, code: string, fromYear: number, toYear: number): RatingFact[] {
  const out: RatingFact[] = [];
  for (const r of ix.ratingsBySubject.get(codeKey(code)) ?? []) {
    if (r.year === null || r.rating === null) continue;
    if (r.year < fromYear || r.year > toYear) continue;
    out.push({ year: r.year, rating: r.rating, decisionNo: r.decisionNo.trim(), decisionDate: r.decisionDate });
  }
  return out.sort((a, b) => a.year - b.year);
}

export function initiativesOf(ix: FactIndex, code: string, fromYear: number, toYear: number): InitiativeFact[] {
  const out: InitiativeFact[] = [];
  for (const i of ix.initiativesByAuthor.get(codeKey(code)) ?? []) {
    if (i.year === null || i.year < fromYear || i.year > toYear) continue;
    out.push({ code: i.code, name: i.name.trim(), year: i.year, scope: i.scope, decisionNo: i.decisionNo.trim(), decisionDate: i.decisionDate });
  }
  return out.sort((a, b) => a.year - b.year || a.code.localeCompare(b.code));
}

/** Recorded awards that count (R12: not revoked), oldest first. */
function validAwards(ix: FactIndex, code: string): Award[] {
  return (ix.awardsBySubject.get(codeKey(code)) ?? [])
    .filter((a) => a.status === "HIEU_LUC" && a.title !== null && a.year !== null)
    .sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || (a.decisionDate ?? "").localeCompare(b.decisionDate ?? ""));
}

function awardFact(a: Award): AwardFact {
  return {
    year: a.year as number,
    title: a.title as Title,
    kind: a.kind,
    decisionNo: a.decisionNo.trim(),
    decisionDate: a.decisionDate,
    issuer: a.issuer.trim(),
  };
}

/** Award history as Mẫu 04/05 print it: emulation titles and forms of commendation. */
export function awardHistory(ix: FactIndex, code: string): AwardHistory {
  const facts = validAwards(ix, code).map(awardFact);
  return { titles: facts.filter((f) => isEmulationTitle(f.title)), forms: facts.filter((f) => !isEmulationTitle(f.title)) };
}

/**
 * Grounds of a proposal: ratings and initiatives within the title's window ending in Y, the emulation titles
 * recorded (công trạng) in that window, and this run's eligible decisions for Y of lower titles.
 */
export function groundsOf(ix: FactIndex, code: string, title: Title, decisions: ReadonlyArray<Decision>): Grounds {
  const { year } = ix;
  const from = year - groundsWindow(title) + 1;
  const recorded = validAwards(ix, code)
    .filter((a) => a.kind === "CONG_TRANG" && (a.year as number) >= from && (a.year as number) < year && a.title !== title)
    .map((a) => ({ year: a.year as number, title: a.title as Title, decisionNo: a.decisionNo.trim(), decided: false }));
  const decided = decisions
    .filter((d) => d.status === "eligible" && titleLevel(d.title) > titleLevel(title) && isEmulationTitle(d.title))
    .map((d) => ({ year, title: d.title, decisionNo: "", decided: true }));
  return {
    ratings: ratingsOf(ix, code, from, year),
    titles: [...recorded, ...decided],
    initiatives: isPerson(ix, code) ? initiativesOf(ix, code, from, year) : [],
  };
}

function targetFact(
  able: number | null,
  done: number | null,
  total: number | null,
  target: number | null,
  previous: { able: number | null; done: number | null } | null,
  met: boolean | null | undefined,
): TargetFact {
  const rate = able !== null && done !== null && able > 0 ? done / able : null;
  const previousRate = previous && previous.able !== null && previous.done !== null && previous.able > 0 ? previous.done / previous.able : null;
  const computedMet = rate !== null && target !== null ? rate >= target : null;
  return { able, done, total, rate, target, met: met ?? computedMet, previousRate };
}

/** A unit's results in Y against its targets (K1), with Y−1 for comparison and its ranking facts. */
export function unitResults(ix: FactIndex, code: string, ranked: UnitResult | undefined): UnitResults {
  const rows = ix.resultsByUnit.get(codeKey(code)) ?? [];
  const rowOf = (y: number) => rows.find((r) => r.year === y);
  const cur = rowOf(ix.year);
  const prev = rowOf(ix.year - 1);
  return {
    viec: cur
      ? targetFact(cur.casesAble, cur.casesDone, cur.casesTotal, cur.targetCases, prev ? { able: prev.casesAble, done: prev.casesDone } : null, ranked?.targets.viec?.met)
      : null,
    tien: cur
      ? targetFact(cur.moneyAble, cur.moneyDone, cur.moneyTotal, cur.targetMoney, prev ? { able: prev.moneyAble, done: prev.moneyDone } : null, ranked?.targets.tien?.met)
      : null,
    carryOver: cur?.carryOver ?? null,
    previousCarryOver: prev?.carryOver ?? null,
    score: ranked?.score ?? null,
    class: ranked?.class ?? null,
    cluster: ranked?.cluster ?? null,
    clusterRank: ranked?.clusterRank ?? null,
  };
}
