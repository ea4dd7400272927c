/**
 * K6: order within each emulation cluster (khối/cụm thi đua): class, then total score, then rate_viec, then
 * rate_tien, then R20 (a unit with ≥ 70 % women first, then more council votes; "higher score" is already the
 * second key), and finally the unit code so the order is total and stable. Each rank records the key that
 * separated the unit from the next one in its cluster (`rankDecidedBy`; null for the last unit).
 * Missing values (no class, no score, an undefined rate, no vote) go after every present value.
 */
import { matchKey } from "../text/fold";
import { codeKey } from "./cells";
import { CLASSES, type UnitClass } from "./classes";

export const RANK_KEYS = ["class", "score", "rateViec", "rateTien", "women", "votes", "code"] as const;
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
  /** R20: the unit's council vote share for CO_BO (the title the ranking decides), or null. */
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

/** Negative when `a` goes before `b` on this key alone. */
export function compareOn(key: RankKey, a: RankEntry, b: RankEntry): number {
  switch (key) {
    case "class": {
      const ia = a.cls === null ? CLASSES.length : CLASSES.indexOf(a.cls);
      const ib = b.cls === null ? CLASSES.length : CLASSES.indexOf(b.cls);
      return ia - ib;
    }
    case "score":
      return desc(a.score, b.score);
    case "rateViec":
      return desc(a.rateViec, b.rateViec);
    case "rateTien":
      return desc(a.rateTien, b.rateTien);
    case "women":
      return a.womenFirst === b.womenFirst ? 0 : a.womenFirst ? -1 : 1;
    case "votes":
      return desc(a.votes, b.votes);
    case "code": {
      const ka = codeKey(a.code);
      const kb = codeKey(b.code);
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    }
  }
}

/** The first key on which two entries differ, or null when they are equal on every key. */
export function decidingKey(a: RankEntry, b: RankEntry): RankKey | null {
  for (const key of RANK_KEYS) if (compareOn(key, a, b) !== 0) return key;
  return null;
}

export function compareEntries(a: RankEntry, b: RankEntry): number {
  const key = decidingKey(a, b);
  return key === null ? 0 : compareOn(key, a, b);
}

/** The cluster key a unit belongs to, or null when its cluster is empty. */
export function clusterKey(cluster: string): string | null {
  const k = matchKey(cluster);
  return k === "" ? null : k;
}

/** Ranks every unit that has a cluster, by code (codeKey). Units without a cluster are absent from the map. */
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
      out.set(codeKey(e.code), { rank: i + 1, size: sorted.length, decidedBy: next ? decidingKey(e, next) : null });
    });
  }
  return out;
}
