/** A small but complete workbook (grids) and its ranking, for the output-sheet tests. */
import type { CellValue, SheetGrid, WorkbookGrids } from "../../src/core/grid";
import { checkWorkbook } from "../../src/core/check";
import { rankWorkbook, type RankOutput } from "../../src/core/rank";
import type { CheckResult } from "../../src/core/check";
import { CRITERIA_200, fxGrids, resultRow, scoresFor, type Fx } from "../core/ranking/fixture";

export function sampleFx(): Fx {
  const people = [
    { code: "CB01", unit: "KV01", gender: "Nữ" as const, name: "Nguyễn Thị An" },
    { code: "CB02", unit: "KV01", gender: "Nam" as const, name: "Trần Văn Bình" },
    { code: "CB03", unit: "KV01", gender: "Nữ" as const, name: "Lê Thị Cúc" },
    { code: "CB04", unit: "KV02", gender: "Nam" as const, name: "Phạm Văn Dũng" },
    { code: "CB05", unit: "KV02", gender: "Nam" as const, name: "Hoàng Văn Em" },
  ];
  return {
    units: [
      { code: "KV01", name: "Phòng Thi hành án dân sự khu vực 1", cluster: "Khối 1" },
      { code: "KV02", name: "Phòng Thi hành án dân sự khu vực 2", cluster: "Khối 1" },
      { code: "KV03", name: "=Phòng khu vực 3 (tên bắt đầu bằng dấu =)", cluster: "" },
    ],
    people,
    ratings: [
      [2025, "KV01", "HTXSNV"],
      [2024, "KV01", "HTXSNV"],
      [2025, "KV02", "HTTNV"],
      [2025, "CB01", "HTXSNV"],
      [2025, "CB02", "HTTNV"],
      [2025, "CB03", "HTTNV"],
      [2025, "CB04", "HTTNV"],
      [2025, "CB05", "HTNV"],
    ],
    criteria: CRITERIA_200,
    scores: [...scoresFor(2025, "KV01", 186.5), ...scoresFor(2025, "KV02", 170), ...scoresFor(2025, "KV03", 150)],
    results: [
      resultRow(2024, "KV01", 0.8, 0.4, 0.8, 0.4, { carryOver: 200 }),
      resultRow(2025, "KV01", 0.85, 0.45, 0.8, 0.4, { carryOver: 170, targetCarryOver: 0.1 }),
      resultRow(2025, "KV02", 0.82, 0.41, 0.8, 0.4, { carryOver: 100, targetCarryOver: 0.1 }),
      { ...resultRow(2025, "KV03", 0.9, 0.5), moneyAble: 0, moneyDone: 0 },
    ],
    votes: [
      [2025, "KV01", "CO_BO", 9, 10],
      [2025, "CB01", "CSTDCS", 9, 10],
    ],
  };
}

export interface Ranked {
  readonly grids: WorkbookGrids;
  readonly check: CheckResult;
  readonly rank: RankOutput;
}

export function rankGrids(grids: WorkbookGrids): Ranked {
  const check = checkWorkbook(grids);
  const rank = rankWorkbook(check.data, check.fingerprint);
  if (!rank) throw new Error("no year");
  return { grids, check, rank };
}

export function ranked(fx: Fx = sampleFx(), extraSheets: SheetGrid[] = []): Ranked {
  const grids = fxGrids(fx);
  return rankGrids({ sheets: [...grids.sheets, ...extraSheets] });
}

/** Every text cell of a 2-D array. */
export function texts(values: ReadonlyArray<ReadonlyArray<CellValue>>): string[] {
  return values.flatMap((r) => r.filter((v): v is string => typeof v === "string"));
}
