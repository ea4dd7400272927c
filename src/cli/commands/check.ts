/** `thidua check <file> [--json]`: validate; exit 1 when errors remain. */
import * as path from "node:path";
import { checkWorkbook, type CheckResult } from "../../core/check";
import type { Issue } from "../../core/issues";
import { render, type Translate } from "../../i18n";
import { readXlsxGrids } from "../../node/xlsx-reader";
import { EXIT, type CliContext } from "../context";

export interface CheckOptions {
  readonly json?: boolean;
}

/** The JSON report of cli.md. */
export function checkReport(file: string, result: CheckResult, t: Translate): unknown {
  return {
    file: path.basename(file),
    fingerprint: result.fingerprint,
    summary: result.summary,
    issues: result.issues.map((i) => issueJson(i, t)),
  };
}

export function issueJson(i: Issue, t: Translate): Record<string, unknown> {
  return {
    severity: i.severity,
    code: i.code,
    sheet: i.sheet,
    cell: i.cell,
    row: i.row,
    column: i.column,
    value: i.value,
    message: render(t, i.message),
    hint: render(t, i.hint),
  };
}

/** Human report: issues grouped by sheet, errors first, with counts. */
export function humanReport(result: CheckResult, t: Translate): string {
  const lines: string[] = [];
  const bySheet = new Map<string, Issue[]>();
  for (const i of result.issues) bySheet.set(i.sheet, [...(bySheet.get(i.sheet) ?? []), i]);
  for (const [sheet, issues] of bySheet) {
    const errors = issues.filter((i) => i.severity === "error");
    const warnings = issues.filter((i) => i.severity === "warning");
    lines.push(t("cli.check.sheet", { sheet, errors: errors.length, warnings: warnings.length }));
    for (const i of [...errors, ...warnings]) {
      const where = i.cell ? `${i.cell}` : i.row ? `${t("cli.check.row")} ${i.row}` : "—";
      lines.push(`  ${t(`severity.${i.severity}`)} ${i.code} ${where}: ${render(t, i.message)}`);
      const hint = render(t, i.hint);
      if (hint) lines.push(`      → ${hint}`);
    }
  }
  lines.push(result.summary.errors === 0 ? t("cli.check.clean") : "");
  lines.push(t("cli.check.summary", result.summary));
  return lines.filter((l) => l !== "").join("\n");
}

export async function checkCommand(file: string, options: CheckOptions, ctx: CliContext): Promise<number> {
  const grids = await readXlsxGrids(file);
  const result = checkWorkbook(grids);
  if (options.json) ctx.io.out(JSON.stringify(checkReport(file, result, ctx.t), null, 2));
  else ctx.io.out(humanReport(result, ctx.t));
  return result.summary.errors > 0 ? EXIT.invalid : EXIT.ok;
}
