/**
 * Whole-pipeline properties of the unit side (grids → reader → rankUnits):
 * permuting the rows of any sheet changes nothing but the cell addresses in reasons; adding an unrelated unit
 * (with its own members, results and scores) to another cluster changes nothing for the existing units.
 */
import fc from "fast-check";
import type { SheetGrid, WorkbookGrids } from "../../../src/core/grid";
import { readWorkbook } from "../../../src/core/read/read-workbook";
import { rankUnits } from "../../../src/core/ranking";
import type { PersonResult, Status, UnitResult } from "../../../src/core/rules/types";
import { CRITERIA_200, fxContext, fxGrids, person, resultRow, type Fx } from "./fixture";

interface GenUnit {
  cluster: string;
  members: Array<{ female: boolean; rating: string; ldtt: Status; cstdcs: Status }>;
  rating: string;
  prevRating: string;
  score: number;
  viec: number;
  tien: number;
  votes: number | null;
  held: boolean;
}

const statusArb = fc.constantFrom<Status>("eligible", "not-eligible", "pending", "hold");
const ratingArb = fc.constantFrom("HTXSNV", "HTTNV", "HTNV", "KHTNV");
const unitArb = (clusters: string[]): fc.Arbitrary<GenUnit> =>
  fc.record({
    cluster: fc.constantFrom(...clusters),
    members: fc.array(fc.record({ female: fc.boolean(), rating: ratingArb, ldtt: statusArb, cstdcs: statusArb }), { maxLength: 6 }),
    rating: ratingArb,
    prevRating: ratingArb,
    score: fc.constantFrom(150, 165, 180, 185, 185.5),
    viec: fc.constantFrom(0.7, 0.8, 0.9),
    tien: fc.constantFrom(0.3, 0.4, 0.5),
    votes: fc.option(fc.integer({ min: 6, max: 10 }), { nil: null }),
    held: fc.boolean(),
  });

function build(units: GenUnit[], prefix = "KV"): { fx: Fx; people: PersonResult[] } {
  const fx: Required<Pick<Fx, "units" | "people" | "ratings" | "results" | "scores" | "votes" | "discipline">> = {
    units: [],
    people: [],
    ratings: [],
    results: [],
    scores: [],
    votes: [],
    discipline: [],
  };
  const people: PersonResult[] = [];
  units.forEach((u, i) => {
    const code = `${prefix}${String(i + 1).padStart(2, "0")}`;
    fx.units.push({ code, cluster: u.cluster });
    fx.ratings.push([2025, code, u.rating], [2024, code, u.prevRating]);
    fx.results.push(resultRow(2025, code, u.viec, u.tien, 0.8, 0.4, { carryOver: 90, targetCarryOver: 0.05 }), resultRow(2024, code, 0.8, 0.4, 0.8, 0.4, { carryOver: 100 }));
    fx.scores.push([2025, code, "TC1", 100], [2025, code, "TC2", u.score - 100]);
    if (u.votes !== null) fx.votes.push([2025, code, "CO_BO", u.votes, 10]);
    if (u.held) fx.discipline.push([code, "Đang xem xét", "01/11/2025", ""]);
    u.members.forEach((m, j) => {
      const pc = `${code}-${j}`;
      fx.people.push({ code: pc, unit: code, gender: m.female ? "Nữ" : "Nam" });
      fx.ratings.push([2025, pc, m.rating]);
      people.push(person(pc, code, { LDTT: m.ldtt, CSTDCS: m.cstdcs }));
    });
  });
  return { fx: { ...fx, criteria: CRITERIA_200 }, people };
}

function run(grids: WorkbookGrids, people: PersonResult[]): UnitResult[] {
  const data = readWorkbook(grids).data;
  return rankUnits(data, fxContext(data), people);
}

/** Drops every cell address (reasons and targets), keeping everything else. */
function withoutCells(units: UnitResult[]): unknown {
  return JSON.parse(JSON.stringify(units, (k, v) => (k === "cells" ? undefined : v)));
}

function permute(grid: SheetGrid, order: number[]): SheetGrid {
  const [header, ...rows] = grid.values;
  const idx = rows.map((_, i) => i).sort((a, b) => (order[a % order.length] ?? 0) - (order[b % order.length] ?? 0) || a - b);
  return { ...grid, values: [header, ...idx.map((i) => rows[i])] };
}

describe("rankUnits properties", () => {
  test("permuting the rows of every sheet changes nothing but cell addresses", () => {
    fc.assert(
      fc.property(
        fc.array(unitArb(["Khối 1", "Khối 2", ""]), { minLength: 1, maxLength: 5 }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 30 }),
        (units, order) => {
          const { fx, people } = build(units);
          const grids = fxGrids(fx);
          const shuffled: WorkbookGrids = { sheets: grids.sheets.map((g) => permute(g, order)) };
          const shuffledPeople = [...people].reverse();
          expect(withoutCells(run(shuffled, shuffledPeople))).toEqual(withoutCells(run(grids, people)));
        },
      ),
      { numRuns: 60 },
    );
  });

  test("adding an unrelated unit to another cluster changes nothing for the existing units", () => {
    fc.assert(
      fc.property(fc.array(unitArb(["Khối 1", "Khối 2"]), { minLength: 1, maxLength: 5 }), unitArb(["Khối 3"]), (units, extra) => {
        const { fx, people } = build(units);
        const more = build([extra], "ZZ");
        const joined: Fx = {
          ...fx,
          units: [...fx.units, ...more.fx.units],
          people: [...(fx.people ?? []), ...(more.fx.people ?? [])],
          ratings: [...(fx.ratings ?? []), ...(more.fx.ratings ?? [])],
          results: [...(fx.results ?? []), ...(more.fx.results ?? [])],
          scores: [...(fx.scores ?? []), ...(more.fx.scores ?? [])],
          votes: [...(fx.votes ?? []), ...(more.fx.votes ?? [])],
          discipline: [...(fx.discipline ?? []), ...(more.fx.discipline ?? [])],
        };
        const before = run(fxGrids(fx), people);
        const after = run(fxGrids(joined), [...people, ...more.people]).filter((u) => !u.code.startsWith("ZZ"));
        // appended rows keep the existing rows' addresses, so the results are identical, cells included
        expect(after).toEqual(before);
      }),
      { numRuns: 60 },
    );
  });
});
