/**
 * "Did you mean" for codes: the closest existing codes by folded edit distance (`closest`), ties broken by
 * how near the trailing numbers are (KV09 → KV08 before KV01), then alphabetically — never by row order, so
 * hints do not change when rows are sorted differently.
 */
import { closest } from "../text/fold";

function trailingNumber(code: string): { prefix: string; n: number } | null {
  const m = /^(.*?)(\d+)$/.exec(code.trim().toUpperCase());
  return m ? { prefix: m[1], n: Number(m[2]) } : null;
}

export function nearestCodes(code: string, candidates: ReadonlyArray<string>, limit = 2): string[] {
  const target = trailingNumber(code);
  const proximity = (c: string): number => {
    const t = trailingNumber(c);
    return target && t && t.prefix === target.prefix ? Math.abs(t.n - target.n) : Number.MAX_SAFE_INTEGER;
  };
  const unique = [...new Set(candidates.filter((c) => c.trim() !== ""))];
  const ordered = unique
    .map((c) => ({ c, p: proximity(c) }))
    .sort((a, b) => a.p - b.p || (a.c < b.c ? -1 : a.c > b.c ? 1 : 0))
    .map((x) => x.c);
  return closest(code, ordered, limit);
}
