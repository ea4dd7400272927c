/**
 * `check`: grids → records → issues (reading + validation), sorted as cli.md says, with the fingerprint.
 */
import type { WorkbookGrids } from "./grid";
import type { Issue } from "./issues";
import { sortIssues } from "./issues";
import type { TrackingData } from "./model";
import { fingerprint } from "./fingerprint";
import { sheetOrder } from "./read/find-sheet";
import { readWorkbook } from "./read/read-workbook";
import { validate } from "./validate";

export interface CheckResult {
  readonly data: TrackingData;
  readonly issues: ReadonlyArray<Issue>;
  readonly fingerprint: string;
  readonly summary: { readonly errors: number; readonly warnings: number };
}

export function checkWorkbook(grids: WorkbookGrids): CheckResult {
  const read = readWorkbook(grids);
  const all = [...read.issues, ...validate(read.data)];
  const issues = sortIssues(all, { sheetOrder: sheetOrder(grids) });
  const errors = issues.filter((i) => i.severity === "error").length;
  return {
    data: read.data,
    issues,
    fingerprint: fingerprint(read.data),
    summary: { errors, warnings: issues.length - errors },
  };
}
