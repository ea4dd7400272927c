/**
 * Fingerprint of the normalised data (cli.md, workbook.md "Fingerprint"): a SHA-256 of the parsed records
 * of the tracking sheets, each sheet's rows sorted by their key, with where they came from left out.
 * Representation (text date vs real date, formula vs literal, header spelling, column order, empty rows,
 * sheet order, formatting) does not change it; any change of a value does.
 */
import { sha256 } from "@noble/hashes/sha256";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";
import type { TrackingData } from "./model";
import { matchKey } from "./text/fold";
import { normaliseSettingValue } from "./settings";
import { SHEETS } from "./schema/sheets";

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

/** Normalised records of every tracking sheet, keyed by sheet id, rows sorted. */
export function normalisedData(data: TrackingData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const settings = data.settings.entries
    .map((e) => [matchKey(e.label), normaliseSettingValue(e.label, e.value)] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : canonicalJson(a[1]) < canonicalJson(b[1]) ? -1 : 1));
  out.settings = settings;
  for (const spec of SHEETS) {
    if (spec.id === "settings") continue;
    const records = (data as unknown as Record<string, ReadonlyArray<Record<string, unknown>>>)[spec.id] ?? [];
    const rows = records.map((r) => {
      const o: Record<string, unknown> = {};
      for (const c of spec.columns) {
        const v = r[c.field];
        o[c.field] = c.type.kind === "code" && typeof v === "string" ? v.toUpperCase() : v;
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
