/**
 * `thidua generate <workbook> --out DIR [--year Y] [--templates DIR] [--force] [--approved-only]`: the
 * proposal documents (documents.md) and manifest.json (cli.md). Refuses while the workbook has validation
 * errors (exit 1); a usage problem, an unreadable file or a template that fails the preflight is exit 2.
 */
import * as path from "node:path";
import { checkWorkbook, type CheckResult } from "../../core/check";
import { rankWorkbook } from "../../core/rank";
import { buildProposalSet, defaultDocumentDate } from "../../core/proposals";
import { reviewsOfWorkbook } from "../../core/review";
import type { ProposalSet } from "../../core/proposals/types";
import { DocumentError, generateDossier, TemplatePreflightError, type Dossier } from "../../docs";
import { render, renderList, type Translate } from "../../i18n";
import { loadTemplates } from "../../node/dossier-templates";
import { UsageError } from "../../node/file-errors";
import { checkOutDir, writeDossier } from "../../node/write-dossier";
import { readXlsxGrids } from "../../node/xlsx-reader";
import { EXIT, type CliContext } from "../context";
import { reviewIssueLines } from "./rank";
import { parseYear } from "../year";

export interface GenerateOptions {
  readonly out: string;
  readonly year?: string | number;
  readonly templates?: string;
  readonly force?: boolean;
  readonly approvedOnly?: boolean;
}

/** How many validation errors the refusal lists before "… and N more". */
const LISTED_ERRORS = 10;

/** The refusal: the error count and the first errors, one line each (sheet!cell code: message). */
export function refusalText(check: CheckResult, t: Translate): string {
  const errors = check.issues.filter((i) => i.severity === "error");
  const lines = [t("docs.generate.refused", { errors: errors.length })];
  for (const i of errors.slice(0, LISTED_ERRORS)) {
    const where = i.cell ? `${i.sheet}!${i.cell}` : i.row ? `${i.sheet}, ${t("cli.check.row")} ${i.row}` : i.sheet;
    lines.push(`  ${where} ${i.code}: ${render(t, i.message)}`);
  }
  if (errors.length > LISTED_ERRORS) lines.push(`  ${t("docs.generate.moreErrors", { count: errors.length - LISTED_ERRORS })}`);
  lines.push(t("docs.generate.fixFirst"));
  return lines.join("\n");
}

/** What was written and what the clerk still has to do: counts, "chưa đủ hồ sơ", C3 warnings. */
export function generateSummary(set: ProposalSet, dossier: Dossier, dir: string, t: Translate, notes: ReadonlyArray<string> = []): string {
  const lines: string[] = [t("docs.generate.done", { count: dossier.files.length, dir, year: set.year, ruleSet: set.ruleSet })];
  lines.push(...notes);
  // With --approved-only an empty dossier usually means nothing was approved yet, not that nobody qualifies.
  if (dossier.files.length === 0) lines.push(t(set.notApproved > 0 ? "review.cli.nothingApproved" : "docs.generate.nothing"));
  const countLines = (header: string, counts: ProposalSet["counts"]["upward"]) => {
    if (counts.length === 0) return;
    lines.push(header);
    for (const c of counts) lines.push(`  ${t("docs.generate.countLine", { title: c.title, units: c.units, persons: c.persons })}`);
  };
  countLines(t("docs.generate.upward"), set.counts.upward);
  countLines(t("docs.generate.own"), set.counts.own);
  if (set.adHoc.length > 0) lines.push(t("docs.generate.adHoc", { count: set.adHoc.length }));
  if (set.notApproved > 0) lines.push(t("docs.generate.notApproved", { count: set.notApproved }));
  if (set.pending.length > 0) {
    lines.push(t("docs.generate.pendingHeader", { count: set.pending.length }));
    for (const p of set.pending) {
      const missing = renderList(t, p.missing);
      lines.push(`  ${t("docs.generate.pendingLine", { code: p.subject, name: set.subjects[p.subject]?.name ?? p.subject, title: p.title, missing })}`);
    }
  }
  if (set.warnings.length > 0) {
    lines.push(t("docs.generate.warningsHeader", { count: set.warnings.length }));
    for (const w of set.warnings) {
      const who = w.subject ? `${w.subject} ${set.subjects[w.subject]?.name ?? ""}`.trim() : "";
      lines.push(`  ${who ? `${who}: ` : ""}${render(t, w.message)}`);
    }
  }
  return lines.join("\n");
}

export async function generateCommand(file: string, options: GenerateOptions, ctx: CliContext): Promise<number> {
  const year = parseYear(options.year);
  await checkOutDir(options.out, { force: options.force });
  const grids = await readXlsxGrids(file);
  const check = checkWorkbook(grids);
  if (check.summary.errors > 0) {
    ctx.io.err(refusalText(check, ctx.t));
    return EXIT.invalid;
  }
  const rank = rankWorkbook(check.data, check.fingerprint, year === undefined ? {} : { year });
  if (!rank) throw new UsageError("docs.generate.noYear", { file: path.basename(file) });
  // Reviews from the workbook's Đề nghị, checked against the current data (issue 9): an approval counts only while
  // the facts it was made on are unchanged. Without a Đề nghị sheet, --approved-only approves nothing.
  const reviews = reviewsOfWorkbook(grids, check.data, rank.result, (m) => ctx.t(m.key, m.params));
  // What could not be read there (an unknown state, a duplicated row…) never counts as approval: say so, with the
  // cell and the fix, as `rank --out` does — otherwise a typo silently drops a proposal from --approved-only.
  for (const line of reviewIssueLines(reviews.issues, ctx.t)) ctx.io.err(line);
  const set = buildProposalSet({
    data: check.data,
    rank: rank.result,
    documentDate: defaultDocumentDate(check.data, rank.result.year),
    approved: options.approvedOnly || reviews.found ? reviews.approved : undefined,
    approvedOnly: options.approvedOnly,
  });
  const loaded = await loadTemplates(options.templates);
  let dossier: Dossier;
  try {
    dossier = await generateDossier(set, loaded.templates);
  } catch (e) {
    if (e instanceof TemplatePreflightError) {
      ctx.io.err([ctx.t(e.key, e.params), ...e.problems.map((p) => `  - ${ctx.t(p.key, p.params)}`), ctx.t("docs.template.fix")].join("\n"));
      return EXIT.usage;
    }
    if (e instanceof DocumentError) {
      ctx.io.err(ctx.t(e.key, e.params));
      return EXIT.usage;
    }
    throw e;
  }
  const dir = await writeDossier(options.out, dossier, { force: options.force });
  const notes: string[] = [];
  if (options.approvedOnly) {
    notes.push(reviews.found ? ctx.t("review.cli.approvedOnly", { approved: reviews.counts.approved, skipped: set.notApproved, stale: reviews.counts.stale }) : ctx.t("review.cli.noProposalsSheet"));
  }
  if (options.templates !== undefined) {
    notes.push(ctx.t("docs.generate.customTemplates", { dir: options.templates, kinds: loaded.custom.join(", ") || "—" }));
    if (loaded.fallback.length > 0) notes.push(ctx.t("docs.generate.fallbackTemplates", { kinds: loaded.fallback.join(", ") }));
  }
  ctx.io.out(generateSummary(set, dossier, dir, ctx.t, notes));
  return EXIT.ok;
}
