/** The order of "Sheet!A1" references in RuleResult.cells: by sheet name, then row, then column. */
import { columnIndex } from "../grid";

/** Rows and columns of a parsed "A1" folded into one number: row · 2^15 + column (three letters reach 18,278). */
const COLUMNS = 32_768;
const UNPARSED = -1 * COLUMNS - 1;

/**
 * The position of the "A1" part of a reference starting at `from` as row · 2^15 + column (0-based column),
 * UNPARSED when it is not letters then digits, or NaN when it is too long to fold exactly.
 */
function refPosition(ref: string, from: number): number {
  let i = from;
  let col = 0;
  while (i < ref.length) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
    i++;
  }
  const letters = i - from;
  if (letters === 0) return UNPARSED;
  let row = 0;
  const digitsFrom = i;
  while (i < ref.length) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return UNPARSED;
    row = row * 10 + (c - 48);
    i++;
  }
  if (i === digitsFrom) return UNPARSED;
  if (letters > 3 || i - digitsFrom > 9) return NaN;
  return row * COLUMNS + (col - 1);
}

interface RefKey {
  readonly sheet: string;
  readonly col: number;
  readonly row: number;
}

function splitRef(ref: string): RefKey {
  const bang = ref.lastIndexOf("!");
  const sheet = bang >= 0 ? ref.slice(0, bang) : "";
  const m = /^([A-Z]+)(\d+)$/.exec(ref.slice(bang + 1));
  return m ? { sheet, col: columnIndex(m[1]), row: Number(m[2]) } : { sheet, col: -1, row: -1 };
}

/** Compares "Sheet!A1" references: by sheet name, then row, then column (not as plain text: A10 after A9). */
export function compareCells(a: string, b: string): number {
  if (a === b) return 0;
  // Sheet names (the text before the last "!") in code-unit order, without slicing.
  const ia = a.lastIndexOf("!");
  const ib = b.lastIndexOf("!");
  const la = ia < 0 ? 0 : ia;
  const lb = ib < 0 ? 0 : ib;
  const n = la < lb ? la : lb;
  for (let k = 0; k < n; k++) {
    const d = a.charCodeAt(k) - b.charCodeAt(k);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  if (la !== lb) return la < lb ? -1 : 1;
  const pa = refPosition(a, ia + 1);
  const pb = refPosition(b, ib + 1);
  if (Number.isNaN(pa) || Number.isNaN(pb)) {
    // Very long addresses: the general comparison.
    const x = splitRef(a);
    const y = splitRef(b);
    if (x.row !== y.row) return x.row - y.row;
    if (x.col !== y.col) return x.col - y.col;
    return a < b ? -1 : 1;
  }
  if (pa !== pb) return pa - pb;
  return a < b ? -1 : 1;
}
