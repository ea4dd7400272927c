/**
 * Fingerprint of the normalised data (cli.md, workbook.md "Fingerprint"): a SHA-256 of the parsed records
 * of the tracking sheets, each sheet's rows sorted by their key, with where they came from left out.
 * Representation (text date vs real date, formula vs literal, header spelling, column order, empty rows,
 * sheet order, formatting) does not change it; any change of a value does.
 */
import { sha256 } from "@noble/hashes/sha256";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";
import type { CellValue } from "./grid";
import { isBlank } from "./grid";
import type { Source, TrackingData } from "./model";
import { cellText, readCell } from "./read/read-cell";
import { paramByLabel, parseParamValue } from "./rules/parameters";
import { normaliseSettingValue, settingKeyOf } from "./settings";
import { SHEETS, type ColumnSpec } from "./schema/sheets";
import { matchKey } from "./text/fold";
import { convertLegacy, detectLegacyEncoding } from "./text/legacy-encoding";
import { parseNumber } from "./text/parse-values";

/** Deterministic JSON: object keys sorted, no whitespace. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "number") return Number.isFinite(value) ? JSON.stringify(value) : "null";
  if (typeof value === "string" || typeof value === "boolean") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(",")}}`;
}

export function sha256Hex(text: string): string {
  return `sha256:${bytesToHex(sha256(utf8ToBytes(text)))}`;
}

/** NFC, trimmed, runs of spaces as one: how a text compares for the fingerprint. */
function normText(text: string): string {
  return text.normalize("NFC").trim().replace(/\s+/g, " ");
}

/** The normalised form of one field: typed value, codes in upper case, texts in NFC. */
function normValue(kind: string, v: unknown): unknown {
  if (typeof v === "string") return kind === "code" ? normText(v).toUpperCase() : v.normalize("NFC");
  if (Array.isArray(v)) return v.map((x) => (typeof x === "string" ? normText(x).toUpperCase() : x));
  return v;
}

/** The cell's text as the reader saw it (legacy encodings converted). */
function readText(raw: CellValue): string {
  let text = cellText(raw);
  if (typeof raw === "string" && text !== "") {
    const enc = detectLegacyEncoding(text);
    if (enc) text = convertLegacy(text, enc).trim();
  }
  return text;
}

/**
 * An unreadable cell, normalised as far as its column allows: numbers out of range keep their number
 * ("-5" = -5, "120 %" = 120 = 1.2), unknown enum values their folded text; the rest their text.
 */
function unreadValue(c: ColumnSpec, raw: CellValue): unknown {
  const text = readText(raw);
  switch (c.type.kind) {
    case "year":
    case "int":
    case "number": {
      const n = parseNumber(raw);
      return n.ok ? n.value : normText(text);
    }
    case "percent": {
      const percentText = typeof raw === "string" && /%\s*$/.test(raw);
      const n = parseNumber(percentText ? (raw as string).replace(/%\s*$/, "") : raw);
      if (!n.ok) return normText(text);
      return Math.round((percentText || n.value > 1 ? n.value / 100 : n.value) * 1e9) / 1e9;
    }
    case "enum":
      return matchKey(text);
    default:
      return normText(text);
  }
}

/** One field: its typed value, or — when the cell could not be read — what it holds. */
function fieldValue(c: ColumnSpec, v: unknown, raw: CellValue | undefined): unknown {
  if (raw !== undefined && !isBlank(raw)) {
    const unread = isEmpty(v) || (c.defaultValue !== undefined && v === c.defaultValue && readCell(c, raw, readText(raw)).kind === "issue");
    if (unread) return { unread: unreadValue(c, raw) };
  }
  return normValue(c.type.kind, v);
}

const isEmpty = (v: unknown): boolean => v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0);

/** Identity of a `Cấu hình` key: the known setting's id, the parameter's id, or the folded label. */
function settingId(label: string): string {
  const known = settingKeyOf(label);
  if (known) return `setting:${known.id}`;
  const param = paramByLabel(label);
  if (param) return `param:${param.id}`;
  return `other:${matchKey(label)}`;
}

function settingValue(label: string, value: CellValue): unknown {
  const param = settingKeyOf(label) ? undefined : paramByLabel(label);
  if (param && !isBlank(value)) {
    const parsed = parseParamValue(param, value);
    if (parsed.ok) return parsed.value;
  }
  const v = normaliseSettingValue(label, value);
  if (typeof v === "string") return normText(v);
  if (Array.isArray(v)) return v.map((x) => (typeof x === "string" ? normText(x) : x));
  return v;
}

/**
 * Normalised records of every tracking sheet, keyed by sheet id, rows sorted. A field that could not be read
 * (a typo in a number or a date, an unknown enum value) keeps its text, so correcting it changes the value.
 */
export function normalisedData(data: TrackingData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const settings = data.settings.entries
    .map((e) => canonicalJson([settingId(e.label), settingValue(e.label, e.value)]))
    .sort();
  out.settings = settings;
  for (const spec of SHEETS) {
    if (spec.id === "settings") continue;
    const records = (data as unknown as Record<string, ReadonlyArray<Record<string, unknown> & { src: Source }>>)[spec.id] ?? [];
    const rows = records.map((r) => {
      const o: Record<string, unknown> = {};
      for (const c of spec.columns) {
        o[c.field] = fieldValue(c, r[c.field], r.src?.raw?.[c.field]);
      }
      return canonicalJson(o);
    });
    rows.sort();
    out[spec.id] = { present: data.sheets[spec.id] !== undefined, rows };
  }
  return out;
}

export function fingerprint(data: TrackingData): string {
  return sha256Hex(canonicalJson(normalisedData(data)));
}
