/**
 * `generateTracking(options)`: a complete, internally consistent tracking workbook of any size (a provincial
 * office up to national scale: 700 units in clusters, 10,000 people, several years), deterministic for a seed.
 * Used by the benchmarks and by tests that need volume; the bundled sample (vinh-long.ts) is hand-designed.
 */
import type { Rating } from "../../core/schema/enums";
import { isoDate, type IsoDate } from "../../core/text/parse-values";
import { toGrids, type GeneratedWorkbook, type WorkbookLayout } from "./grids";
import type { GenAchievement, GenData, GenDiscipline, GenInitiative, GenPerson, GenRating, GenResult, GenScore, GenUnit } from "./model";
import { DISTRICT_POSTS, HOMETOWNS, initiativeName, personName } from "./names";
import { DecisionBook, type Issuer } from "./numbering";
import { Rng } from "./prng";
import { simulateHistory, simulateVotes, type Issuers } from "./simulate";
import { DEFAULT_CRITERIA, resultRow, scoreRows } from "./thads";

export interface GenerateOptions {
  /** Number of units (default 10). */
  readonly units?: number;
  /** Number of clusters (khối thi đua) the units are spread over (default 2). */
  readonly clusters?: number;
  /** Number of people (default 150). */
  readonly people?: number;
  /** Number of years of history, the evaluation year included (default 5). */
  readonly years?: number;
  /** The evaluation year (default 2025). */
  readonly year?: number;
  readonly seed?: number;
  /** Council size written in `Cấu hình` (default 11). */
  readonly councilSize?: number;
  readonly layout?: WorkbookLayout;
}

export const GENERIC_ISSUERS: Issuers = {
  agency: (y) =>
    y <= 2024
      ? { name: "Cục trưởng Cục Thi hành án dân sự tỉnh", suffix: "QĐ-CTHADS" }
      : { name: "Trưởng Thi hành án dân sự tỉnh", suffix: "QĐ-THADS" },
  ministry: { name: "Bộ trưởng Bộ Tư pháp", suffix: "QĐ-BTP" },
  province: { name: "Chủ tịch Ủy ban nhân dân tỉnh", suffix: "QĐ-UBND" },
};

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

type Quality = "strong" | "normal" | "weak";

const PERSON_RATINGS: Record<Quality, ReadonlyArray<readonly [Rating, number]>> = {
  strong: [["HTXSNV", 0.55], ["HTTNV", 0.43], ["HTNV", 0.02]],
  normal: [["HTXSNV", 0.14], ["HTTNV", 0.76], ["HTNV", 0.09], ["KHTNV", 0.01]],
  weak: [["HTXSNV", 0.02], ["HTTNV", 0.5], ["HTNV", 0.4], ["KHTNV", 0.08]],
};

/** The day before the same day `months` later: a discipline period of 6 or 12 months. */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const [y, m, d] = iso.split("-").map(Number);
  const t = new Date(Date.UTC(y, m - 1 + months, d) - 86_400_000);
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

function date(rng: Rng, year: number, fromMonth = 1, toMonth = 12): IsoDate {
  return isoDate(year, rng.int(fromMonth, toMonth), rng.int(1, 28));
}

/** Generates the records; `generateTracking` turns them into grids. */
export function generateData(options: GenerateOptions = {}): GenData {
  const nUnits = Math.max(1, options.units ?? 10);
  const nClusters = Math.max(1, Math.min(nUnits, options.clusters ?? 2));
  const nPeople = Math.max(1, options.people ?? 150);
  const nYears = Math.max(1, options.years ?? 5);
  const Y = options.year ?? 2025;
  const first = Y - nYears + 1;
  const council = options.councilSize ?? 11;
  const rng = new Rng(options.seed ?? 20250101);
  const book = new DecisionBook(rng.fork(1));
  const issuers = GENERIC_ISSUERS;
  const uw = Math.max(2, String(nUnits).length);
  const pw = Math.max(3, String(nPeople).length);

  // Units and their quality (drives ratings, results and scores).
  const units: GenUnit[] = [];
  const unitQuality = new Map<string, number>();
  const ur = rng.fork(2);
  for (let i = 0; i < nUnits; i++) {
    const code = `KV${pad(i + 1, uw)}`;
    const cluster = `Khối thi đua số ${Math.floor((i * nClusters) / nUnits) + 1}`;
    const renamed = ur.chance(0.6);
    units.push({
      code,
      name: `Phòng Thi hành án dân sự khu vực ${i + 1}`,
      kind: "Khu vực",
      cluster,
      ...(renamed ? { oldName: `Chi cục Thi hành án dân sự huyện ${ur.weighted(HOMETOWNS).split(",")[0]}`, oldNameUntil: isoDate(2025, 2, 28) } : {}),
    });
    unitQuality.set(code, 0.75 + ur.next() * 0.25);
  }

  // People.
  const pr = rng.fork(3);
  const people: GenPerson[] = [];
  const quality = new Map<string, Quality>();
  const seen = new Set<string>();
  const slot = new Map<string, number>();
  for (let i = 0; i < nPeople; i++) {
    const unit = units[i % nUnits].code;
    const k = slot.get(unit) ?? 0;
    slot.set(unit, k + 1);
    const post = DISTRICT_POSTS[k % DISTRICT_POSTS.length];
    const female = pr.chance(0.45);
    let name = personName(pr, female);
    let birthYear = pr.int(Y - 58, Y - post.minAge);
    let birth = date(pr, birthYear);
    for (let t = 0; seen.has(`${name}|${birth}`) && t < 20; t++) {
      name = personName(pr, female);
      birthYear = pr.int(Y - 58, Y - post.minAge);
      birth = date(pr, birthYear);
    }
    seen.add(`${name}|${birth}`);
    const recruitYear = pr.int(Math.min(Y, birthYear + 22), Math.min(Y, Math.max(birthYear + 22, Y - 1)));
    people.push({
      code: `CB${pad(i + 1, pw)}`,
      name,
      gender: female ? "NU" : "NAM",
      birthDate: birth,
      position: post.position,
      unit,
      grade: post.grade,
      recruitedDate: date(pr, recruitYear),
      hometown: pr.weighted(HOMETOWNS),
      education: pr.weighted(post.education),
    });
    quality.set(`CB${pad(i + 1, pw)}`, pr.weighted<Quality>([["strong", 0.2], ["normal", 0.65], ["weak", 0.15]]));
  }

  // Discipline first (a disciplined year caps the rating), then open reviews in the evaluation year.
  const dr = rng.fork(4);
  const discipline: GenDiscipline[] = [];
  const cappedYear = new Map<string, number>();
  for (const p of people) {
    if (dr.chance(0.01)) {
      const y = dr.int(first, Y);
      const warning = dr.chance(0.3);
      const from = date(dr, y, 1, 6);
      const to = addMonths(from, warning ? 12 : 6);
      const d = book.get(issuers.agency(y), y, `KL-${p.code}`);
      discipline.push({ subject: p.code, form: warning ? "CANH_CAO" : "KHIEN_TRACH", from, to, decisionNo: d.no, note: "Vi phạm quy trình tổ chức thi hành án" });
      cappedYear.set(p.code, y);
    } else if (dr.chance(0.003)) {
      discipline.push({ subject: p.code, form: "DANG_XEM_XET", from: date(dr, Y, 9, 12), note: "Đang giải quyết đơn khiếu nại" });
    }
  }
  for (const u of units) {
    if (dr.chance(0.01)) discipline.push({ subject: u.code, form: "DANG_XEM_XET", from: date(dr, Y, 9, 12), note: "Đang thanh tra, kiểm tra" });
  }

  // Ratings: one agency decision per year for people, one for units.
  const rr = rng.fork(5);
  const ratings: GenRating[] = [];
  const startYear = (p: GenPerson): number => {
    const y = Number(p.recruitedDate.slice(0, 4));
    return Number(p.recruitedDate.slice(5, 7)) <= 6 ? y : y + 1;
  };
  for (let y = first; y <= Y; y++) {
    const dp = book.get(issuers.agency(y), y, "XL-CN", 12, 12);
    for (const p of people) {
      if (y < startYear(p)) continue;
      let rating = rr.weighted(PERSON_RATINGS[quality.get(p.code) ?? "normal"]);
      if (cappedYear.get(p.code) === y && (rating === "HTXSNV" || rating === "HTTNV")) rating = "HTNV";
      ratings.push({ year: y, subject: p.code, rating, decisionNo: dp.no, decisionDate: dp.date });
    }
    const du = book.get(issuers.agency(y + 1), y + 1, "XL-TT", 1, 1);
    for (const u of units) {
      const q = unitQuality.get(u.code) ?? 0.8;
      const rating: Rating = rr.chance(q * 0.45) ? "HTXSNV" : rr.chance(0.93) ? "HTTNV" : "HTNV";
      ratings.push({ year: y, subject: u.code, rating, decisionNo: du.no, decisionDate: du.date });
    }
  }

  // Initiatives: about 8 % of people a year, some co-authored within the unit.
  const ir = rng.fork(6);
  const initiatives: GenInitiative[] = [];
  const ratedIn = new Set(ratings.map((r) => `${r.subject}|${r.year}`));
  const byUnit = new Map<string, GenPerson[]>();
  for (const p of people) byUnit.set(p.unit, [...(byUnit.get(p.unit) ?? []), p]);
  for (let y = first; y <= Y; y++) {
    let seq = 0;
    for (const p of people) {
      if (!ratedIn.has(`${p.code}|${y}`) || !ir.chance(0.08)) continue;
      const authors = [p.code];
      if (ir.chance(0.3)) {
        const mate = ir.pick(byUnit.get(p.unit) ?? []);
        if (mate.code !== p.code && ratedIn.has(`${mate.code}|${y}`)) authors.push(mate.code);
      }
      const scope = ir.weighted([["CO_SO", 0.86], ["BO_TINH", 0.12], ["TOAN_QUOC", 0.02]] as const);
      const issuer: Issuer = scope === "CO_SO" ? issuers.agency(y) : issuers.ministry;
      const d = book.get(issuer, y, `SK-${scope}`, 10, 12);
      seq++;
      initiatives.push({
        code: `SK${y}-${pad(seq, 3)}`,
        name: initiativeName(ir),
        kind: ir.chance(0.1) ? "DE_TAI" : "SANG_KIEN",
        authors,
        year: y,
        scope,
        decisionNo: d.no,
        decisionDate: d.date,
      });
    }
  }

  // Results and scores for every unit and year; the standing feeds the Cờ thi đua.
  const tr = rng.fork(7);
  const results: GenResult[] = [];
  const scores: GenScore[] = [];
  const standing = new Map<string, Map<number, { score: number; met: boolean }>>();
  for (const u of units) {
    const q = unitQuality.get(u.code) ?? 0.8;
    const size = tr.int(600, 6000);
    let carry: number | undefined;
    const st = new Map<number, { score: number; met: boolean }>();
    for (let y = first; y <= Y; y++) {
      const targetCases = y >= 2025 ? 0.845 : 0.84;
      const targetMoney = y >= 2025 ? 0.505 : 0.5;
      const rateViec = Math.min(0.97, targetCases + (q - 0.85) * 0.3 + (tr.next() - 0.5) * 0.06);
      const rateTien = Math.min(0.9, targetMoney + (q - 0.85) * 0.5 + (tr.next() - 0.5) * 0.1);
      const reduction = carry === undefined ? undefined : Math.max(-0.05, (q - 0.8) * 0.5 + (tr.next() - 0.5) * 0.1);
      const row = resultRow(tr, {
        unit: u.code,
        year: y,
        cases: Math.round(size * (0.9 + tr.next() * 0.2)),
        money: tr.int(40_000, 900_000) * 1000,
        rateViec,
        rateTien,
        targetCases,
        targetMoney,
        previousCarryOver: carry,
        reduction,
        targetCarryOver: 0.05,
      });
      results.push(row);
      carry = row.carryOver;
      const met = rateViec >= targetCases && rateTien >= targetMoney && (reduction === undefined || reduction >= 0.05);
      const total = Math.round((140 + q * 55 + tr.next() * 6) * 2) / 2;
      const deduction = tr.chance(0.1) ? tr.int(1, 6) : 0;
      scores.push(...scoreRows(tr, u.code, y, Math.min(200, total), DEFAULT_CRITERIA, deduction));
      st.set(y, { score: total, met });
    }
    standing.set(u.code, st);
  }

  const hr = rng.fork(8);
  const input = { units, people, ratings, initiatives, discipline, given: [], scripted: new Set<string>(), standing };
  const { awards, facts } = simulateHistory(input, { firstYear: first, year: Y, issuers, book }, hr);
  const votes = simulateVotes(input, facts, { year: Y, councilSize: council, coverage: 0.95 }, rng.fork(9));

  const ar = rng.fork(10);
  const achievements: GenAchievement[] = [];
  const nAch = Math.max(1, Math.round(nUnits / 10 + nPeople / 200));
  for (let i = 0; i < nAch; i++) {
    const onUnit = ar.chance(0.4);
    const subject = onUnit ? ar.pick(units).code : ar.pick(people).code;
    const form = ar.weighted([["GIAY_KHEN", 0.7], ["BK_BO", 0.25], [undefined, 0.05]] as const);
    achievements.push({
      date: date(ar, Y),
      subject,
      content: onUnit ? "Tổ chức cưỡng chế thành công vụ việc phức tạp, bảo đảm an toàn tuyệt đối" : "Có thành tích xuất sắc đột xuất trong xác minh, xử lý tài sản thi hành án",
      kind: ar.chance(0.8) ? "DOT_XUAT" : "CHUYEN_DE",
      ...(form ? { proposedForm: form } : {}),
      evidence: "Báo cáo của đơn vị",
    });
  }

  return {
    settings: [
      ["Năm thi đua", Y],
      ["Cơ quan chủ quản", "BỘ TƯ PHÁP"],
      ["Cơ quan", "THI HÀNH ÁN DÂN SỰ TỈNH"],
      ["Viết tắt", "THADS"],
      ["Số thành viên Hội đồng", council],
    ],
    units,
    people,
    ratings,
    initiatives,
    discipline,
    awards: [...awards].sort((a, b) => a.year - b.year),
    results,
    criteria: DEFAULT_CRITERIA,
    scores,
    votes,
    achievements,
  };
}

/** The tracking sheets as grids (Office.js `Range.values` shape), for the core or for `writeXlsx`. */
export function generateTracking(options: GenerateOptions = {}): GeneratedWorkbook {
  return toGrids(generateData(options), options.layout);
}
