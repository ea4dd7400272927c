/**
 * A1 addresses in the fake host: rectangles (0-based, inclusive), parsing "B2", "B2:D9", "A:C", "3:5", and
 * formatting them the way Office.js returns `Range.address` ("'Cá nhân'!A1:C10").
 */
import { columnIndex, columnLetters } from "../../src/core/grid";

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface Rect {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

export function rect(r0: number, c0: number, r1: number, c1: number): Rect {
  return { r0, c0, r1, c1 };
}

export const WHOLE_SHEET: Rect = rect(0, 0, MAX_ROWS - 1, MAX_COLUMNS - 1);

export function rows(r: Rect): number {
  return r.r1 - r.r0 + 1;
}

export function cols(r: Rect): number {
  return r.c1 - r.c0 + 1;
}

export function cellCount(r: Rect): number {
  return rows(r) * cols(r);
}

export function contains(outer: Rect, inner: Rect): boolean {
  return inner.r0 >= outer.r0 && inner.r1 <= outer.r1 && inner.c0 >= outer.c0 && inner.c1 <= outer.c1;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

export function sameRect(a: Rect, b: Rect): boolean {
  return a.r0 === b.r0 && a.c0 === b.c0 && a.r1 === b.r1 && a.c1 === b.c1;
}

/** `a` minus `b`: up to four rectangles covering what of `a` lies outside `b`. */
export function subtract(a: Rect, b: Rect): Rect[] {
  if (!intersects(a, b)) return [a];
  const out: Rect[] = [];
  if (a.r0 < b.r0) out.push(rect(a.r0, a.c0, b.r0 - 1, a.c1));
  if (a.r1 > b.r1) out.push(rect(b.r1 + 1, a.c0, a.r1, a.c1));
  const top = Math.max(a.r0, b.r0);
  const bottom = Math.min(a.r1, b.r1);
  if (a.c0 < b.c0) out.push(rect(top, a.c0, bottom, b.c0 - 1));
  if (a.c1 > b.c1) out.push(rect(top, b.c1 + 1, bottom, a.c1));
  return out;
}

/** Parses one area of an A1 address (no sheet part), or null. */
export function parseArea(text: string): Rect | null {
  const t = text.trim().replace(/\$/g, "").toUpperCase();
  let m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(t);
  if (m) {
    const c0 = columnIndex(m[1]);
    const r0 = Number(m[2]) - 1;
    const c1 = m[3] ? columnIndex(m[3]) : c0;
    const r1 = m[4] ? Number(m[4]) - 1 : r0;
    return checked(rect(Math.min(r0, r1), Math.min(c0, c1), Math.max(r0, r1), Math.max(c0, c1)));
  }
  m = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(t);
  if (m) {
    const a = columnIndex(m[1]);
    const b = columnIndex(m[2]);
    return checked(rect(0, Math.min(a, b), MAX_ROWS - 1, Math.max(a, b)));
  }
  m = /^(\d+):(\d+)$/.exec(t);
  if (m) {
    const a = Number(m[1]) - 1;
    const b = Number(m[2]) - 1;
    return checked(rect(Math.min(a, b), 0, Math.max(a, b), MAX_COLUMNS - 1));
  }
  return null;
}

function checked(r: Rect): Rect | null {
  if (r.r0 < 0 || r.c0 < 0 || r.r1 >= MAX_ROWS || r.c1 >= MAX_COLUMNS) return null;
  return r;
}

/** Splits "Sheet!A1:B2" / "'Cá nhân'!A1" into sheet (unquoted) and area text. */
export function splitSheet(address: string): { sheet: string | null; area: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, area: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, area: address.slice(bang + 1) };
}

/** Sheet name as Excel writes it in an address: quoted unless it is plain letters, digits and underscores. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function areaText(r: Rect): string {
  if (r.r0 === 0 && r.r1 === MAX_ROWS - 1) return `${columnLetters(r.c0)}:${columnLetters(r.c1)}`;
  if (r.c0 === 0 && r.c1 === MAX_COLUMNS - 1) return `${r.r0 + 1}:${r.r1 + 1}`;
  const a = `${columnLetters(r.c0)}${r.r0 + 1}`;
  if (r.r0 === r.r1 && r.c0 === r.c1) return a;
  return `${a}:${columnLetters(r.c1)}${r.r1 + 1}`;
}

export function addressOf(sheet: string, r: Rect): string {
  return `${quoteSheet(sheet)}!${areaText(r)}`;
}
