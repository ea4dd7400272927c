/**
 * R3 quota (parameter `cstdcsQuota`, none by default; ND91-2017: 15 %): count(CSTDCS) ≤ floor(q × count(LDTT))
 * in the agency, counting `eligible` decisions. When exceeded, candidates are ordered by rating (HTXSNV first),
 * then vote share, then R20 (female first, more votes, code), and the overflow is `not-eligible` with reason R3.
 */
import { ratingRank, type Rating } from "../../schema/enums";
import type { CellKey, CellKeys } from "../cell-keys";
import { numOrNull, type RuleContext } from "../context";
import { compareR20, compareText, makeCheck, pct, type Check, type TieBreakBy, type TieBreakKey } from "../facts";
import { SOURCES } from "../sources";

export interface QuotaCandidate {
  /** Unique key of the candidate (the result map's key). */
  readonly key: string;
  readonly code: string;
  readonly rating: Rating | null;
  /** The CSTDCS vote share (null when none). */
  readonly share: number | null;
  readonly tie: TieBreakKey;
  readonly cells: ReadonlyArray<CellKey>;
}

interface Ordered {
  readonly c: QuotaCandidate;
  /** What decided this candidate's place against the next one. */
  byNext: "rating" | "share" | TieBreakBy | null;
}

function compare(a: QuotaCandidate, b: QuotaCandidate): { order: number; by: Ordered["byNext"] } {
  const ra = a.rating ? ratingRank(a.rating) : -1;
  const rb = b.rating ? ratingRank(b.rating) : -1;
  if (ra !== rb) return { order: rb - ra, by: "rating" };
  const sa = a.share ?? -1;
  const sb = b.share ?? -1;
  if (sa !== sb) return { order: sb > sa ? 1 : -1, by: "share" };
  return compareR20(a.tie, b.tie);
}

/** Orders candidates (best first) and notes what decided each place against the next. */
export function orderCandidates(candidates: ReadonlyArray<QuotaCandidate>): Ordered[] {
  const sorted = [...candidates].sort((a, b) => compare(a, b).order || compareText(a.code, b.code) || compareText(a.key, b.key));
  return sorted.map((c, i) => ({ c, byNext: i + 1 < sorted.length ? compare(c, sorted[i + 1]).by : null }));
}

/** The limit floor(q × LDTT count), with a tolerance so that 0.15 × 20 = 3 exactly. */
export function quotaLimit(q: number, ldttCount: number): number {
  return Math.floor(q * ldttCount + 1e-9);
}

/**
 * R3 checks (and R20 checks at the cut line) by candidate key, for the `eligible` CSTDCS candidates; empty when
 * no quota is set.
 */
export function applyQuota(k: CellKeys, ctx: RuleContext, candidates: ReadonlyArray<QuotaCandidate>, ldttCount: number): Map<string, Check[]> {
  const out = new Map<string, Check[]>();
  const q = numOrNull(ctx, "cstdcsQuota");
  if (q === null) return out;
  const limit = quotaLimit(q, ldttCount);
  const ordered = orderCandidates(candidates);
  ordered.forEach((o, i) => {
    const rank = i + 1;
    const params = { rank, count: ordered.length, limit, quota: pct(q), ldtt: ldttCount };
    const within = rank <= limit;
    const checks: Check[] = [
      within
        ? makeCheck(k, "R3", "pass", { key: "rules.R3.within", params }, o.c.cells, SOURCES.R3)
        : makeCheck(k, "R3", "fail", { key: "rules.R3.over", params }, o.c.cells, SOURCES.R3, [{ key: "rules.fix.quota", params }]),
    ];
    // R20 at the cut: between the last one within and the first one over, when the tie-break decided it.
    if (limit > 0 && limit < ordered.length && (rank === limit || rank === limit + 1)) {
      const ahead = ordered[limit - 1];
      const behind = ordered[limit];
      const by = ahead.byNext;
      if (by === "female" || by === "votes" || by === "score" || by === "code") {
        const other = within ? behind.c.code : ahead.c.code;
        checks.push(
          within
            ? makeCheck(k, "R20", "pass", { key: "rules.R20.ahead", params: { other, by } }, [...ahead.c.cells, ...behind.c.cells], SOURCES.R20)
            : makeCheck(k, "R20", "fail", { key: "rules.R20.behind", params: { other, by } }, [...ahead.c.cells, ...behind.c.cells], SOURCES.R20),
        );
      }
    }
    out.set(o.c.key, checks);
  });
  return out;
}
