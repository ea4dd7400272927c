/**
 * `thidua rank <workbook> [--year Y] [--json] [--out F.xlsx]`: eligibility of every person and unit with reasons,
 * unit scores, classes and cluster ranks. It refuses nothing: with validation errors it still runs, after telling
 * the clerk how many errors remain (stderr). `--out` writes a NEW workbook with the product's sheets.
 */
import * as os from "node:os";
import { checkWorkbook } from "../../core/check";
import type { Issue } from "../../core/issues";
import { rankWorkbook } from "../../core/rank";
import { defaultRuleSet } from "../../core/rules/parameters";
import type { Decision, RankResult, RuleResult, Status } from "../../core/rules/types";
import { STATUSES } from "../../core/rules/types";
import { render, renderList, type Translate } from "../../i18n";
import { writeRankWorkbook } from "../../node/rank-output";
import { readXlsxGrids } from "../../node/xlsx-reader";
import { EXIT, type CliContext } from "../context";

export interface RankOptions {
  readonly year?: number;
  readonly json?: boolean;
  readonly out?: string;
}

export function reasonJson(r: RuleResult, t: Translate): Record<string, unknown> {
  const out: Record<string, unknown> = {
    rule: r.rule,
    ok: r.outcome === "pass",
    outcome: r.outcome,
    text: render(t, r.text),
    cells: [...r.cells],
    source: r.source,
  };
  if (r.warnings && r.warnings.length > 0) out.warnings = r.warnings.map((w) => render(t, w));
  return out;
}

export function decisionJson(d: Decision, t: Translate): Record<string, unknown> {
  return {
    title: d.title,
    status: d.status,
    reasons: d.reasons.map((r) => reasonJson(r, t)),
    nearMiss: d.nearMiss.map((m) => render(t, m)),
  };
}

/** The `rank --json` report of cli.md (reason texts rendered in the chosen language). */
export function rankReport(result: RankResult, t: Translate): unknown {
  return {
    year: result.year,
    ruleSet: result.ruleSet,
    fingerprint: result.fingerprint,
    parameters: result.parameters,
    parameterSources: result.parameterSources,
    units: result.units.map((u) => ({ ...u, decisions: u.decisions.map((d) => decisionJson(d, t)) })),
    people: result.people.map((p) => ({ code: p.code, name: p.name, unit: p.unit, decisions: p.decisions.map((d) => decisionJson(d, t)) })),
  };
}

type Counts = Record<Status, number>;

function countByTitle(subjects: ReadonlyArray<{ decisions: ReadonlyArray<Decision> }>): Map<string, Counts> {
  const out = new Map<string, Counts>();
  for (const s of subjects) {
    for (const d of s.decisions) {
      let c = out.get(d.title);
      if (!c) out.set(d.title, (c = Object.fromEntries(STATUSES.map((x) => [x, 0])) as Counts));
      c[d.status]++;
    }
  }
  return out;
}

/** Human summary: counts per title and status, then the "chưa đủ hồ sơ" (pending) list with what is missing. */
export function rankHuman(result: RankResult, t: Translate): string {
  const lines: string[] = [t("rank.header", { year: result.year, ruleSet: result.ruleSet, people: result.people.length, units: result.units.length })];
  const overrides = Object.entries(result.parameterSources)
    .filter(([, src]) => !src.startsWith("default"))
    .map(([id, src]) => `${id} = ${String(result.parameters[id])} (${src})`);
  if (overrides.length > 0) lines.push(t("rank.overrides", { list: overrides.join("; ") }));
  // `Bộ quy tắc` in Cấu hình wins over the year's own rule set: say so when they differ (e.g. --year 2024 on a
  // workbook set to ND152-2025), so a decision under the wrong decree is not taken for the year's.
  const usual = defaultRuleSet(result.year);
  if (result.ruleSet !== usual) lines.push(t("rank.ruleSetNotYears", { ruleSet: result.ruleSet, year: result.year, usual }));
  const section = (header: string, subjects: ReadonlyArray<{ decisions: ReadonlyArray<Decision> }>): void => {
    if (subjects.length === 0) return;
    lines.push(header);
    for (const [title, c] of countByTitle(subjects)) {
      lines.push(
        `  ${t("rank.titleLine", { title: t(`rules.title.${title}`), eligible: c.eligible, notEligible: c["not-eligible"], pending: c.pending, hold: c.hold })}`,
      );
    }
  };
  section(t("rank.peopleSection"), result.people);
  section(t("rank.unitsSection"), result.units);
  const pending: string[] = [];
  for (const s of [...result.people, ...result.units]) {
    for (const d of s.decisions) {
      if (d.status !== "pending") continue;
      const missing = renderList(t, d.nearMiss);
      pending.push(`  ${t("rank.pendingLine", { code: s.code, name: s.name, title: d.title, missing })}`);
    }
  }
  if (pending.length === 0) lines.push(t("rank.noPending"));
  else lines.push(t("rank.pendingHeader", { count: pending.length }), ...pending);
  return lines.join("\n");
}

/**
 * One stderr line per warning from reading a workbook's `Đề nghị` back: "  Đề nghị!H12 TYPE_ENUM: message → hint".
 * Used by `rank --out` and `generate` (both read the reviews typed there).
 */
export function reviewIssueLines(issues: ReadonlyArray<Issue>, t: Translate): string[] {
  return issues.map((i) => `  ${i.sheet}!${i.cell ?? "—"} ${i.code}: ${render(t, i.message)}${i.hint ? ` → ${render(t, i.hint)}` : ""}`);
}

/** Local time "YYYY-MM-DDTHH:MM:SS" for the log. */
function localTimestamp(d: Date = new Date()): string {
  const p = (n: number): string => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

function userName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? "";
  }
}

export async function rankCommand(file: string, options: RankOptions, ctx: CliContext): Promise<number> {
  const grids = await readXlsxGrids(file);
  const check = checkWorkbook(grids);
  if (check.summary.errors > 0) ctx.io.err(ctx.t("rank.errorsFirst", { errors: check.summary.errors }));
  const rank = rankWorkbook(check.data, check.fingerprint, options.year === undefined ? {} : { year: options.year });
  if (!rank) {
    ctx.io.err(ctx.t("rank.noYear"));
    return EXIT.invalid;
  }
  if (options.out) {
    // Written first: a refused --out (the input itself, not .xlsx) stops before any report is printed.
    const summary = await writeRankWorkbook(options.out, { grids, check, rank, t: ctx.t, user: userName(), now: localTimestamp(), inputFile: file });
    ctx.io.err(ctx.t("ranking.out.done", { file: summary.file }));
    if (summary.previousKeptAs !== undefined) ctx.io.err(ctx.t("cli.rank.previousKept", { file: summary.file, backup: summary.previousKeptAs }));
    if (summary.carried > 0) ctx.io.err(ctx.t("review.cli.carried", { carried: summary.carried, stale: summary.stale }));
    // Without the pane, a new review cannot write the current stamp: say how a stale row is reviewed again.
    if (summary.stale > 0) ctx.io.err(ctx.t("review.cli.reviewAgain"));
    for (const line of reviewIssueLines(summary.reviewIssues, ctx.t)) ctx.io.err(line);
  }
  if (options.json) ctx.io.out(JSON.stringify(rankReport(rank.result, ctx.t), null, 2));
  else ctx.io.out(rankHuman(rank.result, ctx.t));
  return EXIT.ok;
}
