/**
 * `thidua check <file> [--json] [--lang en]`: validate; exit 0 when there is no error (warnings allowed), 1 when
 * errors remain, 2 for an unreadable file or a usage error (thrown as FileError / UsageError, turned into one
 * sentence by cli.ts).
 *
 * `--json` prints the report of cli.md: issues sorted by sheet order, then row, then column, with `sheet` and
 * `column` as written in the file, `cell`/`row` null for SHEET_MISSING and COLUMN_MISSING, messages rendered in
 * the chosen language. Without it, a human report grouped by sheet (in workbook order), errors first, with counts.
 */
import * as path from "node:path";
import { checkWorkbook, type CheckResult } from "../../core/check";
import type { Issue } from "../../core/issues";
import { render, type Translate } from "../../i18n";
import { readXlsxGrids } from "../../node/xlsx-reader";
import { EXIT, type CliContext } from "../context";

export interface CheckOptions {
  readonly json?: boolean;
}

export interface IssueJson {
  readonly severity: Issue["severity"];
  readonly code: Issue["code"];
  readonly sheet: string;
  readonly cell: string | null;
  readonly row: number | null;
  readonly column: string | null;
  readonly value: string | number | boolean | null;
  readonly message: string;
  readonly hint: string | null;
}

export interface CheckReportJson {
  readonly file: string;
  readonly fingerprint: string;
  readonly summary: { readonly errors: number; readonly warnings: number };
  readonly issues: ReadonlyArray<IssueJson>;
}

/** The JSON report of cli.md (keys in the documented order). */
export function checkReport(file: string, result: CheckResult, t: Translate): CheckReportJson {
  return {
    file: path.basename(file),
    fingerprint: result.fingerprint,
    summary: { errors: result.summary.errors, warnings: result.summary.warnings },
    issues: result.issues.map((i) => issueJson(i, t)),
  };
}

export function issueJson(i: Issue, t: Translate): IssueJson {
  return {
    severity: i.severity,
    code: i.code,
    sheet: i.sheet,
    cell: i.cell,
    row: i.row,
    column: i.column,
    value: i.value,
    message: render(t, i.message),
    hint: i.hint ? render(t, i.hint) : null,
  };
}

/** Where an issue is, for people: the cell, else the row, else the column or the whole sheet. */
function place(i: Issue, t: Translate): string {
  if (i.cell) return i.cell;
  if (i.row !== null) return `${t("cli.check.row")} ${i.row}`;
  if (i.column) return t("check.where.column", { column: i.column });
  return t("check.where.sheet");
}

/** Issues grouped by sheet in report order (which is workbook order). */
function bySheet(issues: ReadonlyArray<Issue>): Map<string, Issue[]> {
  const groups = new Map<string, Issue[]>();
  for (const i of issues) {
    const g = groups.get(i.sheet);
    if (g) g.push(i);
    else groups.set(i.sheet, [i]);
  }
  return groups;
}

/** Human report: one block per sheet with its counts, errors before warnings, then the totals and the verdict. */
export function humanReport(result: CheckResult, t: Translate): string {
  const lines: string[] = [];
  for (const [sheet, issues] of bySheet(result.issues)) {
    const errors = issues.filter((i) => i.severity === "error");
    const warnings = issues.filter((i) => i.severity === "warning");
    lines.push(t("cli.check.sheet", { sheet, errors: errors.length, warnings: warnings.length }));
    for (const i of [...errors, ...warnings]) {
      lines.push(`  ${t(`severity.${i.severity}`)} ${i.code} ${place(i, t)}: ${render(t, i.message)}`);
      if (i.hint) lines.push(`      → ${render(t, i.hint)}`);
    }
    lines.push("");
  }
  const { errors, warnings } = result.summary;
  lines.push(t("check.total", { errors, warnings }));
  if (errors > 0) lines.push(t("check.blocking"));
  else if (warnings > 0) lines.push(t("check.warningsOnly", { warnings }));
  else lines.push(t("check.noIssues"));
  return lines.join("\n");
}

export async function checkCommand(file: string, options: CheckOptions, ctx: CliContext): Promise<number> {
  const grids = await readXlsxGrids(file);
  const result = checkWorkbook(grids);
  if (options.json) ctx.io.out(JSON.stringify(checkReport(file, result, ctx.t), null, 2));
  else ctx.io.out(humanReport(result, ctx.t));
  return result.summary.errors > 0 ? EXIT.invalid : EXIT.ok;
}
