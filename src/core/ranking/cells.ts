/** Cell references for reasons: "Sheet!A1" (sheet as written), sorted and unique. */
import type { Source } from "../model";

/** The reference of one field's cell of a record, or null when the record has no such cell. */
export function cellOf(src: Source, field: string): string | null {
  const a = src.cells[field];
  return a ? `${src.sheet}!${a}` : null;
}

/** References of several fields of several records, sorted (sheet, then column letters, then row) and unique. */
export function cellsOf(items: ReadonlyArray<readonly [Source, ReadonlyArray<string>]>): string[] {
  const set = new Set<string>();
  for (const [src, fields] of items) {
    for (const f of fields) {
      const c = cellOf(src, f);
      if (c) set.add(c);
    }
  }
  return sortCells(set);
}

/** Sorts references by sheet, then row, then column (so "B10" follows "B9"). */
export function sortCells(cells: Iterable<string>): string[] {
  const parse = (ref: string): [string, number, string] => {
    const i = ref.lastIndexOf("!");
    const m = /^([A-Z]+)(\d+)$/.exec(ref.slice(i + 1));
    return m ? [ref.slice(0, i), Number(m[2]), m[1].padStart(3, " ")] : [ref, 0, ""];
  };
  return [...new Set(cells)].sort((a, b) => {
    const [sa, ra, ca] = parse(a);
    const [sb, rb, cb] = parse(b);
    if (sa !== sb) return sa < sb ? -1 : 1;
    if (ra !== rb) return ra - rb;
    return ca < cb ? -1 : ca > cb ? 1 : 0;
  });
}

/** Codes compare ignoring case and surrounding spaces (workbook.md: leading zeros are kept). */
export function codeKey(code: string): string {
  return code.trim().toUpperCase();
}
