import {
  compareCells,
  compareR20,
  meetsThreshold,
  resetOf,
  sortCells,
  votesNeeded,
  buildFacts,
  holdsOf,
  overlapsYear,
} from "../../../src/core/rules/facts";
import { contextOf, workbook } from "./builders";

describe("shared facts", () => {
  test("cells sort by sheet, then row, then column, unique", () => {
    expect(sortCells(["Xếp loại!C10", "Xếp loại!C9", "Bình xét!AA2", "Bình xét!B2", null, "Xếp loại!C9"])).toEqual([
      "Bình xét!B2",
      "Bình xét!AA2",
      "Xếp loại!C9",
      "Xếp loại!C10",
    ]);
    expect(compareCells("A!B1", "A!B1")).toBe(0);
  });

  test.each([
    [0.8, 10, 8],
    [0.9, 10, 9],
    [0.7, 10, 7],
    [0.8, 15, 12],
    [0.9, 11, 10],
    [0.8, 11, 9],
    [0.15, 20, 3],
    [1, 7, 7],
  ])("threshold %d of %d members needs %d votes (exact on float boundaries)", (t, m, n) => {
    expect(votesNeeded(t, m)).toBe(n);
    expect(meetsThreshold(n, m, t)).toBe(true);
    expect(meetsThreshold(n - 1, m, t)).toBe(false);
  });

  test("R20: female first, then more votes, then higher score, then code", () => {
    const k = (code: string, female: boolean, votes: number | null, score: number | null) => ({ code, female, votes, score });
    expect(compareR20(k("B", true, 5, 1), k("A", false, 9, 9))).toEqual({ order: -1, by: "female" });
    expect(compareR20(k("B", false, 9, 1), k("A", false, 8, 9))).toEqual({ order: -1, by: "votes" });
    expect(compareR20(k("B", false, 9, 150), k("A", false, 9, 149.5)).by).toBe("score");
    expect(compareR20(k("B", false, 9, 150), k("A", false, 9, 149.5)).order).toBeLessThan(0);
    expect(compareR20(k("B", false, null, null), k("A", false, null, null)).order).toBeGreaterThan(0);
    expect(compareR20(k("B", false, null, null), k("A", false, null, null)).by).toBe("code");
  });

  test("R8 reset year: the latest end among disciplines; an open-ended one runs to Y; reviews are not disciplines", () => {
    const data = workbook(2025)
      .person("CB001")
      .discipline("CB001", "Cảnh cáo", "01/01/2021", "31/12/2021")
      .discipline("CB001", "Khiển trách", "15/01/2024", "14/07/2024")
      .discipline("CB001", "Đang xem xét", "01/01/2025", "01/02/2025")
      .person("CB002")
      .discipline("CB002", "Hạ bậc lương", "01/06/2023")
      .data();
    const facts = buildFacts(data);
    const ctx = contextOf(data);
    expect(resetOf(facts, ctx, "CB001").year).toBe(2024);
    expect(resetOf(facts, ctx, "cb001").rows).toHaveLength(2);
    expect(resetOf(facts, ctx, "CB002").year).toBe(2025);
    expect(holdsOf(facts, ctx, "CB001")).toMatchObject({ open: [], closed: [{ form: "DANG_XEM_XET" }] });
    const d = data.discipline[1];
    expect([overlapsYear(d, 2023), overlapsYear(d, 2024), overlapsYear(d, 2025)]).toEqual([false, true, false]);
  });
});
