/**
 * Cell references as numbers while the rules work, turned into "Sheet!A1" text only for the results.
 *
 * A key orders exactly as `compareCells` orders the text it stands for — by sheet name (code-unit order), then
 * row, then column — so lists of keys sort and merge with number comparisons:
 *   key = sheet rank · 2^36 + row · 2^15 + column (0-based),
 * where the sheet rank is the position of the sheet's name among every sheet name of the run, sorted. Each run
 * (one `buildFacts`) has its own table: the ranks of its sheet names and the texts of the keys already written.
 * An address that is not plain letters and digits (or a sheet the table does not know) gets a negative key, an
 * index into the table's list of such texts; lists holding one are compared as text, with `compareCells`.
 */
import type { Source } from "../model";
import { columnLetters } from "../grid";
import { compareCells } from "./cell-order";
import { sortSmallNumbers } from "../sort-small";

export type CellKey = number;

const ROW = 2 ** 15;
const SHEET = 2 ** 36;
/** Rows up to 2^21 (Excel stops at 2^20), columns up to 2^15 (Excel: 16,384), ranks up to 2^16. */
const MAX_ROW = 2 ** 21;
const MAX_RANK = 2 ** 16;

/** The "A1" of `text` from `from` as row · 2^15 + column, or -1 unless it is 1–3 capitals then a row without leading zero. */
function position(text: string, from: number): number {
  let i = from;
  let col = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
    i++;
  }
  const letters = i - from;
  if (letters === 0 || letters > 3 || i === n) return -1;
  if (text.charCodeAt(i) === 48) return -1; // a leading zero: not the canonical text of its position
  let row = 0;
  const digitsFrom = i;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    row = row * 10 + (c - 48);
    i++;
  }
  if (i - digitsFrom > 7 || row >= MAX_ROW) return -1;
  return row * ROW + (col - 1);
}

export class CellKeys {
  private readonly ranks = new Map<string, number>();
  private readonly names: string[];
  /** Texts written so far, by sheet rank, then position (row · 2^15 + column). */
  private readonly texts: Array<Map<number, string> | undefined> = [];
  /** One-text lists already made, by sheet rank, then position. */
  private readonly singles: Array<Map<number, ReadonlyArray<string>> | undefined> = [];
  private readonly odd: string[] = [];
  private readonly oddIndex = new Map<string, number>();
  private readonly letters: string[] = [];
  private lastSheet: string | null = null;
  private lastRank = -1;

  /** `sheets`: every sheet name the run's references can name. */
  constructor(sheets: Iterable<string>) {
    this.names = [...new Set(sheets)].sort();
    if (this.names.length > MAX_RANK) this.names.length = 0;
    this.names.forEach((name, i) => this.ranks.set(name, i));
  }

  private rankOf(sheet: string): number {
    if (sheet === this.lastSheet) return this.lastRank;
    const rank = this.ranks.get(sheet) ?? -1;
    this.lastSheet = sheet;
    this.lastRank = rank;
    return rank;
  }

  private oddKey(text: string): CellKey {
    let i = this.oddIndex.get(text);
    if (i === undefined) {
      i = this.odd.length;
      this.odd.push(text);
      this.oddIndex.set(text, i);
    }
    return -(i + 1);
  }

  /** The key of `sheet!address`. */
  private keyOf(sheet: string, address: string): CellKey {
    const rank = this.rankOf(sheet);
    const pos = rank < 0 ? -1 : position(address, 0);
    return pos < 0 ? this.oddKey(`${sheet}!${address}`) : rank * SHEET + pos;
  }

  /** The key of a record's field (cellRef), or null when the column is absent. */
  of(src: Source, field: string): CellKey | null {
    const address = src.cells[field];
    return address ? this.keyOf(src.sheet, address) : null;
  }

  /** Keys of a record's fields in the order given, skipping absent columns (cellsOf). */
  push(out: CellKey[], src: Source, fields: ReadonlyArray<string>): CellKey[] {
    for (let i = 0; i < fields.length; i++) {
      const address = src.cells[fields[i]];
      if (address) out.push(this.keyOf(src.sheet, address));
    }
    return out;
  }

  /** The key of a "Sheet!A1" reference. */
  ofRef(ref: string): CellKey {
    const bang = ref.lastIndexOf("!");
    if (bang < 0) return this.oddKey(ref);
    const rank = this.rankOf(ref.slice(0, bang));
    const pos = rank < 0 ? -1 : position(ref, bang + 1);
    return pos < 0 ? this.oddKey(ref) : rank * SHEET + pos;
  }

  /** The "Sheet!A1" text of a key (one string per key and run). */
  text(key: CellKey): string {
    if (key < 0) return this.odd[-key - 1];
    const rank = Math.floor(key / SHEET);
    const pos = key - rank * SHEET;
    const sheet = (this.texts[rank] ??= new Map());
    let t = sheet.get(pos);
    if (t === undefined) {
      const row = Math.floor(pos / ROW);
      const col = pos - row * ROW;
      let letters = this.letters[col];
      if (letters === undefined) letters = this.letters[col] = columnLetters(col);
      t = `${this.names[rank]}!${letters}${row}`;
      sheet.set(pos, t);
    }
    return t;
  }

  /** The texts of keys, in order (a list of one is shared by every result that cites that cell alone). */
  strings(keys: ReadonlyArray<CellKey>): ReadonlyArray<string> {
    if (keys.length === 0) return NO_TEXTS;
    if (keys.length === 1 && keys[0] >= 0) return this.single(keys[0]);
    const out = new Array<string>(keys.length);
    for (let i = 0; i < keys.length; i++) out[i] = this.text(keys[i]);
    return out;
  }

  private single(key: CellKey): ReadonlyArray<string> {
    const rank = Math.floor(key / SHEET);
    const pos = key - rank * SHEET;
    const sheet = (this.singles[rank] ??= new Map());
    let list = sheet.get(pos);
    if (list === undefined) sheet.set(pos, (list = [this.text(key)]));
    return list;
  }

  /** compareCells of the texts (a number comparison unless a key is odd). */
  compare(a: CellKey, b: CellKey): number {
    if (a >= 0 && b >= 0) return a - b;
    if (a === b) return 0;
    return compareCells(this.text(a), this.text(b));
  }

  /** Whether a list is sorted and without duplicates already. */
  isSorted(list: ReadonlyArray<CellKey>): boolean {
    for (let i = 1; i < list.length; i++) if (this.compare(list[i - 1], list[i]) >= 0) return false;
    return true;
  }

  /** Unique keys, sorted (a new array, or `list` itself when it is sorted and unique already). */
  sort(list: ReadonlyArray<CellKey>): ReadonlyArray<CellKey> {
    const n = list.length;
    if (n < 2) return list;
    if (this.isSorted(list)) return list;
    const out = list.slice();
    let odd = false;
    for (let i = 0; i < n; i++) if (out[i] < 0) odd = true;
    if (odd) out.sort((a, b) => this.compare(a, b));
    else if (n <= 32) sortSmallNumbers(out);
    else out.sort((a, b) => a - b);
    let w = 1;
    for (let i = 1; i < n; i++) if (out[i] !== out[w - 1]) out[w++] = out[i];
    out.length = w;
    return out;
  }

  /** The sorted union of lists that are each sorted and unique (merged pairwise, not sorted again). */
  merge(lists: ReadonlyArray<ReadonlyArray<CellKey>>): ReadonlyArray<CellKey> {
    let level: Array<ReadonlyArray<CellKey>> = [];
    for (const list of lists) if (list.length > 0) level.push(list);
    if (level.length === 0) return NO_KEYS;
    while (level.length > 1) {
      const next: Array<ReadonlyArray<CellKey>> = [];
      for (let k = 0; k < level.length; k += 2) next.push(k + 1 < level.length ? this.mergeTwo(level[k], level[k + 1]) : level[k]);
      level = next;
    }
    return level[0];
  }

  private mergeTwo(a: ReadonlyArray<CellKey>, b: ReadonlyArray<CellKey>): CellKey[] {
    const merged = new Array<CellKey>(a.length + b.length);
    let m = 0;
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
      const d = this.compare(a[i], b[j]);
      if (d < 0) merged[m++] = a[i++];
      else if (d > 0) merged[m++] = b[j++];
      else {
        merged[m++] = a[i++];
        j++;
      }
    }
    while (i < a.length) merged[m++] = a[i++];
    while (j < b.length) merged[m++] = b[j++];
    merged.length = m;
    return merged;
  }
}

export const NO_KEYS: ReadonlyArray<CellKey> = Object.freeze([]);
const NO_TEXTS: ReadonlyArray<string> = Object.freeze([]);
