/**
 * DUPLICATE_KEY: a second row with the same key as an earlier row of the same sheet (keys in schema/sheets.ts:
 * one rating per subject per year, one vote per (Năm, Mã đối tượng, Danh hiệu, Cấp hội đồng), unique codes…).
 * Reported on every later duplicate, at the first key column, with the first row in the hint. Also a code
 * used both for a person and for a unit (the `Mã đối tượng` columns could not tell them apart).
 */
import { isBlank } from "../grid";
import type { Issue } from "../issues";
import type { Source } from "../model";
import { cellText } from "../read/read-cell";
import { SHEETS, type SheetSpec } from "../schema/sheets";
import { cellIssue, codeKey, columnHeader, sheetName, type ValidationContext } from "./context";

interface Row {
  readonly src: Source;
  readonly [field: string]: unknown;
}

/**
 * The first row of each key: keys compare as their parts joined by U+0000 would. Without U+0000 in a part (all
 * keys but junk), a key is looked up by its first part (a year, a code: few distinct values), then by the rest
 * joined (one part: itself) — no map per longer prefix; a key with a U+0000 in a part (it can only equal another
 * such key) is joined whole.
 */
class KeyIndex<R> {
  private readonly root = new Map<string, unknown>();
  private readonly joined = new Map<string, R>();

  constructor(private readonly depth: number) {}

  /** The first row with these parts: `row` itself when it is the first (then remembered). */
  firstOf(parts: ReadonlyArray<string>, row: R): R {
    for (let i = 0; i < this.depth; i++) {
      if (parts[i].includes("\u0000")) {
        const key = parts.slice(0, this.depth).join("\u0000");
        const earlier = this.joined.get(key);
        if (earlier !== undefined) return earlier;
        this.joined.set(key, row);
        return row;
      }
    }
    if (this.depth === 1) {
      const earlier = this.root.get(parts[0]) as R | undefined;
      if (earlier !== undefined) return earlier;
      this.root.set(parts[0], row);
      return row;
    }
    let node = this.root.get(parts[0]) as Map<string, R> | undefined;
    if (!node) this.root.set(parts[0], (node = new Map()));
    let rest = parts[1];
    for (let i = 2; i < this.depth; i++) rest = `${rest}\u0000${parts[i]}`;
    const earlier = node.get(rest);
    if (earlier !== undefined) return earlier;
    node.set(rest, row);
    return row;
  }
}

/** Texts of the numbers of key parts (years, mostly), made once. */
const NUMBER_TEXTS: string[] = [];

function numberText(n: number): string {
  if (Number.isInteger(n) && n >= 0 && n < 10_000) return (NUMBER_TEXTS[n] ??= String(n));
  return String(n);
}

function keyPart(kind: string | undefined, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") {
    if (kind === "code") {
      const k = codeKey(value);
      return k === "" ? null : k;
    }
    if (plainText(value)) return value.toLowerCase();
    if (value.trim() === "") return null;
    return value.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
  }
  if (Array.isArray(value)) return value.map((v) => codeKey(String(v))).join(";");
  if (typeof value === "number") return numberText(value);
  return String(value);
}

/** Non-empty ASCII text with no space at either end, no two spaces together and no other blank: NFC, trimmed and collapsed already. */
function plainText(text: string): boolean {
  const n = text.length;
  if (n === 0) return false;
  let prevSpace = true;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return false;
      prevSpace = true;
    } else if (c < 32 || c >= 127) return false;
    else prevSpace = false;
  }
  return !prevSpace;
}

/** The key as the clerk wrote it ("2025 / CB001"), for messages. */
function keyText(spec: SheetSpec, row: Row): string {
  return spec.key
    .map((f) => {
      const raw = row.src.raw[f];
      return raw !== undefined && !isBlank(raw) ? cellText(raw) : String(row[f] ?? "");
    })
    .join(" / ");
}

export function checkDuplicateKeys(ctx: ValidationContext): Issue[] {
  const { data } = ctx;
  const issues: Issue[] = [];
  for (const spec of SHEETS) {
    if (spec.id === "settings" || !data.sheets[spec.id]) continue;
    const rows = (data as unknown as Record<string, ReadonlyArray<Row>>)[spec.id] ?? [];
    const first = new KeyIndex<Row>(spec.key.length);
    const keyColumns = spec.key.map((f) => columnHeader(data, spec.id, f)).join(" + ");
    const fields = spec.key;
    const kinds = fields.map((f) => spec.columns.find((c) => c.field === f)?.type.kind);
    const parts = new Array<string>(fields.length);
    for (let iRow = 0; iRow < rows.length; iRow++) {
      const row = rows[iRow];
      // The key's parts (a row with an empty key part has no key).
      let complete = true;
      for (let i = 0; i < fields.length; i++) {
        const part = keyPart(kinds[i], row[fields[i]]);
        if (part === null) {
          complete = false;
          break;
        }
        parts[i] = part;
      }
      if (!complete) continue;
      const earlier = first.firstOf(parts, row);
      if (earlier === row) continue;
      const field = spec.key[0];
      issues.push(
        cellIssue(data, {
          code: "DUPLICATE_KEY",
          sheet: spec.id,
          src: row.src,
          field,
          message: { key: "issues.DUPLICATE_KEY", params: { key: keyText(spec, row), firstRow: earlier.src.row } },
          hint: {
            key: "hints.DUPLICATE_KEY",
            params: {
              sheet: row.src.sheet,
              keyColumns,
              firstRow: earlier.src.row,
              firstCell: earlier.src.cells[field] ?? "",
            },
          },
        }),
      );
    }
  }
  issues.push(...personUnitClashes(ctx));
  return issues;
}

/** A person whose code is also a unit's code. */
function personUnitClashes(ctx: ValidationContext): Issue[] {
  const { data } = ctx;
  const issues: Issue[] = [];
  for (let iP = 0; iP < data.people.length; iP++) {
    const p = data.people[iP];
    if (p.code === "") continue;
    const unit = ctx.units.get(codeKey(p.code));
    if (!unit) continue;
    issues.push(
      cellIssue(data, {
        code: "DUPLICATE_KEY",
        sheet: "people",
        src: p.src,
        field: "code",
        message: { key: "issues.DUPLICATE_KEY.personUnit", params: { code: p.code, units: sheetName(data, "units"), firstRow: unit.src.row } },
        hint: { key: "hints.DUPLICATE_KEY.personUnit", params: { code: p.code, units: sheetName(data, "units"), firstCell: unit.src.cells.code ?? "" } },
      }),
    );
  }
  return issues;
}
