import fc from "fast-check";
import { compareEntries, rankClusters, RANK_KEYS, type RankEntry } from "../../../src/core/ranking/cluster-order";
import { CRITERIA_200, resultRow, runUnits, scoresFor, unitOf, type Fx, type FxPerson } from "./fixture";

interface U {
  code: string;
  score: number;
  viec?: number;
  tien?: number;
  women?: number;
  votes?: number;
  cluster?: string;
}

/** Units of one cluster "Khối 1" (unless given); each has 10 members, `women` of them women. */
function fx(units: U[]): Fx {
  const people: FxPerson[] = units.flatMap((u) =>
    Array.from({ length: 10 }, (_, i) => ({ code: `${u.code}-${i}`, unit: u.code, gender: i < (u.women ?? 0) ? ("Nữ" as const) : ("Nam" as const) })),
  );
  return {
    units: units.map((u) => ({ code: u.code, cluster: u.cluster ?? "Khối 1" })),
    people,
    criteria: CRITERIA_200,
    scores: units.flatMap((u) => scoresFor(2025, u.code, u.score)),
    noCarryOverColumns: true,
    results: units.map((u) => resultRow(2025, u.code, u.viec ?? 0.9, u.tien ?? 0.5)),
    votes: units.filter((u) => u.votes !== undefined).map((u) => [2025, u.code, "CO_BO", u.votes as number, 10] as [number, string, string, number, number]),
  };
}

function order(units: U[]): Array<{ code: string; rank: number | null; by: string | null }> {
  return runUnits(fx(units))
    .map((u) => ({ code: u.code, rank: u.clusterRank, by: u.rankDecidedBy }))
    .sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99));
}

describe("K6 ties broken by each key in turn", () => {
  test("class first: an A with fewer points beats a B with more", () => {
    // KV02 has 195 points but misses việc (B); KV01 has 180 and meets everything (A)
    expect(order([{ code: "KV02", score: 195, viec: 0.7 }, { code: "KV01", score: 180 }])).toEqual([
      { code: "KV01", rank: 1, by: "class" },
      { code: "KV02", rank: 2, by: null },
    ]);
  });
  test("then total score", () => {
    expect(order([{ code: "KV01", score: 181 }, { code: "KV02", score: 181.5 }]).map((r) => [r.code, r.by])).toEqual([
      ["KV02", "score"],
      ["KV01", null],
    ]);
  });
  test("then rate_viec", () => {
    expect(order([{ code: "KV01", score: 185, viec: 0.9 }, { code: "KV02", score: 185, viec: 0.901 }]).map((r) => [r.code, r.by])).toEqual([
      ["KV02", "rateViec"],
      ["KV01", null],
    ]);
  });
  test("then rate_tien", () => {
    expect(order([{ code: "KV01", score: 185, tien: 0.5 }, { code: "KV02", score: 185, tien: 0.6 }]).map((r) => [r.code, r.by])).toEqual([
      ["KV02", "rateTien"],
      ["KV01", null],
    ]);
  });
  test("then R20: a unit with ≥ 70 % women first (7/10 counts, 6/10 does not)", () => {
    expect(order([{ code: "KV01", score: 185, women: 6 }, { code: "KV02", score: 185, women: 7 }]).map((r) => [r.code, r.by])).toEqual([
      ["KV02", "female"],
      ["KV01", null],
    ]);
    expect(order([{ code: "KV01", score: 185, women: 6 }, { code: "KV02", score: 185, women: 0 }]).map((r) => r.by)[0]).not.toBe("female");
  });
  test("then more council votes (CO_BO vote share)", () => {
    expect(order([{ code: "KV01", score: 185, votes: 8 }, { code: "KV02", score: 185, votes: 9 }]).map((r) => [r.code, r.by])).toEqual([
      ["KV02", "votes"],
      ["KV01", null],
    ]);
  });
  test("finally the code, so the order is total and stable", () => {
    expect(order([{ code: "KV02", score: 185 }, { code: "KV01", score: 185 }]).map((r) => [r.code, r.by])).toEqual([
      ["KV01", "code"],
      ["KV02", null],
    ]);
  });
});

describe("clusters", () => {
  test("a unit without a cluster: clusterRank null, score and class still computed, CO_BO not-eligible (no cluster)", () => {
    const res = runUnits(fx([{ code: "KV01", score: 190, cluster: "" }, { code: "KV02", score: 150 }]));
    const u = unitOf(res, "KV01");
    expect(u).toMatchObject({ clusterRank: null, rankDecidedBy: null, cluster: null, score: 190, class: "A" });
    const co = u.decisions.find((d) => d.title === "CO_BO");
    expect(co?.status).toBe("not-eligible");
    expect(co?.reasons.find((r) => r.rule === "R16")).toMatchObject({ outcome: "fail", text: { key: "ranking.r16.noCluster" } });
    // the unit without a cluster does not take the other cluster's first place
    expect(unitOf(res, "KV02").clusterRank).toBe(1);
  });

  test("clusters match ignoring case and diacritics", () => {
    const res = runUnits(fx([{ code: "KV01", score: 190, cluster: "Khối 1" }, { code: "KV02", score: 150, cluster: "khoi 1" }]));
    expect(unitOf(res, "KV02").clusterRank).toBe(2);
  });
});

const entryArb = (cluster: fc.Arbitrary<string>): fc.Arbitrary<RankEntry> =>
  fc.record({
    code: fc.stringMatching(/^[A-Z]{2}[0-9]{2}$/),
    cluster,
    cls: fc.constantFrom("A", "B", "C", "D", null),
    score: fc.option(fc.integer({ min: 100, max: 200 }), { nil: null }),
    rateViec: fc.option(fc.constantFrom(0.7, 0.8, 0.9), { nil: null }),
    rateTien: fc.option(fc.constantFrom(0.3, 0.4), { nil: null }),
    womenFirst: fc.boolean(),
    votes: fc.option(fc.constantFrom(0.7, 0.8, 0.9), { nil: null }),
  }) as fc.Arbitrary<RankEntry>;

function uniqueCodes(entries: RankEntry[]): RankEntry[] {
  const seen = new Set<string>();
  return entries.filter((e) => !seen.has(e.code) && seen.add(e.code));
}

describe("K6 properties", () => {
  test("adding an unrelated unit to another cluster does not change a cluster's ranks", () => {
    fc.assert(
      fc.property(fc.array(entryArb(fc.constantFrom("Khối 1", "Khối 2")), { minLength: 1, maxLength: 12 }), entryArb(fc.constant("Khối 3")), (raw, extra) => {
        const entries = uniqueCodes(raw);
        fc.pre(!entries.some((e) => e.code === extra.code));
        const before = rankClusters(entries);
        const after = rankClusters([...entries, extra]);
        for (const e of entries) expect(after.get(e.code)).toEqual(before.get(e.code));
      }),
    );
  });

  test("the order does not depend on the input order, and ranks are 1..n per cluster", () => {
    fc.assert(
      fc.property(fc.array(entryArb(fc.constantFrom("Khối 1", "Khối 2", "")), { minLength: 1, maxLength: 12 }), fc.integer(), (raw, seed) => {
        const entries = uniqueCodes(raw);
        const shuffled = [...entries].sort((a, b) => ((a.code.charCodeAt(0) * seed) % 7) - ((b.code.charCodeAt(0) * seed) % 7));
        expect(rankClusters(shuffled)).toEqual(rankClusters(entries));
        const ranks = rankClusters(entries);
        for (const cluster of ["Khối 1", "Khối 2"]) {
          const got = entries.filter((e) => e.cluster === cluster).map((e) => ranks.get(e.code)?.rank).sort((a, b) => (a ?? 0) - (b ?? 0));
          expect(got).toEqual(got.map((_, i) => i + 1));
        }
        for (const e of entries.filter((x) => x.cluster === "")) expect(ranks.has(e.code)).toBe(false);
      }),
    );
  });

  test("the comparator is antisymmetric and the keys are in the K6 order", () => {
    fc.assert(
      fc.property(entryArb(fc.constant("K")), entryArb(fc.constant("K")), (a, b) => {
        const c = compareEntries(a, b);
        expect(Math.sign(c)).toBe(-Math.sign(compareEntries(b, a)));
      }),
    );
    expect(RANK_KEYS).toEqual(["class", "score", "rateViec", "rateTien", "female", "votes", "code"]);
  });
});
