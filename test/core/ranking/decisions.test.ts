import type { PersonResult, Status } from "../../../src/core/rules/types";
import { CRITERIA_200, decisionOf, person, reasonsOf, resultRow, runUnits, scoresFor, unitOf, type Fx } from "./fixture";

/**
 * Unit KV01 with `n` members; the first `ldtt` are LDTT eligible, the next `pending` are LDTT pending.
 * Unit rating HTXSNV, every member rated HTTNV, one member CSTDCS eligible (unless cstdcs: false).
 */
function unitFx(n: number, extra: Partial<Fx> = {}): Fx {
  const members = Array.from({ length: n }, (_, i) => `CB${String(i + 1).padStart(2, "0")}`);
  return {
    units: [{ code: "KV01", cluster: "Khối 1" }],
    people: members.map((code) => ({ code, unit: "KV01" })),
    ratings: [[2025, "KV01", "HTXSNV"], ...members.map((m) => [2025, m, "HTTNV"] as [number, string, string])],
    criteria: CRITERIA_200,
    scores: scoresFor(2025, "KV01", 185),
    noCarryOverColumns: true,
    results: [resultRow(2025, "KV01", 0.9, 0.5)],
    votes: [[2025, "KV01", "CO_BO", 9, 10]],
    ...extra,
  };
}

function peopleOf(n: number, ldtt: number, pending = 0, cstdcs: Status = "eligible", statusRest: Status = "not-eligible"): PersonResult[] {
  return Array.from({ length: n }, (_, i) => {
    const code = `CB${String(i + 1).padStart(2, "0")}`;
    const l: Status = i < ldtt ? "eligible" : i < ldtt + pending ? "pending" : statusRest;
    return person(code, "KV01", { LDTT: l, CSTDCS: i === 0 ? cstdcs : "not-eligible" });
  });
}

function status(fx: Fx, people: PersonResult[], title: "TTLDTT" | "TTLDXS" | "CO_BO" | "BK_BO"): Status {
  return decisionOf(unitOf(runUnits(fx, people), "KV01"), title).status;
}

describe("R14 TTLDTT: share of members with LDTT", () => {
  test("70 % exactly passes (7/10); 6/10 fails and says how many more are needed", () => {
    expect(status(unitFx(10), peopleOf(10, 7), "TTLDTT")).toBe("eligible");
    const d = decisionOf(unitOf(runUnits(unitFx(10), peopleOf(10, 6)), "KV01"), "TTLDTT");
    expect(d.status).toBe("not-eligible");
    expect(d.nearMiss).toContainEqual(expect.objectContaining({ key: "ranking.nearMiss.moreMembers", params: expect.objectContaining({ need: 1 }) }));
  });

  test("legacy ND91-2017: strictly more than 50 % (5/10 fails, 6/10 passes)", () => {
    const fx = unitFx(10, { year: 2023, ratings: [[2023, "KV01", "HTXSNV"]], results: [resultRow(2023, "KV01", 0.9, 0.5)] });
    expect(status(fx, peopleOf(10, 5), "TTLDTT")).toBe("not-eligible");
    expect(status(fx, peopleOf(10, 6), "TTLDTT")).toBe("eligible");
  });

  test("the denominator is every member: members on hold or without a decision count as not LDTT", () => {
    const people = peopleOf(10, 7).map((p, i) => (i === 0 ? person(p.code, "KV01", { LDTT: "hold" }) : p));
    expect(status(unitFx(10), people, "TTLDTT")).toBe("not-eligible");
    // 7 eligible among 10 members but only 9 PersonResults given: the tenth member still counts in the denominator
    expect(status(unitFx(10), peopleOf(10, 7).slice(0, 9), "TTLDTT")).toBe("eligible");
    expect(status(unitFx(11), peopleOf(10, 7), "TTLDTT")).toBe("not-eligible");
  });

  test("an LDTT already recorded for Y counts like an eligible decision (once per member)", () => {
    expect(status(unitFx(10), peopleOf(10, 6), "TTLDTT")).toBe("not-eligible");
    expect(status(unitFx(10, { awards: [[2025, "CB08", "Lao động tiên tiến"]] }), peopleOf(10, 6), "TTLDTT")).toBe("eligible");
    expect(status(unitFx(10, { awards: [[2025, "CB01", "LĐTT"]] }), peopleOf(10, 6), "TTLDTT")).toBe("not-eligible");
    expect(status(unitFx(10, { awards: [[2024, "CB08", "LĐTT"]] }), peopleOf(10, 6), "TTLDTT")).toBe("not-eligible");
  });

  test("pending members make the unit pending when they matter, not otherwise", () => {
    const d = decisionOf(unitOf(runUnits(unitFx(10), peopleOf(10, 6, 1)), "KV01"), "TTLDTT");
    expect(d.status).toBe("pending");
    expect(d.nearMiss[0]).toMatchObject({ key: "ranking.nearMiss.pendingMembers", params: { pendingCodes: "CB07" } });
    // pending members that cannot close the gap: not-eligible
    expect(status(unitFx(10), peopleOf(10, 5, 1), "TTLDTT")).toBe("not-eligible");
    // enough without them: eligible
    expect(status(unitFx(10), peopleOf(10, 7, 3), "TTLDTT")).toBe("eligible");
  });

  test("a pending member without a rating for Y counts as not LDTT (Settled details): the unit is not pending for them", () => {
    // CB07's LDTT is pending; with a 2025 rating it could still close the gap (unit pending), without one it cannot.
    const rated = decisionOf(unitOf(runUnits(unitFx(10), peopleOf(10, 6, 1)), "KV01"), "TTLDTT");
    expect(rated.status).toBe("pending");
    const unrated = unitFx(10);
    const withoutCb07 = { ...unrated, ratings: (unrated.ratings ?? []).filter((r) => r[1] !== "CB07") };
    const d = decisionOf(unitOf(runUnits(withoutCb07, peopleOf(10, 6, 1)), "KV01"), "TTLDTT");
    expect(d.status).toBe("not-eligible");
    expect(d.nearMiss).toContainEqual(expect.objectContaining({ key: "ranking.nearMiss.moreMembers", params: expect.objectContaining({ need: 1 }) }));
  });

  test("a member disciplined with cảnh cáo during Y blocks TTLDTT; khiển trách does not; one that ended before Y does not", () => {
    const withDiscipline = (form: string, from: string, to: string) => unitFx(10, { discipline: [["CB09", form, from, to]] });
    const people = peopleOf(10, 8);
    expect(status(withDiscipline("Cảnh cáo", "01/03/2025", "28/02/2026"), people, "TTLDTT")).toBe("not-eligible");
    expect(status(withDiscipline("Cảnh cáo", "01/06/2024", "01/01/2025"), people, "TTLDTT")).toBe("not-eligible"); // overlaps Y by one day
    expect(status(withDiscipline("Cách chức", "01/06/2025", ""), people, "TTLDTT")).toBe("not-eligible");
    expect(status(withDiscipline("Khiển trách", "01/03/2025", "31/08/2025"), people, "TTLDTT")).toBe("eligible");
    expect(status(withDiscipline("Cảnh cáo", "01/06/2023", "31/12/2024"), people, "TTLDTT")).toBe("eligible");
    const d = decisionOf(unitOf(runUnits(withDiscipline("Cảnh cáo", "01/03/2025", "28/02/2026"), people), "KV01"), "TTLDTT");
    expect(reasonsOf(d, "R14").find((r) => r.outcome === "fail")?.cells).toEqual(["Kỷ luật!B2", "Kỷ luật!C2", "Kỷ luật!D2"]);
  });

  test("unit rating below HTTNV fails; no unit rating is missing data (pending)", () => {
    expect(status(unitFx(10, { ratings: [[2025, "KV01", "HTNV"]] }), peopleOf(10, 8), "TTLDTT")).toBe("not-eligible");
    expect(status(unitFx(10, { ratings: [] }), peopleOf(10, 8), "TTLDTT")).toBe("pending");
  });
});

describe("R15 TTLDXS", () => {
  test("HTXSNV, all members ≥ HTNV, ≥ 70 % LDTT, one CSTDCS → eligible", () => {
    expect(status(unitFx(10), peopleOf(10, 7), "TTLDXS")).toBe("eligible");
  });
  test("unit rated HTTNV → not-eligible", () => {
    const fx = unitFx(10);
    fx.ratings = [[2025, "KV01", "HTTNV"], ...(fx.ratings ?? []).slice(1)];
    expect(status(fx, peopleOf(10, 7), "TTLDXS")).toBe("not-eligible");
  });
  test("a member rated KHTNV → not-eligible; a member without a rating → pending", () => {
    const fx = unitFx(10);
    const ratings = fx.ratings ?? [];
    expect(status({ ...fx, ratings: ratings.map((r) => (r[1] === "CB10" ? [2025, "CB10", "KHTNV"] : r)) as Fx["ratings"] }, peopleOf(10, 7), "TTLDXS")).toBe("not-eligible");
    expect(status({ ...fx, ratings: ratings.filter((r) => r[1] !== "CB10") }, peopleOf(10, 7), "TTLDXS")).toBe("pending");
  });
  test("no CSTDCS: not-eligible; a pending CSTDCS: pending", () => {
    expect(status(unitFx(10), peopleOf(10, 7, 0, "not-eligible"), "TTLDXS")).toBe("not-eligible");
    expect(status(unitFx(10), peopleOf(10, 7, 0, "pending"), "TTLDXS")).toBe("pending");
  });
});

describe("R16 CO_BO", () => {
  const cluster = (extra: Partial<Fx> = {}): Fx => ({
    units: [
      { code: "KV01", cluster: "Khối 1" },
      { code: "KV02", cluster: "Khối 1" },
      { code: "KV03", cluster: "Khối 2" },
    ],
    criteria: CRITERIA_200,
    scores: [...scoresFor(2025, "KV01", 190), ...scoresFor(2025, "KV02", 185), ...scoresFor(2025, "KV03", 170)],
    noCarryOverColumns: true,
    results: [resultRow(2025, "KV01", 0.9, 0.5), resultRow(2025, "KV02", 0.9, 0.5), resultRow(2025, "KV03", 0.9, 0.5)],
    votes: [
      [2025, "KV01", "CO_BO", 8, 10],
      [2025, "KV02", "CO_BO", 10, 10],
      [2025, "KV03", "CO_BO", 9, 10],
    ],
    ...extra,
  });
  const statuses = (fx: Fx) => Object.fromEntries(runUnits(fx).map((u) => [u.code, decisionOf(u, "CO_BO").status]));

  test("only the first of each cluster can be eligible: at most one per cluster", () => {
    expect(statuses(cluster())).toEqual({ KV01: "eligible", KV02: "not-eligible", KV03: "eligible" });
  });

  test("the first missing a target gets nothing, and the second is not promoted", () => {
    const fx = cluster({ results: [resultRow(2025, "KV01", 0.7, 0.5), resultRow(2025, "KV02", 0.9, 0.5), resultRow(2025, "KV03", 0.9, 0.5)] });
    // KV01 is B now (one target missed) so KV02 (A) is first; KV02 eligible, KV01 not
    expect(statuses(fx)).toMatchObject({ KV01: "not-eligible", KV02: "eligible" });
    const fx2 = cluster({ results: [resultRow(2025, "KV01", 0.9, 0.39), resultRow(2025, "KV02", 0.9, 0.39), resultRow(2025, "KV03", 0.9, 0.5)] });
    // both B (tiền missed by 1 point); KV01 first on score but a target is missed: nobody in Khối 1
    expect(statuses(fx2)).toMatchObject({ KV01: "not-eligible", KV02: "not-eligible" });
  });

  test("vote below 80 % → not-eligible; no vote row → pending; Bộ, tỉnh row decides over Cơ sở", () => {
    const v = (rows: Fx["votes"]) => statuses(cluster({ votes: rows })).KV01;
    expect(v([[2025, "KV01", "CO_BO", 7, 10]])).toBe("not-eligible");
    expect(v([])).toBe("pending");
    expect(v([[2025, "KV01", "CO_BO", 9, 10], [2025, "KV01", "CO_BO", 7, 10, "Bộ, tỉnh"]])).toBe("not-eligible");
    expect(v([[2025, "KV01", "CO_BO", 7, 10], [2025, "KV01", "CO_BO", 9, 10, "Bộ, tỉnh"]])).toBe("eligible");
  });

  test("a unit of the cluster without a class (no results row) leaves the cluster's first place undecided: pending, not not-eligible", () => {
    // KV01 (190 points) has no Kết quả THADS row for 2025: no class, so K6 puts it last. Its own CO_BO is
    // missing data (domain.md: no results row → missing → pending), and KV02's first place depends on it.
    const fx = cluster({ results: [resultRow(2025, "KV02", 0.9, 0.5), resultRow(2025, "KV03", 0.9, 0.5)] });
    const res = runUnits(fx);
    expect(unitOf(res, "KV01")).toMatchObject({ class: null, clusterRank: 2 });
    expect(statuses(fx)).toEqual({ KV01: "pending", KV02: "pending", KV03: "eligible" });
    const k6 = (code: string) => decisionOf(unitOf(res, code), "CO_BO").reasons.find((r) => r.rule === "K6");
    expect(k6("KV01")).toMatchObject({ outcome: "missing", text: { key: "ranking.r16.unrankedOwn" } });
    expect(k6("KV02")).toMatchObject({ outcome: "missing", text: { key: "ranking.r16.othersUnranked", params: expect.objectContaining({ count: 1, codes: "KV01" }) } });
    expect(decisionOf(unitOf(res, "KV02"), "CO_BO").nearMiss).toContainEqual(expect.objectContaining({ key: "ranking.nearMiss.rankOthers" }));
    // a classified unit below a classified leader stays not-eligible whatever the unclassified one gets
    const fx3 = cluster({
      units: [
        { code: "KV01", cluster: "Khối 1" },
        { code: "KV02", cluster: "Khối 1" },
        { code: "KV03", cluster: "Khối 1" },
      ],
      results: [resultRow(2025, "KV01", 0.9, 0.5), resultRow(2025, "KV02", 0.9, 0.5)],
    });
    expect(statuses(fx3)).toEqual({ KV01: "pending", KV02: "not-eligible", KV03: "pending" });
  });

  test("vote share uses Số thành viên Hội đồng when the row has no total", () => {
    const fx = cluster({ settings: [["Số thành viên Hội đồng", 10]], votes: [[2025, "KV01", "CO_BO", 8, ""]] });
    expect(statuses(fx).KV01).toBe("eligible");
  });
});

describe("R9: a held unit", () => {
  test("is scored and ranked as usual; every decision is hold", () => {
    const fx = unitFx(10, { discipline: [["KV01", "Đang xem xét", "01/10/2025", ""]] });
    const u = unitOf(runUnits(fx, peopleOf(10, 8)), "KV01");
    expect(u).toMatchObject({ score: 185, class: "A", clusterRank: 1 });
    expect(u.decisions.map((d) => d.status)).toEqual(["hold", "hold", "hold", "hold"]);
    for (const d of u.decisions) expect(reasonsOf(d, "R9")[0]).toMatchObject({ outcome: "fail", cells: ["Kỷ luật!B2", "Kỷ luật!C2", "Kỷ luật!D2"] });
  });
  test("a review closed on or before the evaluation date is no hold", () => {
    const fx = unitFx(10, { discipline: [["KV01", "Đang xem xét", "01/03/2025", "30/06/2025"]] });
    expect(status(fx, peopleOf(10, 8), "TTLDTT")).toBe("eligible");
  });
});

describe("R19 BK_BO for a unit", () => {
  test("HTXSNV in Y−1 and Y → eligible; only Y → not-eligible; Y−1 recorded TTLDXS counts", () => {
    const fx = unitFx(10, { ratings: [[2024, "KV01", "HTXSNV"], [2025, "KV01", "HTXSNV"]] });
    expect(status(fx, peopleOf(10, 8), "BK_BO")).toBe("eligible");
    const only = unitFx(10, { ratings: [[2024, "KV01", "HTTNV"], [2025, "KV01", "HTXSNV"]] });
    expect(status(only, peopleOf(10, 8), "BK_BO")).toBe("not-eligible");
    const recorded = unitFx(10, { ratings: [[2024, "KV01", "HTTNV"], [2025, "KV01", "HTXSNV"]], awards: [[2024, "KV01", "TTLĐXS"]] });
    expect(status(recorded, peopleOf(10, 8), "BK_BO")).toBe("eligible");
  });
  test("a revoked or ad-hoc TTLDXS does not count; no rating for Y−1 is missing data", () => {
    const base = { ratings: [[2024, "KV01", "HTTNV"], [2025, "KV01", "HTXSNV"]] as Fx["ratings"] };
    expect(status(unitFx(10, { ...base, awards: [[2024, "KV01", "TTLDXS", "Công trạng", "Bị hủy"]] }), peopleOf(10, 8), "BK_BO")).toBe("not-eligible");
    expect(status(unitFx(10, { ...base, awards: [[2024, "KV01", "TTLDXS", "Đột xuất"]] }), peopleOf(10, 8), "BK_BO")).toBe("not-eligible");
    expect(status(unitFx(10, { ratings: [[2025, "KV01", "HTXSNV"]] }), peopleOf(10, 8), "BK_BO")).toBe("pending");
  });
  test("R8: a discipline of the unit ending in Y−1 resets the streak", () => {
    const fx = unitFx(10, { ratings: [[2024, "KV01", "HTXSNV"], [2025, "KV01", "HTXSNV"]], discipline: [["KV01", "Khiển trách", "01/02/2024", "31/07/2024"]] });
    const d = decisionOf(unitOf(runUnits(fx, peopleOf(10, 8)), "KV01"), "BK_BO");
    expect(d.status).toBe("not-eligible");
    expect(reasonsOf(d, "R8")[0]).toMatchObject({ outcome: "fail", text: { key: "rules.R8.reset", params: { reset: 2024, from: 2024 } } });
  });
});

describe("every unit gets the four unit decisions, sorted by title, units sorted by code", () => {
  test("shape", () => {
    const res = runUnits({ units: [{ code: "KV02" }, { code: "kv01" }, { code: "AG00", cluster: "X" }] });
    expect(res.map((u) => u.code)).toEqual(["AG00", "kv01", "KV02"]);
    for (const u of res) expect(u.decisions.map((d) => d.title)).toEqual(["BK_BO", "CO_BO", "TTLDTT", "TTLDXS"]);
  });
});
