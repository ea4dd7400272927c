/** Every message the unit side and its sheets produce exists in both catalogues (no raw key, no silent fallback). */
import { CATALOGUES, render, translator } from "../../../src/i18n";
import { ranking } from "../../../src/i18n/messages/ranking";
import type { Msg } from "../../../src/core/issues";
import type { UnitResult } from "../../../src/core/rules/types";
import { CRITERIA_200, person, resultRow, runUnits, scoresFor, type Fx } from "./fixture";

test("the ranking catalogue has the same keys in vi and en", () => {
  expect(Object.keys(ranking.en).sort()).toEqual(Object.keys(ranking.vi).sort());
});

function keysOf(units: UnitResult[]): Set<string> {
  const out = new Set<string>();
  const add = (m: Msg): void => {
    out.add(m.key);
  };
  for (const u of units)
    for (const d of u.decisions) {
      d.reasons.forEach((r) => add(r.text));
      d.nearMiss.forEach(add);
    }
  return out;
}

test("every reason and near-miss key of many situations is in both catalogues", () => {
  const scenarios: Array<[Fx, ReturnType<typeof person>[]]> = [];
  const members = (unit: string, n: number) => Array.from({ length: n }, (_, i) => ({ code: `${unit}-${i}`, unit }));
  const base = (extra: Partial<Fx>): Fx => ({
    units: [{ code: "KV01", cluster: "K" }, { code: "KV02", cluster: "K" }, { code: "KV03" }],
    people: [...members("KV01", 4), ...members("KV02", 3)],
    criteria: CRITERIA_200,
    scores: [...scoresFor(2025, "KV01", 190), ...scoresFor(2025, "KV02", 165), ...scoresFor(2025, "KV03", 120)],
    ...extra,
  });
  const ppl = [
    person("KV01-0", "KV01", { LDTT: "eligible", CSTDCS: "eligible" }),
    person("KV01-1", "KV01", { LDTT: "pending", CSTDCS: "pending" }),
    person("KV01-2", "KV01", { LDTT: "hold" }),
    person("KV02-0", "KV02", { LDTT: "eligible" }),
  ];
  for (const mode of ["Điểm %", "Tương đối"]) {
    scenarios.push([
      base({
        settings: [["Cách tính mức thiếu chỉ tiêu", mode]],
        ratings: [[2025, "KV01", "HTXSNV"], [2024, "KV01", "HTTNV"], [2025, "KV02", "HTNV"], [2025, "KV01-0", "KHTNV"]],
        results: [
          resultRow(2024, "KV01", 0.8, 0.4, 0.8, 0.4, { carryOver: 0 }),
          resultRow(2025, "KV01", 0.7, 0.45, 0.8, 0.4, { carryOver: 10, targetCarryOver: 0.1 }),
          resultRow(2024, "KV02", 0.8, 0.4, 0.8, 0.4, { carryOver: 100 }),
          resultRow(2025, "KV02", 0.6, 0.2, 0.8, 0.4, { carryOver: 99, targetCarryOver: 0.1 }),
          { ...resultRow(2025, "KV03", 0.9, 0.5, 0.8, 0.4, { carryOver: 5, targetCarryOver: "" }), moneyAble: 0, moneyDone: 0, targetCases: "" },
        ],
        votes: [[2025, "KV01", "CO_BO", 6, 10], [2025, "KV02", "CO_BO", 9, ""]],
        discipline: [["KV01-3", "Cảnh cáo", "01/02/2025", "01/02/2026"], ["KV02", "Khiển trách", "01/01/2025", ""]],
        awards: [[2024, "KV01", "TTLDXS"]],
      }),
      ppl,
    ]);
  }
  scenarios.push([base({ ratings: [[2025, "KV01", "HTXSNV"], [2024, "KV01", "HTXSNV"]], discipline: [["KV01", "Đang xem xét", "01/10/2025", ""]] }), ppl]);
  scenarios.push([base({ criteria: [], results: [resultRow(2025, "KV01", 0.9, 0.5)] }), []]);
  scenarios.push([
    base({
      ratings: [[2025, "KV01", "HTXSNV"], [2025, "KV02", "HTXSNV"]],
      results: [resultRow(2025, "KV01", 0.9, 0.5), resultRow(2025, "KV02", 0.75, 0.37), { ...resultRow(2025, "KV03", 0.9, 0.5), casesAble: 0, casesDone: 0, moneyAble: 0, moneyDone: 0 }],
      noCarryOverColumns: true,
      votes: [[2025, "KV01", "CO_BO", 9, 10]],
    }),
    ppl,
  ]);
  const keys = new Set<string>();
  for (const [fx, people] of scenarios) for (const k of keysOf(runUnits(fx, people))) keys.add(k);
  const missing = [...keys].filter((k) => !(k in CATALOGUES.vi) || !(k in CATALOGUES.en));
  expect(missing).toEqual([]);
  // the scenarios reach a good share of the unit side's own messages
  const own = [...keys].filter((k) => k.startsWith("ranking."));
  expect(own.length).toBeGreaterThan(40);
});

describe("the cluster is named once in the K6 reasons", () => {
  const rankText = (cluster: string, lang: "vi" | "en"): string[] => {
    const units = runUnits({
      units: [{ code: "KV01", cluster }, { code: "KV02", cluster }],
      people: [],
      criteria: CRITERIA_200,
      scores: [...scoresFor(2025, "KV01", 190), ...scoresFor(2025, "KV02", 165)],
      results: [resultRow(2025, "KV01", 0.9, 0.5), resultRow(2025, "KV02", 0.9, 0.5)],
    });
    const t = translator(lang);
    return units.flatMap((u) => u.decisions.filter((d) => d.title === "CO_BO").flatMap((d) => d.reasons.filter((r) => r.rule === "K6").map((r) => render(t, r.text))));
  };

  test("a name that says what it is (Khối …, Cụm …) is not given the word again", () => {
    expect(rankText("Khối thi đua số 1", "vi")).toEqual(["Xếp thứ 1/2 trong Khối thi đua số 1.", "Xếp thứ 2/2 trong Khối thi đua số 1; chỉ đơn vị dẫn đầu khối (KV01) được xét Cờ thi đua."]);
    expect(rankText("cụm 3", "vi")[0]).toBe("Xếp thứ 1/2 trong cụm 3.");
    expect(rankText("Khối thi đua số 1", "en")[0]).toBe("Ranked 1/2 in Khối thi đua số 1.");
  });

  test("a bare name gets the word in front", () => {
    expect(rankText("1", "vi")[0]).toBe("Xếp thứ 1/2 trong khối 1.");
    expect(rankText("Miền Tây", "en")[0]).toBe("Ranked 1/2 in cluster Miền Tây.");
  });
});
