import { CRITERIA_200, decisionOf, reasonsOf, resultRow, runUnits, scoresFor, unitOf } from "./fixture";

const base = { units: [{ code: "KV01", cluster: "Khối 1" }], criteria: CRITERIA_200, scores: scoresFor(2025, "KV01", 185) };

describe("K1 rates against the unit's own targets", () => {
  test("rate equal to the target meets it; one case fewer does not", () => {
    const at = unitOf(runUnits({ ...base, results: [resultRow(2025, "KV01", 0.825, 0.5, 0.825, 0.4)] }), "KV01");
    expect(at.targets.viec).toMatchObject({ rate: 0.825, target: 0.825, met: true });
    const below = unitOf(runUnits({ ...base, results: [resultRow(2025, "KV01", 0.824, 0.5, 0.825, 0.4)] }), "KV01");
    expect(below.targets.viec).toMatchObject({ rate: 0.824, met: false });
    expect(below.targets.viec?.shortBy).toBeCloseTo(0.001, 9);
  });

  test("strictTargets (\"trên X %\"): a rate equal to the target does not meet it", () => {
    const fx = { ...base, settings: [["strictTargets", "có"]] as Array<[string, string]>, results: [resultRow(2025, "KV01", 0.825, 0.5, 0.825, 0.4)] };
    const u = unitOf(runUnits(fx), "KV01");
    expect(u.targets.viec).toMatchObject({ met: false });
    expect(u.targets.tien).toMatchObject({ met: true });
  });

  test("a zero denominator gives an undefined rate, reported, and it is not a core target", () => {
    const row = { ...resultRow(2025, "KV01", 0.9, 0.5), moneyAble: 0, moneyDone: 0 };
    const u = unitOf(runUnits({ ...base, results: [row] }), "KV01");
    expect(u.targets.tien).toMatchObject({ rate: null, met: null, undefinedReason: "zeroDenominator" });
    expect(u.targets.viec).toMatchObject({ met: true });
    // the unit still gets a class (A: 185 points and its only core target met) and the zero is in the reasons
    expect(u.class).toBe("A");
    const k1 = reasonsOf(decisionOf(u, "CO_BO"), "K1");
    expect(k1.map((r) => r.text.key)).toContain("ranking.k1.tien.zero");
  });

  test("no results row for Y: targets null, class null, CO_BO pending on missing data", () => {
    const u = unitOf(runUnits({ ...base, results: [resultRow(2024, "KV01", 0.9, 0.5)] }), "KV01");
    expect(u.targets).toEqual({ viec: null, tien: null, giamChuyenKy: null });
    expect(u.score).toBe(185);
    expect(u.class).toBeNull();
    expect(reasonsOf(decisionOf(u, "CO_BO"), "K1")[0]).toMatchObject({ outcome: "missing", text: { key: "ranking.k1.noRow" } });
  });
});

describe("K2 carry-over reduction", () => {
  const row = (year: number, carry: number, target = 0.1) => resultRow(year, "KV01", 0.9, 0.5, 0.8, 0.4, { carryOver: carry, targetCarryOver: target });

  test("with the previous year's row: (prev − cur) / prev against the target", () => {
    const u = unitOf(runUnits({ ...base, results: [row(2024, 200), row(2025, 180)] }), "KV01");
    expect(u.targets.giamChuyenKy).toMatchObject({ rate: 0.1, target: 0.1, met: true });
    const v = unitOf(runUnits({ ...base, results: [row(2024, 200), row(2025, 181)] }), "KV01");
    expect(v.targets.giamChuyenKy).toMatchObject({ met: false });
    expect(v.targets.giamChuyenKy?.rate).toBeCloseTo(0.095, 9);
    // a missed K2 is a missed core target: 185 points but not A
    expect(v.class).toBe("B");
  });

  test("without the previous year's row: not computable, not a core target", () => {
    const u = unitOf(runUnits({ ...base, results: [row(2025, 180)] }), "KV01");
    expect(u.targets.giamChuyenKy).toMatchObject({ rate: null, met: null, undefinedReason: "noPreviousYear" });
    expect(u.class).toBe("A");
    const k2 = reasonsOf(decisionOf(u, "CO_BO"), "K2")[0];
    expect(k2).toMatchObject({ outcome: "pass", text: { key: "ranking.k2.giamChuyenKy.noPrevious" } });
  });

  test("previous year's carry-over 0: undefined, not a core target", () => {
    const u = unitOf(runUnits({ ...base, results: [row(2024, 0), row(2025, 0)] }), "KV01");
    expect(u.targets.giamChuyenKy).toMatchObject({ rate: null, undefinedReason: "zeroDenominator" });
  });

  test("a workbook without the carry-over columns has no K2 at all", () => {
    const u = unitOf(runUnits({ ...base, noCarryOverColumns: true, results: [resultRow(2025, "KV01", 0.9, 0.5)] }), "KV01");
    expect(u.targets.giamChuyenKy).toBeNull();
    expect(reasonsOf(decisionOf(u, "CO_BO"), "K2")).toEqual([]);
  });
});
