/** Short summaries of the grounds of a proposal (ratings, titles, initiatives with decision numbers, results). */
import type { Grounds, InitiativeFact, UnitResults } from "../../core/proposals/types";
import type { Rating, Title } from "../../core/schema/enums";
import { number, percent, shortDate } from "./format-values";
import { ratingName, scopeName, titleName, titleShort } from "./titles";

function years(list: ReadonlyArray<number>): string {
  return [...new Set(list)].sort((a, b) => a - b).join(", ");
}

/** "Hoàn thành xuất sắc nhiệm vụ năm 2024, 2025" (or the code with `short`). */
export function ratingsLine(ratings: Grounds["ratings"], short = false): string[] {
  const by = new Map<Rating, number[]>();
  for (const r of ratings) by.set(r.rating, [...(by.get(r.rating) ?? []), r.year]);
  return [...by].map(([rating, ys]) => `${short ? rating : ratingName(rating)} năm ${years(ys)}`);
}

/** "Lao động tiên tiến năm 2024, 2025" in prose; "LĐTT năm 2024, 2025" with `short` (the Danh sách's narrow column). */
export function titlesLine(titles: Grounds["titles"], short = false): string[] {
  const by = new Map<Title, number[]>();
  for (const t of titles) by.set(t.title, [...(by.get(t.title) ?? []), t.year]);
  return [...by].map(([title, ys]) => `${short ? titleShort(title) : titleName(title)} năm ${years(ys)}`);
}

/** "Sáng kiến “…” (cấp cơ sở; QĐ số 12/QĐ-THADS ngày 05/01/2025)". */
export function initiativeLine(i: InitiativeFact): string {
  const decision = i.decisionNo ? `QĐ số ${i.decisionNo}${i.decisionDate ? ` ngày ${shortDate(i.decisionDate)}` : ""}` : "chưa có số quyết định công nhận";
  const scope = scopeName(i.scope).toLocaleLowerCase("vi");
  return `Sáng kiến “${i.name}” (${scope ? `${scope}; ` : ""}${decision})`;
}

/** Unit ranking and targets in one line: "Xếp thứ 1 Khối 1, 186,5 điểm, loại A; việc 84,3% (chỉ tiêu 82,5%)…". */
export function resultsLine(r: UnitResults | undefined): string[] {
  if (!r) return [];
  const out: string[] = [];
  const rank: string[] = [];
  if (r.clusterRank !== null) rank.push(`xếp thứ ${r.clusterRank}${r.cluster ? ` ${r.cluster}` : ""}`);
  if (r.score !== null) rank.push(`${number(r.score, Number.isInteger(r.score) ? 0 : 1)} điểm`);
  if (r.class !== null) rank.push(`loại ${r.class}`);
  if (rank.length > 0) out.push(rank.join(", ").replace(/^./, (c) => c.toLocaleUpperCase("vi")));
  const t: string[] = [];
  if (r.viec?.rate != null) t.push(`việc đạt ${percent(r.viec.rate)}${r.viec.target !== null ? ` (chỉ tiêu ${percent(r.viec.target)})` : ""}`);
  if (r.tien?.rate != null) t.push(`tiền đạt ${percent(r.tien.rate)}${r.tien.target !== null ? ` (chỉ tiêu ${percent(r.tien.target)})` : ""}`);
  if (t.length > 0) out.push(t.join("; ").replace(/^./, (c) => c.toLocaleUpperCase("vi")));
  return out;
}

/** The grounds of one proposal as lines (Danh sách column, report summary). */
export function groundsLines(g: Grounds, results?: UnitResults, short = false): string[] {
  return [...ratingsLine(g.ratings, short), ...titlesLine(g.titles, short), ...g.initiatives.map(initiativeLine), ...resultsLine(results)];
}
