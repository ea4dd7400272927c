/**
 * Review and log times. The caller passes the time (the core has no clock) as local wall-clock ISO text
 * "YYYY-MM-DDTHH:MM:SS"; a trailing zone ("Z", "+07:00") is accepted and dropped (the wall time is kept).
 * The sheets hold an Excel date-time serial (shown as dd/mm/yyyy hh:mm:ss); reading also accepts text
 * "dd/mm/yyyy hh:mm[:ss]", "yyyy-mm-dd hh:mm[:ss]" and a date alone.
 */
import type { CellValue } from "../grid";
import { isBlank } from "../grid";
import { isoDate, isoToSerial, isValidDate, serialToIso } from "../text/parse-values";

/** "YYYY-MM-DDTHH:MM:SS", comparable as a string. */
export type IsoDateTime = string;

const pad = (n: number): string => String(n).padStart(2, "0");

function build(y: number, mo: number, d: number, h: number, mi: number, s: number): IsoDateTime | null {
  if (!isValidDate(y, mo, d) || h > 23 || mi > 59 || s > 59) return null;
  return `${isoDate(y, mo, d)}T${pad(h)}:${pad(mi)}:${pad(s)}`;
}

/** Normalises ISO text given by a caller; null when it is not a date-time. */
export function normaliseIsoDateTime(text: string): IsoDateTime | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(text.trim());
  if (!m) return null;
  return build(+m[1], +m[2], +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
}

/** Reads a time cell (serial or text); null when blank or unreadable. */
export function readDateTime(value: CellValue): IsoDateTime | null {
  if (isBlank(value)) return null;
  if (typeof value === "number") return serialToDateTime(value);
  if (typeof value !== "string") return null;
  const text = value.trim();
  const vi = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (vi) return build(+vi[3], +vi[2], +vi[1], +(vi[4] ?? 0), +(vi[5] ?? 0), +(vi[6] ?? 0));
  return normaliseIsoDateTime(text);
}

/** Excel serial (date + fraction of a day) → ISO date-time, rounded to the second. */
export function serialToDateTime(serial: number): IsoDateTime | null {
  if (!Number.isFinite(serial)) return null;
  let whole = Math.floor(serial);
  let seconds = Math.round((serial - whole) * 86_400);
  if (seconds >= 86_400) {
    whole += 1;
    seconds -= 86_400;
  }
  const day = serialToIso(whole);
  if (!day) return null;
  return `${day}T${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}

/** ISO date-time → Excel serial with the time as a fraction of a day. */
export function dateTimeToSerial(iso: IsoDateTime): number {
  const day = isoToSerial(iso.slice(0, 10));
  const [h, mi, s] = (iso.slice(11) || "00:00:00").split(":").map(Number);
  return day + ((h || 0) * 3600 + (mi || 0) * 60 + (s || 0)) / 86_400;
}

/** "2025-11-20T09:05:00" → "20/11/2025 09:05" (for messages). */
export function formatDateTimeVi(iso: IsoDateTime): string {
  const [d, t] = iso.split("T");
  const [y, mo, day] = d.split("-");
  return `${day}/${mo}/${y}${t ? ` ${t.slice(0, 5)}` : ""}`;
}

/** The number format the product gives time cells. */
export const DATE_TIME_FORMAT = "dd/mm/yyyy hh:mm:ss";
