import { CRITERIA_200, decisionOf, reasonsOf, resultRow, runUnits, scoresFor, unitOf, type Fx } from "./fixture";

/** One unit with total `score` on the 200-point sheet and rates viec/tien against targets 0.80/0.40 (K2 absent). */
function classOf(score: number, viec: number, tien: number, extra: Partial<Fx> = {}): string | null {
  const fx: Fx = {
    units: [{ code: "KV01", cluster: "K1" }],
    criteria: CRITERIA_200,
    scores: scoresFor(2025, "KV01", score),
    noCarryOverColumns: true,
    results: [resultRow(2025, "KV01", viec, tien, 0.8, 0.4)],
    ...extra,
  };
  return unitOf(runUnits(fx), "KV01").class;
}

describe("K4 classes on the 200-point sheet (A 180, B 160, C 140)", () => {
  test("A needs ≥ 180 and every core target met", () => {
    expect(classOf(180, 0.8, 0.4)).toBe("A");
    expect(classOf(179.5, 0.8, 0.4)).toBe("B");
  });

  test("≥ 180 but one target missed is not A: B when short by ≤ 15 points, C beyond", () => {
    expect(classOf(195, 0.65, 0.5)).toBe("B"); // việc short by exactly 15 points
    expect(classOf(195, 0.649, 0.5)).toBe("C"); // short by 15.1 points
  });

  test("B 'each missed ≤ 5 points' branch with one met (three core targets)", () => {
    const k2 = (carry: number) => ({
      noCarryOverColumns: false,
      results: [
        resultRow(2024, "KV01", 0.9, 0.9, 0.8, 0.4, { carryOver: 100 }),
        resultRow(2025, "KV01", 0.75, 0.35, 0.8, 0.4, { carryOver: carry, targetCarryOver: 0.1 }),
      ],
    });
    // việc and tiền missed by exactly 5 points each, K2 met (100 → 90 = 10 %)
    expect(classOf(170, 0, 0, k2(90))).toBe("B");
    // K2 missed too: nothing met, so the "each ≤ 5" branch is closed and two are missed → C
    expect(classOf(170, 0, 0, k2(91))).toBe("C");
  });

  test("two missed with one of them short by more than 5 points → C", () => {
    const fx = {
      noCarryOverColumns: false,
      results: [
        resultRow(2024, "KV01", 0.9, 0.9, 0.8, 0.4, { carryOver: 100 }),
        resultRow(2025, "KV01", 0.749, 0.35, 0.8, 0.4, { carryOver: 90, targetCarryOver: 0.1 }),
      ],
    };
    expect(classOf(170, 0, 0, fx)).toBe("C");
  });

  test("B by score band with all targets met, C and D edges", () => {
    expect(classOf(160, 0.9, 0.5)).toBe("B");
    expect(classOf(159.5, 0.9, 0.5)).toBe("C");
    expect(classOf(140, 0.9, 0.5)).toBe("C");
    expect(classOf(139.5, 0.9, 0.5)).toBe("D");
  });

  test("thresholds scale with the sheet's maximum: 100 points → A 90, B 80, C 70", () => {
    const extra = { criteria: [["TC1", 60], ["TC2", 40], ["TR1", 10, "Trừ"]] as Array<[string, number, string?]> };
    const fx = (a: number, b: number) => ({ ...extra, scores: [[2025, "KV01", "TC1", a], [2025, "KV01", "TC2", b]] as Array<[number, string, string, number]> });
    expect(classOf(0, 0.9, 0.5, fx(60, 30))).toBe("A");
    expect(classOf(0, 0.9, 0.5, fx(60, 29))).toBe("B");
    expect(classOf(0, 0.9, 0.5, fx(50, 20))).toBe("C");
    expect(classOf(0, 0.9, 0.5, fx(50, 19))).toBe("D");
  });

  test("relative shortfall mode: 15 % of the target instead of 15 points", () => {
    const settings = [["Cách tính mức thiếu chỉ tiêu", "Tương đối"]] as Array<[string, string]>;
    // target 0.8: 15 % relative = 12 points. 0.68 is short by exactly 15 % relative → B; 0.67 → C
    expect(classOf(195, 0.68, 0.5, { settings })).toBe("B");
    expect(classOf(195, 0.67, 0.5, { settings })).toBe("C");
    // the same 0.67 in points mode (13 points) is B
    expect(classOf(195, 0.67, 0.5)).toBe("B");
  });

  test("the class reason says why (≥ 180 but one target missed)", () => {
    const fx: Fx = {
      units: [{ code: "KV01", cluster: "K1" }],
      criteria: CRITERIA_200,
      scores: scoresFor(2025, "KV01", 190),
      noCarryOverColumns: true,
      results: [resultRow(2025, "KV01", 0.7, 0.5, 0.8, 0.4)],
    };
    const u = unitOf(runUnits(fx), "KV01");
    expect(reasonsOf(decisionOf(u, "CO_BO"), "K4")[0].text).toMatchObject({ key: "ranking.k4.B.one.points", params: { total: 190, gap: 15 } });
  });
});

describe("K3 scores", () => {
  test("capped per criterion, Trừ criteria subtracted, scale = Σ max of Cộng", () => {
    const fx: Fx = {
      units: [{ code: "KV01", cluster: "K1" }],
      criteria: [["TC1", 100], ["TC2", 100], ["TR1", 20, "Trừ"]],
      scores: [
        [2025, "KV01", "TC1", 120],
        [2025, "KV01", "TC2", 90.5],
        [2025, "KV01", "TR1", 5],
      ],
      results: [resultRow(2025, "KV01", 0.9, 0.5)],
    };
    const u = unitOf(runUnits(fx), "KV01");
    expect(u.score).toBe(185.5);
    expect(u.class).toBe("A");
    expect(reasonsOf(decisionOf(u, "CO_BO"), "K3")[0].text).toMatchObject({ key: "ranking.k3.totalCapped", params: { total: 185.5, max: 200, capped: 1 } });
  });

  test("no scores for the unit: score and class null, reported as missing", () => {
    const u = unitOf(runUnits({ units: [{ code: "KV01", cluster: "K1" }], criteria: CRITERIA_200, results: [resultRow(2025, "KV01", 0.9, 0.5)] }), "KV01");
    expect(u.score).toBeNull();
    expect(u.class).toBeNull();
    expect(reasonsOf(decisionOf(u, "CO_BO"), "K3")[0].outcome).toBe("missing");
  });
});
