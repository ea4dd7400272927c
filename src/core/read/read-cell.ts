/**
 * Reading one cell by its column type. Returns the typed value or the issue code that explains why it
 * could not be read; never throws on content.
 */
import type { CellValue } from "../grid";
import { isBlank, isErrorValue } from "../grid";
import type { IssueCode, Msg } from "../issues";
import { DOMAINS, matchEnum, spellings, type EnumDomain } from "../schema/enums";
import type { ColumnSpec } from "../schema/sheets";
import { closest } from "../text/fold";
import { monthFirstReading, parseDate, parseNumber, parsePercent } from "../text/parse-values";

export type CellRead =
  | { readonly kind: "blank" }
  | { readonly kind: "value"; readonly value: unknown }
  | { readonly kind: "issue"; readonly code: IssueCode; readonly message: Msg; readonly hint: Msg | null };

const BLANK: CellRead = { kind: "blank" };

export const MIN_YEAR = 1945;
export const MAX_YEAR = 2100;

/** Text of a cell as a string: numbers as written by JS, booleans as TRUE/FALSE. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value).trim();
}

/** Splits a list of codes typed in one cell ("CB001; CB002, CB003"). */
export function splitCodes(text: string): string[] {
  return text
    .split(/[;,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

function issue(code: IssueCode, key: string, params: Record<string, string | number>, hint: Msg | null = null): CellRead {
  return { kind: "issue", code, message: { key, params }, hint };
}

/** Reads a cell for a column. `text` is the cell's text after any legacy-encoding conversion. */
export function readCell(column: ColumnSpec, value: CellValue, text: string): CellRead {
  if (isErrorValue(value)) return issue("FORMULA_ERROR", "issues.FORMULA_ERROR", { value: value.trim() }, { key: "hints.FORMULA_ERROR" });
  if (isBlank(value)) return BLANK;
  const t = column.type;
  switch (t.kind) {
    case "text":
    case "code":
      return { kind: "value", value: text };
    case "codes":
      return { kind: "value", value: splitCodes(text) };
    case "year": {
      const n = parseNumber(value);
      if (!n.ok || !Number.isInteger(n.value)) return issue("TYPE_NUMBER", "issues.TYPE_NUMBER.year", { value: text }, { key: "hints.TYPE_NUMBER.year" });
      if (n.value < MIN_YEAR || n.value > MAX_YEAR) return issue("RANGE", "issues.RANGE.year", { value: text, min: MIN_YEAR, max: MAX_YEAR }, { key: "hints.RANGE.year" });
      return { kind: "value", value: n.value };
    }
    case "int":
    case "number": {
      const n = parseNumber(value);
      if (!n.ok) return issue("TYPE_NUMBER", "issues.TYPE_NUMBER.number", { value: text }, { key: "hints.TYPE_NUMBER.number" });
      if (t.kind === "int" && !Number.isInteger(n.value)) return issue("TYPE_NUMBER", "issues.TYPE_NUMBER.int", { value: text }, { key: "hints.TYPE_NUMBER.int" });
      if (n.value < 0) return issue("RANGE", "issues.RANGE.negative", { value: text }, { key: "hints.RANGE.negative" });
      return { kind: "value", value: n.value };
    }
    case "percent": {
      const p = parsePercent(value);
      if (!p.ok) {
        if (p.reason === "range") return issue("RANGE", "issues.RANGE.percent", { value: text }, { key: "hints.RANGE.percent" });
        return issue("TYPE_NUMBER", "issues.TYPE_NUMBER.percent", { value: text }, { key: "hints.TYPE_NUMBER.percent" });
      }
      return { kind: "value", value: p.value };
    }
    case "date": {
      const d = parseDate(value);
      if (d.ok) return { kind: "value", value: d.value };
      const key = d.reason === "date-two-digit-year" ? "twoDigitYear" : d.reason === "date-impossible" ? "impossible" : "format";
      const swapped = d.reason === "date-impossible" ? monthFirstReading(text) : null;
      return issue("TYPE_DATE", `issues.TYPE_DATE.${key}`, { value: text }, swapped ? { key: "hints.TYPE_DATE.swapped", params: { swapped } } : { key: "hints.TYPE_DATE" });
    }
    case "enum": {
      const domain: EnumDomain = DOMAINS[t.domain] as EnumDomain;
      const code = matchEnum(domain, text);
      if (code) return { kind: "value", value: code };
      const options = domain.codes.map((c) => domain.labels[c]);
      const best = closest(text, spellings(domain), 1)[0] ?? options[0];
      return issue(
        "TYPE_ENUM",
        "issues.TYPE_ENUM",
        { value: text },
        { key: "hints.TYPE_ENUM", params: { closest: best, options: options.join("; ") } },
      );
    }
  }
}
