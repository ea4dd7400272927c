/**
 * The clerk's workbook of the browser test: the bundled sample (templates/so-theo-doi-mau.xlsx, ~150 people)
 * read with the exceljs adapter into grids and handed to the fake host as its sheets — without its optional
 * `Thành tích` sheet (so that Khởi tạo has something to add) and with one planted error (a person coded to a
 * unit that does not exist), which the test finds, clicks, and fixes as a clerk would.
 */
import path from "path";
import type { CellValue, SheetGrid, WorkbookGrids } from "../../src/core/grid";
import { a1 } from "../../src/core/grid";
import { matchKey } from "../../src/core/text/fold";
import { readXlsxGrids } from "../../src/node/xlsx-reader";
import type { FakeWorkbookInit } from "../fake-office";
import { ROOT } from "./harness";

export const SAMPLE = path.join(ROOT, "templates", "so-theo-doi-mau.xlsx");
export const DROPPED_SHEET = "Thành tích";
export const PLANTED_UNIT = "KV99";

export interface TestWorkbook {
  readonly init: FakeWorkbookInit;
  /** The planted error's cell ("Cá nhân!F10"), its sheet and A1 address, and the value that fixes it. */
  readonly planted: { readonly sheet: string; readonly cell: string; readonly original: string };
  readonly people: number;
}

function toInit(grids: WorkbookGrids): FakeWorkbookInit {
  return {
    sheets: grids.sheets.map((s) => ({
      name: s.name,
      rows: s.values.map((r) => r.map((v) => (v === null || v === undefined ? "" : v))) as CellValue[][],
      origin: a1(s.rowOffset ?? 0, s.colOffset ?? 0),
    })),
  };
}

export async function testWorkbook(): Promise<TestWorkbook> {
  const grids = await readXlsxGrids(SAMPLE);
  const sheets: SheetGrid[] = [];
  let planted: TestWorkbook["planted"] | null = null;
  let people = 0;
  for (const s of grids.sheets) {
    if (s.name === DROPPED_SHEET) continue;
    if (s.name !== "Cá nhân") {
      sheets.push(s);
      continue;
    }
    // The sample has banner rows above the header, as clerks' sheets do.
    const headerRow = s.values.slice(0, 10).findIndex((r) => r.some((v) => matchKey(String(v ?? "")) === matchKey("Mã đơn vị")));
    if (headerRow < 0) throw new Error("sample: no Mã đơn vị column in Cá nhân");
    const col = s.values[headerRow].findIndex((v) => matchKey(String(v ?? "")) === matchKey("Mã đơn vị"));
    const row = headerRow + 6;
    const values = s.values.map((r) => [...r]);
    planted = { sheet: s.name, cell: a1(row + (s.rowOffset ?? 0), col + (s.colOffset ?? 0)), original: String(values[row][col]) };
    values[row][col] = PLANTED_UNIT;
    people = values.slice(headerRow + 1).filter((r) => r.some((v) => v !== "" && v !== null && v !== undefined)).length;
    sheets.push({ ...s, values });
  }
  if (!planted) throw new Error("sample: no Cá nhân sheet");
  return { init: toInit({ sheets }), planted, people };
}

/** The fake host's sheets read back from the page as grids (what the core would read from the workbook now). */
export interface PageSheet {
  readonly name: string;
  readonly values: CellValue[][];
  readonly rowOffset: number;
  readonly colOffset: number;
}

export function gridsOf(sheets: ReadonlyArray<PageSheet>): WorkbookGrids {
  return { sheets: sheets.map((s) => ({ name: s.name, values: s.values, rowOffset: s.rowOffset, colOffset: s.colOffset })) };
}
