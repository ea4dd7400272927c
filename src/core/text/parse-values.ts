/**
 * Cell value parsers for the forgiving reading rules of workbook.md: Vietnamese number formats,
 * percent columns, Excel serial dates and text dates. Pure; no clock, no locale.
 */
import type { CellValue } from "../grid";

/** A calendar date as "YYYY-MM-DD". Compares correctly as a string. */
export type IsoDate = string;

export type Parsed<T> = { ok: true; value: T; note?: string } | { ok: false; reason: ParseFailure };

/** Why a value could not be read; the validator turns it into an issue code. */
export type ParseFailure = "number" | "date" | "date-two-digit-year" | "date-impossible" | "range";

const fail = <T>(reason: ParseFailure): Parsed<T> => ({ ok: false, reason });

const SPACES = /[\s\u00a0\u202f]/g;

/**
 * Reads a number from a number cell or Vietnamese-formatted text.
 * "," is always the decimal comma; "." followed by groups of exactly three digits is a thousands separator
 * ("12.500" = 12500, "1.234.567,5"), any other "." is a decimal point ("12.5").
 */
export function parseNumber(value: CellValue): Parsed<number> {
  if (typeof value === "number") return Number.isFinite(value) ? { ok: true, value } : fail("number");
  if (typeof value !== "string") return fail("number");
  const text = value.replace(SPACES, "");
  if (text === "") return fail("number");
  let m = /^([+-]?)([1-9]\d{0,2}(?:\.\d{3})+)(?:,(\d+))?$/.exec(text);
  if (m) return { ok: true, value: Number(`${m[1]}${m[2].replace(/\./g, "")}${m[3] ? "." + m[3] : ""}`) };
  m = /^([+-]?)(\d+)(?:,(\d+))?$/.exec(text);
  if (m) return { ok: true, value: Number(`${m[1]}${m[2]}${m[3] ? "." + m[3] : ""}`) };
  m = /^([+-]?)(\d*)\.(\d+)$/.exec(text);
  if (m && (m[2] !== "" || m[3] !== "")) return { ok: true, value: Number(`${m[1]}${m[2] || "0"}.${m[3]}`) };
  return fail("number");
}

/**
 * Reads a percent column as a fraction (0.825).
 * Text with "%" is percent points ("82,5%" = 0.825); a number ≤ 1 is a fraction ("1" = 100 %);
 * a number > 1 is percent points (82.5). Above 100 % or below 0 is `range`.
 */
export function parsePercent(value: CellValue): Parsed<number> {
  let fraction: number;
  let note: string;
  if (typeof value === "string" && /%\s*$/.test(value)) {
    const n = parseNumber(value.replace(/%\s*$/, ""));
    if (!n.ok) return n;
    fraction = n.value / 100;
    note = "percent-text";
  } else {
    const n = parseNumber(value);
    if (!n.ok) return n;
    if (n.value <= 1) {
      fraction = n.value;
      note = "fraction";
    } else {
      fraction = n.value / 100;
      note = "percent-points";
    }
  }
  fraction = Math.round(fraction * 1e9) / 1e9;
  if (fraction < 0 || fraction > 1) return fail("range");
  return { ok: true, value: fraction, note };
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** True when day/month/year is a real calendar date. */
export function isValidDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (m < 1 || m > 12 || d < 1) return false;
  const max = m === 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[m - 1];
  return d <= max;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

export function isoDate(y: number, m: number, d: number): IsoDate {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

const MS_PER_DAY = 86_400_000;
/** Excel serial 25569 is 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;

/** Excel serial (1900 system, integer part) → ISO date, computed in UTC so no time zone can shift it. */
export function serialToIso(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  const whole = Math.floor(serial);
  if (whole === 60) return null; // 29/02/1900 does not exist (Lotus bug kept by Excel)
  const days = whole < 60 ? whole + 1 : whole;
  const date = new Date((days - UNIX_EPOCH_SERIAL) * MS_PER_DAY);
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** ISO date → Excel serial (1900 system). */
export function isoToSerial(iso: IsoDate): number {
  const [y, m, d] = iso.split("-").map(Number);
  const days = Date.UTC(y, m - 1, d) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  return days < 61 ? days - 1 : days;
}

/** "dd/mm/yyyy", "d-m-yyyy" (same separator twice; the year's digits checked by the reader). */
const DAY_MONTH_YEAR = /^(\d{1,2})([/-])(\d{1,2})\2(\d+)$/;

/**
 * Reads a date: an Excel serial number, or text "dd/mm/yyyy", "d/m/yyyy", "dd-mm-yyyy", "yyyy-mm-dd".
 * Never "mm/dd". A two-digit year or an impossible date is a failure.
 */
export function parseDate(value: CellValue): Parsed<IsoDate> {
  if (typeof value === "number") {
    const iso = serialToIso(value);
    return iso ? { ok: true, value: iso, note: "serial" } : fail("date");
  }
  if (typeof value !== "string") return fail("date");
  const text = value.trim();
  let m = DAY_MONTH_YEAR.exec(text);
  if (m) {
    if (m[4].length !== 4) return fail("date-two-digit-year");
    const d = Number(m[1]);
    const mo = Number(m[3]);
    const y = Number(m[4]);
    return isValidDate(y, mo, d) ? { ok: true, value: isoDate(y, mo, d), note: "text" } : fail("date-impossible");
  }
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    return isValidDate(y, mo, d) ? { ok: true, value: isoDate(y, mo, d), note: "text" } : fail("date-impossible");
  }
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}$/.test(text)) return fail("date-two-digit-year");
  return fail("date");
}

/**
 * "12/25/1990" (month first, as an English-language Excel writes it) is impossible read day first; when swapping
 * day and month gives a real date, that date as dd/mm/yyyy (to suggest it), else null.
 */
export function monthFirstReading(text: string): string | null {
  const m = DAY_MONTH_YEAR.exec(text.trim());
  if (!m || m[4].length !== 4) return null;
  const [month, day, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
  if (month > 12 || day <= 12 || !isValidDate(year, month, day)) return null;
  return `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
}

/** Year of an ISO date. */
export function yearOf(iso: IsoDate): number {
  return Number(iso.slice(0, 4));
}

/** "2025-01-05" → "05/01/2025" (the Vietnamese way, zero padded). */
export function formatDateVi(iso: IsoDate): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}
