/**
 * Grids → typed records of every tracking sheet, with the reading issues. Never throws on content.
 */
import type { WorkbookGrids } from "../grid";
import type { Issue } from "../issues";
import type {
  Achievement,
  Award,
  Criterion,
  Discipline,
  Initiative,
  Person,
  RatingRow,
  ResultRow,
  Score,
  SettingEntry,
  SheetInfo,
  TrackingData,
  Unit,
  Vote,
} from "../model";
import { SHEETS, type SheetId } from "../schema/sheets";
import { findSheets } from "./find-sheet";
import { readSheet, type Addresses, type ReadRow } from "./read-sheet";

export interface ReadResult {
  readonly data: TrackingData;
  readonly issues: Issue[];
}

/** Fields whose per-row REQUIRED check depends on other data (decided by the validator). */
const CONDITIONAL: Partial<Record<SheetId, ReadonlySet<string>>> = {
  settings: new Set(["value"]),
  votes: new Set(["members"]),
};

export function readWorkbook(workbook: WorkbookGrids): ReadResult {
  const found = findSheets(workbook);
  const issues: Issue[] = [];
  const rowsOf: Partial<Record<SheetId, ReadRow[]>> = {};
  const sheets: Partial<Record<SheetId, SheetInfo>> = {};

  const addresses: Addresses = [];
  for (const spec of SHEETS) {
    const f = found[spec.id];
    if (!f) {
      issues.push({
        severity: spec.required ? "error" : "warning",
        code: "SHEET_MISSING",
        sheet: spec.name,
        cell: null,
        row: null,
        column: null,
        value: null,
        message: { key: spec.required ? "issues.SHEET_MISSING.required" : "issues.SHEET_MISSING.optional", params: { sheet: spec.name } },
        hint: { key: "hints.SHEET_MISSING", params: { sheet: spec.name } },
      });
      continue;
    }
    const r = readSheet(f.grid, spec, f.order, { conditionallyRequired: CONDITIONAL[spec.id], addresses });
    issues.push(...r.issues);
    rowsOf[spec.id] = r.rows;
    sheets[spec.id] = r.info;
  }

  const rows = (id: SheetId): ReadRow[] => rowsOf[id] ?? [];
  // readSheet's rows are the records (their fields, then `src`): no copy of 100,000s of rows.
  const map = <T>(id: SheetId): T[] => rows(id) as unknown as T[];

  const settingsEntries: SettingEntry[] = rows("settings")
    .filter((r) => r.key !== "")
    .map((r) => ({
      label: String(r.key),
      value: r.src.raw.value ?? "",
      keyCell: r.src.cells.key,
      valueCell: r.src.cells.value ?? r.src.cells.key,
      row: r.src.row,
    }));

  const data: TrackingData = {
    settings: { sheet: sheets.settings?.name ?? null, entries: settingsEntries },
    units: map<Unit>("units"),
    people: map<Person>("people"),
    ratings: map<RatingRow>("ratings"),
    initiatives: map<Initiative>("initiatives"),
    discipline: map<Discipline>("discipline"),
    awards: map<Award>("awards"),
    results: map<ResultRow>("results"),
    criteria: map<Criterion>("criteria"),
    scores: map<Score>("scores"),
    votes: map<Vote>("votes"),
    achievements: map<Achievement>("achievements"),
    sheets,
  };
  return { data, issues };
}
