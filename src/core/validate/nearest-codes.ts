/**
 * "Did you mean" for codes: the closest existing codes by folded edit distance (`closest`), ties broken by
 * how near the trailing numbers are (KV09 → KV08 before KV01), then alphabetically — never by row order, so
 * hints do not change when rows are sorted differently. With thousands of codes, only those sharing the
 * longest possible prefix with the typed code are compared (a hint, not a proof: fast on national data).
 */
import { closest, matchKey } from "../text/fold";

function trailingNumber(code: string): { prefix: string; n: number } | null {
  const m = /^(.*?)(\d+)$/.exec(code.trim().toUpperCase());
  return m ? { prefix: m[1], n: Number(m[2]) } : null;
}

/** Candidates compared at most, after the prefix buckets. */
const MAX_COMPARED = 400;
const PREFIX_LENGTHS = [4, 3, 2, 1] as const;

export class CodeIndex {
  private readonly candidates: ReadonlyArray<string>;
  private sorted: ReadonlyArray<string> | null = null;
  private readonly buckets = new Map<string, string[]>();
  private readonly memo = new Map<string, string[]>();

  /** Cheap: the work is done on the first `nearest` call (most workbooks never need a hint). */
  constructor(candidates: ReadonlyArray<string>) {
    this.candidates = candidates;
  }

  private get all(): ReadonlyArray<string> {
    if (this.sorted) return this.sorted;
    const all = [...new Set(this.candidates.map((c) => c.trim()).filter((c) => c !== ""))].sort();
    this.sorted = all;
    if (all.length <= MAX_COMPARED) return all;
    for (const c of all) {
      const k = matchKey(c);
      for (const n of PREFIX_LENGTHS) {
        if (k.length < n) continue;
        const key = `${n}:${k.slice(0, n)}`;
        const b = this.buckets.get(key);
        if (b) b.push(c);
        else this.buckets.set(key, [c]);
      }
    }
    return all;
  }

  /** The `limit` closest codes to `code`. */
  nearest(code: string, limit = 2): string[] {
    const memoKey = `${limit}|${code}`;
    const hit = this.memo.get(memoKey);
    if (hit) return hit;
    let pool: ReadonlyArray<string> = this.all;
    if (this.all.length > MAX_COMPARED) {
      const k = matchKey(code);
      pool = [];
      for (const n of PREFIX_LENGTHS) {
        const b = k.length >= n ? this.buckets.get(`${n}:${k.slice(0, n)}`) : undefined;
        if (b && b.length >= limit) {
          pool = b;
          break;
        }
      }
      if (pool.length === 0) pool = this.all;
    }
    const result = nearestCodes(code, pool.length > MAX_COMPARED ? byProximity(code, pool).slice(0, MAX_COMPARED) : pool, limit);
    this.memo.set(memoKey, result);
    return result;
  }
}

function byProximity(code: string, candidates: ReadonlyArray<string>): string[] {
  const target = trailingNumber(code);
  const proximity = (c: string): number => {
    const t = trailingNumber(c);
    return target && t && t.prefix === target.prefix ? Math.abs(t.n - target.n) : Number.MAX_SAFE_INTEGER;
  };
  return candidates
    .map((c) => ({ c, p: proximity(c) }))
    .sort((a, b) => a.p - b.p || (a.c < b.c ? -1 : a.c > b.c ? 1 : 0))
    .map((x) => x.c);
}

export function nearestCodes(code: string, candidates: ReadonlyArray<string>, limit = 2): string[] {
  const unique = [...new Set(candidates.filter((c) => c.trim() !== ""))];
  return closest(code, byProximity(code, unique), limit);
}
