/**
 * Facts of the tracking data, found by the cell a reason cites ("Xếp loại!C7"). A fact's identity does not
 * depend on where it sits: it is the sheet, the record's key (e.g. year + subject) and the field — so moving
 * columns or rows, a text date vs a real date, number formats or header spellings change no fact. Its value is
 * the normalised typed value the rules read (ISO dates, numbers, fractions, enum codes, upper-case codes).
 */
import { isBlank } from "../grid";
import type { Source, TrackingData } from "../model";
import { normaliseSettingValue } from "../settings";
import { DOMAINS } from "../schema/enums";
import { SHEETS, type ColumnSpec, type SheetSpec } from "../schema/sheets";
import { formatDateVi } from "../text/parse-values";
import { matchKey } from "../text/fold";

export type FactValue = string | number | boolean | null | ReadonlyArray<string>;

export interface Fact {
  /** "ratings|2025|CB001|rating", or "settings|namthidua", or "cell|<sheet>!<A1>" for a cell no record holds. */
  readonly id: string;
  readonly value: FactValue;
  /** Where the fact is now ("Xếp loại!C7"), for messages; not part of any stamp. */
  readonly cell: string;
  /** For messages: the settings key as written (settings facts only). */
  readonly label?: string;
}

/** Cell reference → fact. */
export interface FactIndex {
  readonly byCell: ReadonlyMap<string, Fact>;
}

/** "Xếp loại!$C$7" → "xeploai!C7" (sheet folded, address without $ and upper-case). */
export function cellRefKey(ref: string): string | null {
  const i = ref.lastIndexOf("!");
  if (i <= 0) return null;
  let sheet = ref.slice(0, i).trim();
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const address = ref.slice(i + 1).replace(/\$/g, "").trim().toUpperCase();
  if (!/^[A-Z]{1,3}\d+$/.test(address)) return null;
  return `${matchKey(sheet)}!${address}`;
}

function normalise(column: ColumnSpec, value: unknown): FactValue {
  if (value === undefined || value === null) return null;
  switch (column.type.kind) {
    case "code":
      return typeof value === "string" ? (value.trim() === "" ? null : value.trim().toUpperCase()) : null;
    case "codes":
      return Array.isArray(value) ? [...new Set(value.map((v) => String(v).trim().toUpperCase()))].sort() : null;
    case "text":
      return typeof value === "string" ? (value.trim() === "" ? null : value.trim().replace(/\s+/g, " ").normalize("NFC")) : null;
    default:
      return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : null;
  }
}

function keyText(spec: SheetSpec, record: Record<string, unknown>): string {
  return spec.key
    .map((field) => {
      const column = spec.columns.find((c) => c.field === field);
      const v = column ? normalise(column, record[field]) : null;
      return Array.isArray(v) ? v.join(",") : String(v ?? "");
    })
    .join("|");
}

/** Builds the index once per ranking. Duplicate keys get "#2", "#3"… in sheet order. */
export function buildFactIndex(data: TrackingData): FactIndex {
  const byCell = new Map<string, Fact>();
  const add = (ref: string, fact: Fact): void => {
    const k = cellRefKey(ref);
    if (k && !byCell.has(k)) byCell.set(k, fact);
  };

  if (data.settings.sheet !== null) {
    const seen = new Map<string, number>();
    for (const e of data.settings.entries) {
      const base = matchKey(e.label);
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      const id = `settings|${base}${n > 1 ? `#${n}` : ""}`;
      const raw = normaliseSettingValue(e.label, e.value);
      const value: FactValue = raw === undefined || (typeof raw === "string" && isBlank(raw)) ? null : (raw as FactValue);
      const valueRef = `${data.settings.sheet}!${e.valueCell}`;
      const fact: Fact = { id, value, cell: valueRef, label: e.label };
      add(valueRef, fact);
      add(`${data.settings.sheet}!${e.keyCell}`, fact);
    }
  }

  for (const spec of SHEETS) {
    if (spec.id === "settings") continue;
    const records = (data as unknown as Record<string, ReadonlyArray<Record<string, unknown> & { src: Source }>>)[spec.id] ?? [];
    const seen = new Map<string, number>();
    for (const record of records) {
      const base = keyText(spec, record);
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      const key = `${spec.id}|${base}${n > 1 ? `#${n}` : ""}`;
      for (const column of spec.columns) {
        const address = record.src.cells[column.field];
        if (!address) continue;
        const ref = `${record.src.sheet}!${address}`;
        add(ref, { id: `${key}|${column.field}`, value: normalise(column, record[column.field]), cell: ref });
      }
    }
  }
  return { byCell };
}

/** The fact a reason's cell reference names; a cell no record holds becomes a fact of its own (value null). */
export function factAt(index: FactIndex, ref: string): Fact {
  const k = cellRefKey(ref);
  const found = k ? index.byCell.get(k) : undefined;
  return found ?? { id: `cell|${k ?? ref}`, value: null, cell: ref };
}

/** The column a fact id names ("votes|2025|CB003|CSTDCS|CO_SO|votesFor" → Bình xét's Số phiếu đồng ý), or null. */
export function factColumn(id: string): ColumnSpec | null {
  const parts = id.split("|");
  const spec = SHEETS.find((s) => s.id === parts[0]);
  if (!spec || spec.id === "settings") return null;
  return spec.columns.find((c) => c.field === parts[parts.length - 1]) ?? null;
}

/**
 * A normalised value as the sheet would show it, for messages: an enum code as its Vietnamese label ("CO_SO" →
 * "Cơ sở", "CONG_TRANG" → "Công trạng", "CSTDCS" → "Chiến sĩ thi đua cơ sở"), except ratings, which clerks write
 * and read as codes (HTXSNV); ISO dates as dd/mm/yyyy. Anything else unchanged.
 */
export function displayCode(column: ColumnSpec | null | undefined, value: string): string {
  if (column?.type.kind === "enum" && column.type.domain !== "rating") {
    const labels = DOMAINS[column.type.domain].labels as Readonly<Record<string, string>>;
    if (Object.prototype.hasOwnProperty.call(labels, value)) return labels[value];
  }
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDateVi(value) : value;
}

/** For messages: canonical sheet name, record key and column header of a fact id. */
export function describeFactId(id: string, label?: string): { sheet: string; key: string; column: string } {
  const parts = id.split("|");
  if (parts[0] === "cell") return { sheet: "", key: "", column: parts.slice(1).join("|") };
  const spec = SHEETS.find((s) => s.id === parts[0]);
  if (!spec) return { sheet: parts[0], key: "", column: parts.slice(1).join("|") };
  if (spec.id === "settings") return { sheet: spec.name, key: "", column: label ?? parts.slice(1).join("|") };
  const field = parts[parts.length - 1];
  const column = spec.columns.find((c) => c.field === field)?.header ?? field;
  // Key parts in the order of spec.key (the last may carry "#2" for a duplicated key).
  const key = parts
    .slice(1, -1)
    .map((p, i) => {
      const m = /^(.*?)(#\d+)?$/.exec(p)!;
      return `${displayCode(spec.columns.find((c) => c.field === spec.key[i]), m[1])}${m[2] ?? ""}`;
    })
    .filter((p) => p !== "")
    .join(", ");
  return { sheet: spec.name, key, column };
}
