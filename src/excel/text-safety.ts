/**
 * Writing text so that Excel keeps it as text. Excel parses what `Range.values` receives as if a person typed
 * it: "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this
 * value as a formula" (Office.js reference, Range.values), "@…" too, and "001", "1/2/2025", "TRUE", "#N/A"
 * become numbers, dates, booleans and errors. The product writes such strings with Excel's quote prefix (a
 * leading apostrophe): the cell then holds exactly the string, and neither `values` nor `formulas` returns the
 * apostrophe. Other strings are written as they are.
 */
import type { CellValue } from "../core/grid";

const FIRST_CHAR = /^[=+\-@'\s]/;
const NUMBER_LIKE = /^[\d\s.,:/%$€£¥₫()+\-eE]+$/;
const BOOLEAN = /^(true|false)$/i;
/** English month names Excel reads as dates ("Jan 5", "5-Mar-2025", "December 2024"). */
const MONTH_DATE = /^(\d{1,2}[\s\-/])?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?([\s\-/,]+\d{1,4}){0,2}$/i;

/** True when Excel would not store the string as the same text if it were written as is. */
export function needsQuotePrefix(text: string): boolean {
  if (text === "") return false;
  if (FIRST_CHAR.test(text) || text.startsWith("#")) return true;
  const t = text.trim();
  return (NUMBER_LIKE.test(t) && /\d/.test(t)) || BOOLEAN.test(t) || MONTH_DATE.test(t);
}

/** A cell value for `Range.values` that Excel stores exactly as given (numbers and booleans stay as they are). */
export function protectCell(value: CellValue): string | number | boolean {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  if (typeof value === "boolean") return value;
  return needsQuotePrefix(value) ? `'${value}` : value;
}
