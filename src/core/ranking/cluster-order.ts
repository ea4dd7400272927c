/**
 * K6: order within each emulation cluster (khối/cụm thi đua): class, then total score, then rate_viec, then
 * rate_tien, then R20 (rules/facts.ts compareR20: a unit with ≥ 70 % women first, then more council votes for
 * CO_BO, then higher score — already compared — then the unit code, so the order is total and stable).
 * Each rank records the key that separated the unit from the next one in its cluster (`rankDecidedBy`; null for
 * the last unit). Missing values (no class, no score, an undefined rate, no vote) go after every present value.
 */
import { compareR20, compareText, codeKey } from "../rules/facts";
import { matchKey } from "../text/fold";
import { CLASSES, type UnitClass } from "./classes";

/** `rankDecidedBy` values, in the order K6 applies them ("female", "votes", "code" are R20's keys). */
export const RANK_KEYS = ["class", "score", "rateViec", "rateTien", "female", "votes", "code"] as const;
export type RankKey = (typeof RANK_KEYS)[number];

export interface RankEntry {
  readonly code: string;
  /** The cluster as written; empty = no cluster. Clusters match ignoring case and diacritics. */
  readonly cluster: string;
  readonly cls: UnitClass | null;
  readonly score: number | null;
  readonly rateViec: number | null;
  readonly rateTien: number | null;
  /** R20: at least the women-share parameter of the unit's members are women. */
  readonly womenFirst: boolean;
  /** R20: votes for CO_BO (the title the ranking decides) in the deciding council row, or null. */
  readonly votes: number | null;
}

export interface ClusterRank {
  readonly rank: number;
  readonly size: number;
  readonly decidedBy: RankKey | null;
}

/** Descending with nulls last. */
function desc(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return b - a;
}

const classIndex = (c: UnitClass | null): number => (c === null ? CLASSES.length : CLASSES.indexOf(c));

/** The K1–K4 keys (before R20): negative when `a` goes first. */
const MAIN_KEYS: ReadonlyArray<readonly [RankKey, (a: RankEntry, b: RankEntry) => number]> = [
  ["class", (a, b) => classIndex(a.cls) - classIndex(b.cls)],
  ["score", (a, b) => desc(a.score, b.score)],
  ["rateViec", (a, b) => desc(a.rateViec, b.rateViec)],
  ["rateTien", (a, b) => desc(a.rateTien, b.rateTien)],
];

/** The order of two entries and the key that decided it (null when they are the same unit). */
export function compareWithKey(a: RankEntry, b: RankEntry): { order: number; by: RankKey | null } {
  for (const [key, cmp] of MAIN_KEYS) {
    const order = cmp(a, b);
    if (order !== 0) return { order, by: key };
  }
  const r20 = compareR20(
    { code: a.code, female: a.womenFirst, votes: a.votes, score: a.score },
    { code: b.code, female: b.womenFirst, votes: b.votes, score: b.score },
  );
  if (r20.order !== 0 && r20.by !== null) return { order: r20.order, by: r20.by };
  const last = compareText(a.code, b.code);
  return { order: last, by: last === 0 ? null : "code" };
}

export function compareEntries(a: RankEntry, b: RankEntry): number {
  return compareWithKey(a, b).order;
}

/** The cluster key a unit belongs to, or null when its cluster is empty. */
export function clusterKey(cluster: string): string | null {
  const k = matchKey(cluster);
  return k === "" ? null : k;
}

/** Ranks every unit that has a cluster, keyed by codeKey. Units without a cluster are absent from the map. */
export function rankClusters(entries: ReadonlyArray<RankEntry>): Map<string, ClusterRank> {
  const groups = new Map<string, RankEntry[]>();
  for (const e of entries) {
    const k = clusterKey(e.cluster);
    if (k === null) continue;
    const g = groups.get(k);
    if (g) g.push(e);
    else groups.set(k, [e]);
  }
  const out = new Map<string, ClusterRank>();
  for (const group of groups.values()) {
    const sorted = [...group].sort(compareEntries);
    sorted.forEach((e, i) => {
      const next = sorted[i + 1];
      out.set(codeKey(e.code), { rank: i + 1, size: sorted.length, decidedBy: next ? compareWithKey(e, next).by : null });
    });
  }
  return out;
}
