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
import { SHEETS, type ColumnSpec, type SheetSpec } from "./schema/sheets";
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

const NON_ASCII = /[^\x00-\x7f]/;

/** NFC form (ASCII text is NFC already: the common case of codes and numbers skips the normaliser). */
function nfc(text: string): string {
  return NON_ASCII.test(text) ? text.normalize("NFC") : text;
}

/** NFC, trimmed, runs of spaces as one: how a text compares for the fingerprint. */
function normText(text: string): string {
  return nfc(text).trim().replace(/\s+/g, " ");
}

/** The normalised form of one field: typed value, codes in upper case, texts in NFC. */
function normValue(kind: string, v: unknown): unknown {
  if (typeof v === "string") return kind === "code" ? normText(v).toUpperCase() : nfc(v);
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

/** Whether a cell of a column with a default value could not be read, memoised per column and raw value. */
const UNREADABLE = new WeakMap<ColumnSpec, Map<CellValue, boolean>>();

function unreadable(c: ColumnSpec, raw: CellValue): boolean {
  let known = UNREADABLE.get(c);
  if (!known) UNREADABLE.set(c, (known = new Map()));
  let issue = known.get(raw);
  if (issue === undefined) {
    issue = readCell(c, raw, readText(raw)).kind === "issue";
    if (known.size > 10_000) known.clear();
    known.set(raw, issue);
  }
  return issue;
}

/** One field: its typed value, or — when the cell could not be read — what it holds. */
function fieldValue(c: ColumnSpec, v: unknown, raw: CellValue | undefined): unknown {
  if (raw !== undefined && !isBlank(raw)) {
    const unread = isEmpty(v) || (c.defaultValue !== undefined && v === c.defaultValue && unreadable(c, raw));
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
 * The order a sheet's fields are written in: the row's key fields first (schema/sheets.ts `key`, so rows sort by
 * their key and data kept in key order — the usual case — sorts in one pass), then the other fields by name.
 */
const ROW_PLANS = new WeakMap<SheetSpec, ReadonlyArray<ColumnSpec>>();

function rowPlan(spec: SheetSpec): ReadonlyArray<ColumnSpec> {
  let plan = ROW_PLANS.get(spec);
  if (!plan) {
    const byField = new Map<string, ColumnSpec>();
    for (const c of spec.columns) if (!byField.has(c.field)) byField.set(c.field, c);
    const key = spec.key.filter((f) => byField.has(f));
    const rest = [...byField.keys()].filter((f) => !key.includes(f)).sort();
    plan = [...key, ...rest].map((f) => byField.get(f) as ColumnSpec);
    ROW_PLANS.set(spec, plan);
  }
  return plan;
}

type Row = Record<string, unknown> & { src: Source };

/**
 * A record's normalised fields as a JSON array in the sheet's plan order (one line: JSON escapes newlines).
 * `JSON.stringify` writes the same text `canonicalJson` would (the values are strings, numbers, null, lists and
 * `{ unread }`), natively and as one flat string (cheap to sort and to hash).
 */
function rowJson(plan: ReadonlyArray<ColumnSpec>, r: Row): string {
  const values = new Array<unknown>(plan.length);
  for (let i = 0; i < plan.length; i++) {
    const c = plan[i];
    values[i] = fieldValue(c, r[c.field], r.src?.raw?.[c.field]);
  }
  return JSON.stringify(values);
}

interface SortedRows {
  readonly settings: string[];
  readonly sheets: ReadonlyArray<{ readonly id: string; readonly present: boolean; readonly rows: string[] }>;
}

function sortedRows(data: TrackingData): SortedRows {
  const settings = data.settings.entries
    .map((e) => canonicalJson([settingId(e.label), settingValue(e.label, e.value)]))
    .sort();
  const sheets: Array<{ id: string; present: boolean; rows: string[] }> = [];
  for (const spec of SHEETS) {
    if (spec.id === "settings") continue;
    const records = (data as unknown as Record<string, ReadonlyArray<Row>>)[spec.id] ?? [];
    const plan = rowPlan(spec);
    const rows = records.map((r) => rowJson(plan, r));
    rows.sort();
    sheets.push({ id: spec.id, present: data.sheets[spec.id] !== undefined, rows });
  }
  return { settings, sheets };
}

/**
 * Normalised records of every tracking sheet, keyed by sheet id, rows sorted. A field that could not be read
 * (a typo in a number or a date, an unknown enum value) keeps its text, so correcting it changes the value.
 */
export function normalisedData(data: TrackingData): Record<string, unknown> {
  const sorted = sortedRows(data);
  const out: Record<string, unknown> = { settings: sorted.settings };
  for (const s of sorted.sheets) out[s.id] = { present: s.present, rows: s.rows };
  return out;
}

/** SHA-256 of text given in pieces, encoded and hashed in blocks (no copy of the whole text is made). */
class TextHasher {
  private readonly hash = sha256.create();
  private parts: string[] = [];
  private size = 0;

  add(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= 1 << 16) this.flush();
  }

  private flush(): void {
    if (this.parts.length > 0) this.hash.update(utf8ToBytes(this.parts.join("")));
    this.parts = [];
    this.size = 0;
  }

  hex(): string {
    this.flush();
    return `sha256:${bytesToHex(this.hash.digest())}`;
  }
}

/** Version line of the hashed text; changing the text's layout changes it. */
const FORMAT = "thidua-fingerprint 2";

/**
 * SHA-256 of the normalised data as lines: a version line, then for `settings` and each sheet (by id) a
 * `#id present rows` line followed by its sorted rows, one per line. Each sheet's rows are hashed once, unescaped.
 */
export function fingerprint(data: TrackingData): string {
  const sorted = sortedRows(data);
  const h = new TextHasher();
  h.add(`${FORMAT}\n`);
  // `settings` counts as present either way (as before): only its entries matter.
  const sections = [{ id: "settings", present: true, rows: sorted.settings }, ...sorted.sheets];
  sections.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const s of sections) {
    h.add(`#${s.id} ${s.present ? 1 : 0} ${s.rows.length}\n`);
    for (const r of s.rows) h.add(`${r}\n`);
  }
  return h.hex();
}
