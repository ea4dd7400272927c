/**
 * How values are written in administrative documents: dates (NĐ 30: days below 10 and months 1, 2 take a
 * leading 0), percents and numbers with the Vietnamese decimal comma and thousands dot, counts as "02".
 */
import type { IsoDate } from "../../core/text/parse-values";

/** What the documents print where the data have nothing: a dotted space the clerk fills by hand. */
export const BLANK = "……";

export interface DateParts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

/** Day 01–09 padded, months 01 and 02 padded, other months as they are (NĐ 30/2020 Phụ lục I). */
export function dateParts(iso: IsoDate): DateParts {
  const [y, m, d] = iso.split("-").map(Number);
  return { day: String(d).padStart(2, "0"), month: m < 3 ? String(m).padStart(2, "0") : String(m), year: String(y) };
}

/** "ngày 05 tháng 01 năm 2026". */
export function longDate(iso: IsoDate): string {
  const p = dateParts(iso);
  return `ngày ${p.day} tháng ${p.month} năm ${p.year}`;
}

/** "05/01/2026" (tables and grounds). */
export function shortDate(iso: IsoDate | null): string {
  if (!iso) return "";
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

/** 1234567.5 → "1.234.567,5". */
export function number(n: number | null, decimals = 0): string {
  if (n === null || !Number.isFinite(n)) return BLANK;
  const fixed = Math.abs(n).toFixed(decimals);
  const [int, frac] = fixed.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${n < 0 ? "-" : ""}${grouped}${frac ? `,${frac}` : ""}`;
}

/** 0.843 → "84,3%"; whole percents without decimals (0.8 → "80%"). */
export function percent(fraction: number | null): string {
  if (fraction === null || !Number.isFinite(fraction)) return BLANK;
  const p = Math.round(fraction * 1000) / 10;
  return `${number(p, Number.isInteger(p) ? 0 : 1)}%`;
}

/** Difference of two rates in percentage points, signed: "+1,2 điểm %". */
export function pointsDiff(now: number | null, before: number | null): string {
  if (now === null || before === null) return "";
  const d = Math.round((now - before) * 1000) / 10;
  const sign = d > 0 ? "+" : d < 0 ? "-" : "±";
  return `${sign}${number(Math.abs(d), Number.isInteger(d) ? 0 : 1)} điểm %`;
}

/** Counts as administrative documents write them: 2 → "02", 12 → "12". */
export function count(n: number): string {
  return String(n).padStart(2, "0");
}

/** Or a dotted blank when empty. */
export function orBlank(text: string | null | undefined): string {
  const t = (text ?? "").trim();
  return t === "" ? BLANK : t;
}

/** A clerk's text used as a whole sentence in the body: ends with a full stop unless it already ends a sentence. */
export function asSentence(text: string | null | undefined): string {
  const t = orBlank(text);
  return /[.!?…]$/.test(t) ? t : `${t}.`;
}

/**
 * An agency name for running text. Names in the settings are usually typed in capitals for the header
 * ("THI HÀNH ÁN DÂN SỰ TỈNH VĨNH LONG"); in a sentence they read "Thi hành án dân sự tỉnh Vĩnh Long": lower
 * case, first letter capital, and the place name (and any word after "tỉnh", "thành phố") capitalised.
 */
export function sentenceName(name: string, place: string): string {
  const t = name.trim().replace(/\s+/g, " ");
  if (t === "" || t !== t.toLocaleUpperCase("vi")) return t;
  const lower = t.toLocaleLowerCase("vi");
  const cap = (w: string) => w.charAt(0).toLocaleUpperCase("vi") + w.slice(1);
  const placeWords = new Set(place.trim().toLocaleLowerCase("vi").split(/\s+/).filter((w) => w !== ""));
  const words = lower.split(" ");
  let placeFollows = false;
  const out = words.map((w, i) => {
    const keep = i === 0 || placeFollows || placeWords.has(w);
    if (w === "tỉnh" || (w === "phố" && words[i - 1] === "thành")) placeFollows = true;
    return keep ? cap(w) : w;
  });
  return out.join(" ");
}
