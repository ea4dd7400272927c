/**
 * Fingerprint of the normalised data (cli.md, workbook.md "Fingerprint"): a SHA-256 of the parsed records
 * of the tracking sheets, each sheet's rows sorted by their key, with where they came from left out.
 * Representation (text date vs real date, formula vs literal, header spelling, column order, empty rows,
 * sheet order, formatting) does not change it; any change of a value does.
 */
import { utf8ToBytes } from "@noble/hashes/utils";
import type { CellValue } from "./grid";
import { isBlank } from "./grid";
import type { Source, TrackingData } from "./model";
import { cellText, readCell } from "./read/read-cell";
import { paramByLabel, parseParamValue } from "./rules/parameters";
import { normaliseSettingValue, settingKeyOf } from "./settings";
import { SHEETS, type ColumnSpec, type SheetSpec } from "./schema/sheets";
import { sha256Stream } from "./sha256";
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
  const h = sha256Stream();
  h.update(utf8ToBytes(text));
  return `sha256:${h.hex()}`;
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

/**
 * The hashed text, written as UTF-8 bytes into one reused buffer instead of one string per row: the characters
 * `JSON.stringify` writes, encoded as TextEncoder encodes them. Rows are sorted as their strings would sort
 * (compareRows) and copied into the hash in that order. No string per row, no copy of the whole text.
 */
class RowBytes {
  /** The reused buffer, taken (a fingerprint worked out meanwhile gets its own) until `release`. */
  bytes: Uint8Array = scratch ?? new Uint8Array(1 << 16);
  length = 0;

  constructor() {
    scratch = null;
  }

  /** Hands the buffer back for the next fingerprint. */
  release(): void {
    if (scratch === null || scratch.length < this.bytes.length) scratch = this.bytes;
  }

  ensure(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < this.length + extra) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.bytes.subarray(0, this.length));
    this.bytes = next;
  }

  byte(b: number): void {
    this.ensure(1);
    this.bytes[this.length++] = b;
  }

  /** An ASCII literal. */
  ascii(text: string): void {
    const n = text.length;
    this.ensure(n);
    const out = this.bytes;
    let at = this.length;
    for (let i = 0; i < n; i++) out[at++] = text.charCodeAt(i);
    this.length = at;
  }

  /** A number as JSON writes it (a finite one as JavaScript does; others as null). */
  number(n: number): void {
    if (!Number.isFinite(n)) {
      this.ascii("null");
      return;
    }
    if (Number.isSafeInteger(n) && n >= 0 && n < 1e15) {
      // The common case (years, counts): digits written directly.
      if (n === 0) {
        this.byte(48);
        return;
      }
      let digits = 0;
      for (let x = n; x > 0; x = Math.floor(x / 10)) digits++;
      this.ensure(digits);
      let at = this.length + digits;
      this.length = at;
      for (let x = n; x > 0; x = Math.floor(x / 10)) this.bytes[--at] = 48 + (x % 10);
      return;
    }
    this.ascii(String(n));
  }

  /**
   * A string as JSON.stringify writes it — quoted; `"`, `\\`, control characters and lone surrogates escaped —
   * in UTF-8. Returns whether it may not be NFC: false when every character is below U+0300 or a precomposed
   * Vietnamese letter (U+1EA0–U+1EF9) — characters that are NFC alone and compose with nothing before them.
   */
  string(text: string): boolean {
    const n = text.length;
    this.ensure(n * 6 + 2);
    const out = this.bytes;
    let at = this.length;
    let maybe = false;
    out[at++] = 34;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        if (c >= 0x20 && c !== 34 && c !== 92) out[at++] = c;
        else if (c === 34 || c === 92) {
          out[at++] = 92;
          out[at++] = c;
        } else {
          const short = c === 8 ? 98 : c === 9 ? 116 : c === 10 ? 110 : c === 12 ? 102 : c === 13 ? 114 : 0;
          out[at++] = 92;
          if (short !== 0) out[at++] = short;
          else at = hexEscape(out, at, c);
        }
        continue;
      }
      if (c >= 0x300 && (c < 0x1ea0 || c > 0x1ef9)) maybe = true;
      if (c < 0x800) {
        out[at++] = 0xc0 | (c >> 6);
        out[at++] = 0x80 | (c & 63);
      } else if (c < 0xd800 || c > 0xdfff) {
        out[at++] = 0xe0 | (c >> 12);
        out[at++] = 0x80 | ((c >> 6) & 63);
        out[at++] = 0x80 | (c & 63);
      } else {
        const d = i + 1 < n ? text.charCodeAt(i + 1) : 0;
        if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
          const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
          out[at++] = 0xf0 | (cp >> 18);
          out[at++] = 0x80 | ((cp >> 12) & 63);
          out[at++] = 0x80 | ((cp >> 6) & 63);
          out[at++] = 0x80 | (cp & 63);
        } else {
          // A lone surrogate: JSON.stringify escapes it.
          out[at++] = 92;
          at = hexEscape(out, at, c);
        }
      }
    }
    out[at++] = 34;
    this.length = at;
    return maybe;
  }

  /** A string of a text column in NFC (text that is NFC already — nearly all — is written in one pass). */
  nfcString(text: string): void {
    const start = this.length;
    if (!this.string(text)) return;
    const normal = text.normalize("NFC");
    if (normal === text) return;
    this.length = start;
    this.string(normal);
  }

  /** Any normalised field value, as JSON.stringify writes it inside an array. */
  value(v: unknown): void {
    if (v === null || v === undefined) this.ascii("null");
    else if (typeof v === "string") this.string(v);
    else if (typeof v === "number") this.number(v);
    else if (typeof v === "boolean") this.ascii(v ? "true" : "false");
    else if (Array.isArray(v)) {
      this.byte(91);
      for (let i = 0; i < v.length; i++) {
        if (i > 0) this.byte(44);
        this.value(v[i]);
      }
      this.byte(93);
    } else if (isUnread(v)) {
      this.ascii('{"unread":');
      this.value(v.unread);
      this.byte(125);
    } else {
      // Any other shape (not produced by fieldValue): JSON.stringify's own text.
      this.text(JSON.stringify(v) ?? "null");
    }
  }

  /** Any text, in UTF-8 as TextEncoder writes it (lone surrogates as U+FFFD). */
  text(s: string): void {
    const bytes = utf8ToBytes(s);
    this.ensure(bytes.length);
    this.bytes.set(bytes, this.length);
    this.length += bytes.length;
  }
}

/** `\\uXXXX` of a code unit (lower-case hex, as JSON.stringify writes it), after the backslash. */
function hexEscape(out: Uint8Array, at: number, c: number): number {
  out[at++] = 117;
  for (let shift = 12; shift >= 0; shift -= 4) {
    const h = (c >> shift) & 15;
    out[at++] = h < 10 ? 48 + h : 87 + h;
  }
  return at;
}

/** `{ unread }` as fieldValue makes it (one own key, a value JSON writes). */
function isUnread(v: unknown): v is { unread: unknown } {
  if (typeof v !== "object" || v === null) return false;
  const keys = Object.keys(v);
  const u = (v as { unread?: unknown }).unread;
  return keys.length === 1 && keys[0] === "unread" && u !== undefined && typeof u !== "function" && typeof u !== "symbol";
}

/**
 * The rows' buffer, reused from one fingerprint to the next (a national workbook's rows take ~13 MB: allocating
 * that much each time makes the garbage collector run full collections); null while a fingerprint uses it.
 */
let scratch: Uint8Array | null = new Uint8Array(1 << 16);

/**
 * The order of two rows' strings (code unit by code unit) from their UTF-8 bytes. UTF-8 bytes order as code
 * points do, which is the strings' order except that UTF-16 puts a character above U+FFFF (a surrogate pair)
 * before U+E000–U+FFFF: where the first differing bytes are the first bytes of two such characters, the order
 * is turned round.
 */
function compareRows(b: Uint8Array, a0: number, a1: number, b0: number, b1: number): number {
  const n = Math.min(a1 - a0, b1 - b0);
  for (let i = 0; i < n; i++) {
    const x = b[a0 + i];
    const y = b[b0 + i];
    if (x === y) continue;
    if ((x >= 0xf0 && (y === 0xee || y === 0xef)) || (y >= 0xf0 && (x === 0xee || x === 0xef))) return y - x;
    return x - y;
  }
  return a1 - a0 - (b1 - b0);
}

/** Whether a code reads the same after normText and upper case: ASCII, no blank, no lower-case letter. */
function plainCode(v: string): boolean {
  const n = v.length;
  for (let i = 0; i < n; i++) {
    const c = v.charCodeAt(i);
    if (c <= 32 || c >= 127 || (c >= 97 && c <= 122)) return false;
  }
  return true;
}

/** One field of a record, written: fieldValue's value, with its usual cases written directly. */
function writeField(out: RowBytes, c: ColumnSpec, r: Row): void {
  const v = r[c.field];
  // Without a default value, a field that holds something is its typed value (fieldValue's other branch needs an
  // empty value or the default): written without looking at the raw cell.
  if (c.defaultValue === undefined && v !== null && v !== undefined && v !== "") {
    if (typeof v === "number") {
      out.number(v);
      return;
    }
    if (typeof v === "string") {
      if (c.type.kind !== "code") out.nfcString(v);
      else if (plainCode(v)) out.string(v);
      else out.string(normText(v).toUpperCase());
      return;
    }
  }
  out.value(fieldValue(c, v, r.src?.raw?.[c.field]));
}

/** Version line of the hashed text; changing the text's layout changes it. */
const FORMAT = "thidua-fingerprint 2";

/**
 * SHA-256 of the normalised data as lines: a version line, then for `settings` and each sheet (by id) a
 * `#id present rows` line followed by its sorted rows, one per line (each row the JSON array of its fields in
 * the sheet's plan order, as `normalisedData` gives them).
 */
export function fingerprint(data: TrackingData): string {
  const settings = data.settings.entries.map((e) => canonicalJson([settingId(e.label), settingValue(e.label, e.value)])).sort();
  const out = new RowBytes();
  const sheets: Array<{ id: string; present: boolean; starts: number[]; ends: number[]; order: number[] }> = [];
  for (const spec of SHEETS) {
    if (spec.id === "settings") continue;
    const records = (data as unknown as Record<string, ReadonlyArray<Row>>)[spec.id] ?? [];
    const plan = rowPlan(spec);
    const starts = new Array<number>(records.length);
    const ends = new Array<number>(records.length);
    const order = new Array<number>(records.length);
    for (let iR = 0; iR < records.length; iR++) {
      const r = records[iR];
      starts[iR] = out.length;
      out.byte(91);
      for (let i = 0; i < plan.length; i++) {
        if (i > 0) out.byte(44);
        writeField(out, plan[i], r);
      }
      out.byte(93);
      // The row ends before its newline (rows compare without it; hashed with it).
      ends[iR] = out.length;
      out.byte(10);
      order[iR] = iR;
    }
    const b = out.bytes;
    order.sort((x, y) => compareRows(b, starts[x], ends[x], starts[y], ends[y]));
    sheets.push({ id: spec.id, present: data.sheets[spec.id] !== undefined, starts, ends, order });
  }
  // Sections by id: `settings` counts as present either way (as before): only its entries matter.
  const sections = [{ id: "settings", present: true, count: settings.length, sheet: null as (typeof sheets)[number] | null }, ...sheets.map((sheet) => ({ id: sheet.id, present: sheet.present, count: sheet.order.length, sheet }))];
  sections.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const h = sha256Stream();
  const block = new Uint8Array(1 << 16);
  let used = 0;
  const put = (bytes: Uint8Array, from: number, to: number): void => {
    if (to - from <= block.length - used && to - from < 512) {
      // A row (short): copied byte by byte (no view object per row).
      for (let i = from; i < to; i++) block[used++] = bytes[i];
      if (used === block.length) {
        h.update(block);
        used = 0;
      }
      return;
    }
    while (from < to) {
      const n = Math.min(to - from, block.length - used);
      block.set(bytes.subarray(from, from + n), used);
      used += n;
      from += n;
      if (used === block.length) {
        h.update(block);
        used = 0;
      }
    }
  };
  const putText = (text: string): void => {
    const bytes = utf8ToBytes(text);
    put(bytes, 0, bytes.length);
  };
  putText(`${FORMAT}\n`);
  for (const s of sections) {
    putText(`#${s.id} ${s.present ? 1 : 0} ${s.count}\n`);
    if (!s.sheet) {
      for (const r of settings) putText(`${r}\n`);
      continue;
    }
    // Rows in sorted order, each with its newline; rows already in order (most sheets, most of the time) are one
    // stretch of the buffer, hashed as such.
    const { starts, ends, order } = s.sheet;
    const b = out.bytes;
    for (let k = 0; k < order.length; ) {
      const first = order[k];
      let last = first;
      for (k++; k < order.length && order[k] === last + 1; k++) last++;
      const from = starts[first];
      const to = ends[last] + 1;
      if (to - from >= 1 << 14) {
        if (used > 0) h.update(block.subarray(0, used));
        used = 0;
        h.update(b.subarray(from, to));
      } else put(b, from, to);
    }
  }
  if (used > 0) h.update(block.subarray(0, used));
  out.release();
  return `sha256:${h.hex()}`;
}
