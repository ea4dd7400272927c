/**
 * What Excel makes of a value assigned to `Range.values` / `Range.formulas`: it parses it as if a person typed it.
 * Office.js documents (Range.values): "If the returned value starts with a plus ("+"), minus ("-"), or equal sign
 * ("="), Excel interprets this value as a formula." Like typing:
 *  - a leading apostrophe is Excel's quote prefix: the rest is stored as text and the cell is marked quotePrefix
 *    (the apostrophe is not part of the value, and neither `values` nor `formulas` returns it);
 *  - a cell whose number format is Text ("@") stores the string as typed;
 *  - "=…" is a formula; "+…"/"-…" is a number when it reads as one, else a formula; "@…" is a formula (Excel's
 *    implicit-intersection operator / Lotus habit);
 *  - numbers ("1,234.5", "12%"), TRUE/FALSE, error literals (#N/A…) and ISO dates (yyyy-mm-dd) are converted;
 *    locale-shaped dates ("19-8-2025", "1/2/2025") stay text — the reference says "Locale-shaped strings … are
 *    stored as text instead of as dates … use a locale-neutral format like ISO (YYYY-MM-DD)"; anything else is
 *    text. `null` leaves the cell unchanged; "" empties it.
 * Formulas are not calculated: `values` of a formula cell is its literal result for `="text"`, `=123` and
 * HYPERLINK(…, "label"), and "#NAME?" otherwise (what Excel shows for text such as "=abc" or "-abc").
 */
import { isErrorValue } from "../../src/core/grid";

export type Scalar = string | number | boolean;

export type CellInput =
  | { readonly kind: "keep" }
  | { readonly kind: "clear" }
  | { readonly kind: "value"; readonly value: Scalar; readonly quotePrefix?: boolean; readonly numberFormat?: string }
  | { readonly kind: "error"; readonly value: string }
  | { readonly kind: "formula"; readonly formula: string };

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:e[+-]?\d+)?$/i;

function parseNumber(text: string): number | null {
  const t = text.trim();
  if (!/\d/.test(t)) return null;
  const pct = t.endsWith("%");
  const body = pct ? t.slice(0, -1).trim() : t;
  if (!NUMBER.test(body)) return null;
  const n = Number(body.replace(/,/g, ""));
  if (!Number.isFinite(n)) return null;
  return pct ? n / 100 : n;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function serial(y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 9999) return null;
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  return Math.round((t - EXCEL_EPOCH) / 86_400_000);
}

function parseDate(text: string): number | null {
  const t = text.trim();
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return serial(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

/** Interprets one input value for a cell whose current number format is `numberFormat`. */
export function interpretInput(input: unknown, numberFormat: string): CellInput {
  if (input === null || input === undefined) return { kind: "keep" };
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return { kind: "error", value: "#NUM!" };
    return { kind: "value", value: input };
  }
  if (typeof input === "boolean") return { kind: "value", value: input };
  if (typeof input !== "string") return { kind: "value", value: String(input) };
  const s = input;
  if (s === "") return { kind: "clear" };
  if (s.startsWith("'")) return { kind: "value", value: s.slice(1), quotePrefix: true };
  if (numberFormat === "@") return { kind: "value", value: s };
  if (s.startsWith("=") && s.length > 1) return { kind: "formula", formula: s };
  if ((s.startsWith("+") || s.startsWith("-")) && s.length > 1) {
    const n = parseNumber(s);
    if (n !== null) return { kind: "value", value: n };
    return { kind: "formula", formula: `=${s}` };
  }
  if (s.startsWith("@") && s.length > 1) return { kind: "formula", formula: `=${s}` };
  const n = parseNumber(s);
  if (n !== null) return { kind: "value", value: n, numberFormat: s.trim().endsWith("%") && numberFormat === "General" ? "0%" : undefined };
  if (/^(true|false)$/i.test(s.trim())) return { kind: "value", value: s.trim().toUpperCase() === "TRUE" };
  if (isErrorValue(s)) return { kind: "error", value: s.trim() };
  const d = parseDate(s);
  if (d !== null) return { kind: "value", value: d, numberFormat: numberFormat === "General" ? "yyyy-mm-dd" : undefined };
  return { kind: "value", value: s };
}

/** The value Excel shows for a formula, as far as the fake can tell without a calculation engine. */
export function formulaResult(formula: string): Scalar {
  const body = formula.replace(/^=/, "").trim();
  const str = /^"((?:[^"]|"")*)"$/.exec(body);
  if (str) return str[1].replace(/""/g, '"');
  if (/^[+-]?\d+(\.\d+)?$/.test(body)) return Number(body);
  const link = /^HYPERLINK\(\s*"((?:[^"]|"")*)"\s*(?:,\s*"((?:[^"]|"")*)"\s*)?\)$/i.exec(body);
  if (link) return (link[2] ?? link[1]).replace(/""/g, '"');
  return "#NAME?";
}
