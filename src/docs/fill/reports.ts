/**
 * Values of the achievement reports: Mẫu 05 (a person) and Mẫu 04 (a unit). One report per subject,
 * naming every title proposed for it; tables of ratings, initiatives, results vs targets and award history.
 */
import type { AwardFact, Grounds, InitiativeFact, Proposal, ProposalSet, RatingFact, UnitResults } from "../../core/proposals/types";
import { titleLevel } from "../../core/proposals/titles";
import { number, orBlank, percent, pointsDiff, shortDate, BLANK } from "../wording/format-values";
import { groundsLines } from "../wording/grounds";
import { genderName, ratingName, scopeName, titleName, titlesCaps } from "../wording/titles";
import type { RowsValue, TemplateValues } from "../values";
import { commonValues } from "./common";

/** A table with no data keeps one row saying so, rather than an empty header. */
function orNone(rows: ReadonlyArray<Record<string, string>>, field: string, none: string): RowsValue {
  return { rows: rows.length > 0 ? rows : [{ [field]: none }] };
}

function decision(no: string, date: string | null, issuer = ""): string {
  const parts = [no ? `Số ${no}` : "", date ? `ngày ${shortDate(date)}` : "", issuer].filter((s) => s !== "");
  return parts.length > 0 ? parts.join(", ") : "";
}

export function awardRows(facts: ReadonlyArray<AwardFact>): RowsValue {
  return orNone(
    facts.map((f) => ({ nam: String(f.year), ten: titleName(f.title), quyet_dinh: decision(f.decisionNo, f.decisionDate, f.issuer) })),
    "ten",
    "Chưa có",
  );
}

export function ratingRows(ratings: ReadonlyArray<RatingFact>): RowsValue {
  return orNone(
    ratings.map((r) => ({ nam: String(r.year), ket_qua: ratingName(r.rating), quyet_dinh: decision(r.decisionNo, r.decisionDate) || "Chưa có số quyết định" })),
    "ket_qua",
    "Chưa có dữ liệu xếp loại",
  );
}

export function initiativeRows(list: ReadonlyArray<InitiativeFact>): RowsValue {
  return orNone(
    list.map((i, n) => ({ stt: String(n + 1), ten: i.name, pham_vi: scopeName(i.scope), quyet_dinh: decision(i.decisionNo, i.decisionDate) || "Chưa có số quyết định" })),
    "ten",
    "Không có",
  );
}

export function resultRows(r: UnitResults | undefined): RowsValue {
  const rows: Array<Record<string, string>> = [];
  if (r?.viec) {
    rows.push({
      chi_tieu: "Về việc (việc có điều kiện thi hành)",
      giao: percent(r.viec.target),
      dat: `${number(r.viec.done)}/${number(r.viec.able)} việc`,
      ty_le: percent(r.viec.rate),
      so_voi: pointsDiff(r.viec.rate, r.viec.previousRate) || BLANK,
    });
  }
  if (r?.tien) {
    rows.push({
      chi_tieu: "Về tiền (nghìn đồng có điều kiện thi hành)",
      giao: percent(r.tien.target),
      dat: `${number(r.tien.done)}/${number(r.tien.able)} nghìn đồng`,
      ty_le: percent(r.tien.rate),
      so_voi: pointsDiff(r.tien.rate, r.tien.previousRate) || BLANK,
    });
  }
  if (r && r.carryOver !== null) {
    rows.push({
      chi_tieu: "Việc chuyển kỳ sau",
      giao: "",
      dat: `${number(r.carryOver)} việc`,
      ty_le: "",
      so_voi: r.previousCarryOver !== null ? `${number(r.previousCarryOver)} việc năm trước` : BLANK,
    });
  }
  return orNone(rows, "chi_tieu", "Chưa có số liệu kết quả thi hành án");
}

/** Merges the proposals of one subject: titles (highest first), ratings, titles held and initiatives without repeats. */
function merged(proposals: ReadonlyArray<Proposal>) {
  const sorted = [...proposals].sort((a, b) => titleLevel(a.title) - titleLevel(b.title));
  const proposed = new Set(sorted.map((p) => p.title));
  const ratings = new Map<number, RatingFact>();
  const initiatives = new Map<string, InitiativeFact>();
  const titles = new Map<string, Grounds["titles"][number]>();
  for (const p of sorted) {
    for (const r of p.grounds.ratings) ratings.set(r.year, r);
    for (const i of p.grounds.initiatives) initiatives.set(i.code, i);
    for (const t of p.grounds.titles) if (!(t.decided && proposed.has(t.title))) titles.set(`${t.title}|${t.year}`, t);
  }
  const grounds: Grounds = {
    ratings: [...ratings.values()].sort((a, b) => a.year - b.year),
    titles: [...titles.values()].sort((a, b) => a.year - b.year || titleLevel(b.title) - titleLevel(a.title)),
    initiatives: [...initiatives.values()].sort((a, b) => a.year - b.year || a.code.localeCompare(b.code)),
  };
  return {
    titles: sorted.map((p) => p.title),
    ratings: grounds.ratings,
    initiatives: grounds.initiatives,
    summary: (results?: UnitResults) => {
      const lines = groundsLines(grounds, results);
      return lines.length > 0 ? `${lines.join("; ")}.` : BLANK;
    },
  };
}

export function baoCaoCaNhanValues(set: ProposalSet, subject: string, proposals: ReadonlyArray<Proposal>): TemplateValues {
  const s = set.subjects[subject];
  const m = merged(proposals);
  const history = set.history[subject] ?? { titles: [], forms: [] };
  return {
    ...commonValues(set),
    de_nghi: titlesCaps(m.titles),
    ho_ten: s?.name ?? subject,
    gioi_tinh: orBlank(genderName(s?.gender ?? null)),
    ngay_sinh: orBlank(shortDate(s?.birthDate ?? null)),
    que_quan: orBlank(s?.hometown),
    don_vi: orBlank(s?.unitName),
    chuc_vu: orBlank(s?.position),
    trinh_do: orBlank(s?.education),
    ngach: orBlank(s?.grade),
    tom_tat: m.summary(),
    xep_loai: ratingRows(m.ratings),
    sang_kien: initiativeRows(m.initiatives),
    ket_qua: resultRows(s ? set.results[s.unitCode] : undefined),
    danh_hieu: awardRows(history.titles),
    hinh_thuc: awardRows(history.forms),
  };
}

export function baoCaoTapTheValues(set: ProposalSet, subject: string, proposals: ReadonlyArray<Proposal>): TemplateValues {
  const s = set.subjects[subject];
  const m = merged(proposals);
  const results = set.results[s?.unitCode ?? subject];
  const history = set.history[subject] ?? { titles: [], forms: [] };
  const ratingY = m.ratings.find((r) => r.year === set.year);
  const rank: string[] = [];
  if (results?.score != null) rank.push(`đạt ${number(results.score, Number.isInteger(results.score) ? 0 : 1)} điểm`);
  if (results?.class != null) rank.push(`xếp loại ${results.class}`);
  if (results?.clusterRank != null) rank.push(`xếp thứ ${results.clusterRank}${results.cluster ? ` trong ${results.cluster}` : ""}`);
  return {
    ...commonValues(set),
    de_nghi: titlesCaps(m.titles),
    ten_tap_the: s?.name ?? subject,
    loai: orBlank(s?.position),
    khoi_thi_dua: orBlank(s?.cluster),
    so_bien_che: s?.headcount != null ? String(s.headcount) : BLANK,
    so_nguoi: s?.members != null ? String(s.members) : BLANK,
    xep_loai_nam: ratingY ? `${ratingName(ratingY.rating)} (năm ${ratingY.year})` : BLANK,
    xep_hang: rank.length > 0 ? rank.join(", ") : "chưa có kết quả chấm điểm",
    tom_tat: m.summary(results),
    xep_loai: ratingRows(m.ratings),
    ket_qua: resultRows(results),
    danh_hieu: awardRows(history.titles),
    hinh_thuc: awardRows(history.forms),
  };
}
