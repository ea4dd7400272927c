/** Small grid builders for the reading tests: a workbook with the required sheets plus the sheet under test. */
import type { CellValue, SheetGrid, WorkbookGrids } from "../../../src/core/grid";
import type { Issue } from "../../../src/core/issues";
import { readWorkbook, type ReadResult } from "../../../src/core/read/read-workbook";

export type Rows = ReadonlyArray<ReadonlyArray<CellValue>>;

export function sheet(name: string, values: Rows, rowOffset = 0, colOffset = 0): SheetGrid {
  return { name, values, rowOffset, colOffset };
}

/** The four required sheets with one valid row each, by canonical name. */
export function requiredSheets(): SheetGrid[] {
  return [
    sheet("Cấu hình", [["Tham số", "Giá trị"], ["Năm thi đua", 2025]]),
    sheet("Đơn vị", [["Mã đơn vị", "Tên đơn vị"], ["KV01", "Phòng Thi hành án dân sự khu vực 1"]]),
    sheet("Cá nhân", [["Mã cán bộ", "Họ và tên", "Giới tính", "Mã đơn vị"], ["CB001", "Nguyễn Văn An", "Nam", "KV01"]]),
    sheet("Xếp loại", [["Năm", "Mã đối tượng", "Xếp loại"], [2025, "CB001", "HTXSNV"]]),
  ];
}

/** Reads the required sheets with `replace` swapped in (by canonical name) and `extra` sheets appended. */
export function readWith(replace: Partial<Record<string, SheetGrid | null>>, extra: SheetGrid[] = []): ReadResult {
  const base = requiredSheets()
    .map((s) => (s.name in replace ? replace[s.name] : s))
    .filter((s): s is SheetGrid => s !== null && s !== undefined);
  const wb: WorkbookGrids = { sheets: [...base, ...extra] };
  return readWorkbook(wb);
}

/** Issues without the SHEET_MISSING warnings of the optional sheets the helpers leave out. */
export function cellIssues(issues: ReadonlyArray<Issue>): Issue[] {
  return issues.filter((i) => !(i.code === "SHEET_MISSING" && i.severity === "warning"));
}
