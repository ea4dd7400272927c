/** The Kiểm tra list: issues grouped by sheet (in the report's sheet order), errors before warnings in each. */
import type { Issue } from "../../core/issues";

export interface IssueGroup {
  readonly sheet: string;
  readonly errors: number;
  readonly warnings: number;
  /** Errors first, then warnings, each in report order (row, column). */
  readonly issues: ReadonlyArray<Issue>;
}

export function groupIssues(issues: ReadonlyArray<Issue>): IssueGroup[] {
  const bySheet = new Map<string, Issue[]>();
  for (const i of issues) bySheet.set(i.sheet, [...(bySheet.get(i.sheet) ?? []), i]);
  return [...bySheet].map(([sheet, list]) => {
    const errors = list.filter((i) => i.severity === "error");
    const warnings = list.filter((i) => i.severity !== "error");
    return { sheet, errors: errors.length, warnings: warnings.length, issues: [...errors, ...warnings] };
  });
}

/** Groups with errors come first (keeping sheet order among equals). */
export function errorsFirst(groups: ReadonlyArray<IssueGroup>): IssueGroup[] {
  return [...groups.filter((g) => g.errors > 0), ...groups.filter((g) => g.errors === 0)];
}

/** A stable id for an issue in the list (React key, test hook). */
export function issueId(i: Issue, index: number): string {
  return `${i.sheet}|${i.cell ?? ""}|${i.code}|${index}`;
}
