/**
 * "Tạo hồ sơ", one Excel.run and one click: read, validate (refuse while errors remain, with their count),
 * rank, build the proposal set — only approved, non-stale proposals when asked —, fill every document, zip the
 * dossier with its manifest, and append one `Nhật ký` row. Nothing else in the workbook changes. Each stage can
 * be cancelled, and so can the documents one by one. Round trips: the sheet names; the survey (used ranges, first
 * rows, the log's header); the rows in ~4 MB requests; the log row (below the log's last row as Excel finds it
 * then, however long the documents took). Four for an ordinary workbook.
 */
import { checkWorkbook, type CheckResult } from "../../core/check";
import { buildProposalSet, defaultDocumentDate, type ProposalSet } from "../../core/proposals";
import { rankWorkbook } from "../../core/rank";
import { generateTargetMsg, logRow, REVIEW_SHEETS, reviewsOfWorkbook } from "../../core/review";
import type { Manifest } from "../../docs";
import { queueReadSurvey, readRest, sheetsToRead, surveyWorkbook } from "../../excel/read-grids";
import { loadSheetNames } from "../../excel/sheet-names";
import { WritePlan } from "../../excel/write-plan";
import type { Translate } from "../../i18n";
import { PaneError } from "../task/pane-error";
import type { TaskControl } from "../task/task";
import { planLogRows, queueLog } from "./log-rows";
import { runAction } from "./run-action";
import type { PaneSession } from "./session";

export interface GenerateOptions {
  /** Only proposals whose review in `Đề nghị` is Đồng ý and whose facts have not changed since. */
  readonly approvedOnly: boolean;
}

export type GenerateOutcome =
  | { readonly refused: true; readonly check: CheckResult }
  | {
      readonly refused: false;
      readonly check: CheckResult;
      readonly set: ProposalSet;
      readonly manifest: Manifest;
      readonly zip: Blob;
      readonly fileName: string;
      readonly approvedOnly: boolean;
      /** With approvedOnly: the workbook has a readable `Đề nghị` sheet. */
      readonly reviewsFound: boolean;
    };

export const GENERATE_STAGES = 7;

export function zipFileName(year: number, approvedOnly: boolean): string {
  return approvedOnly ? `ho-so-khen-thuong-${year}-da-duyet.zip` : `ho-so-khen-thuong-${year}.zip`;
}

export function runGenerate(task: TaskControl, t: Translate, session: PaneSession, user: string, options: GenerateOptions): Promise<GenerateOutcome> {
  return runAction(async (ctx) => {
    await task.stage({ key: "taskpane.stage.read" });
    const include = [REVIEW_SHEETS.proposals, REVIEW_SHEETS.facts];
    const names = await loadSheetNames(ctx);
    const survey = await surveyWorkbook(ctx, (n) => ({ read: queueReadSurvey(ctx, names, { include }, n), log: queueLog(ctx, names) }), {
      sheets: sheetsToRead(names.names, include),
    });
    const read = await readRest(ctx, survey.read);
    await task.stage({ key: "taskpane.stage.check" });
    const check = checkWorkbook(read.grids);
    if (check.summary.errors > 0) return { refused: true, check } as const;
    await task.stage({ key: "taskpane.stage.rank" });
    const ranked = rankWorkbook(check.data, check.fingerprint);
    if (!ranked) throw new PaneError({ key: "taskpane.error.noYear" });
    const result = ranked.result;
    await task.stage({ key: "taskpane.stage.proposals" });
    const reviews = options.approvedOnly ? reviewsOfWorkbook(read.grids, check.data, result, (m) => t(m.key, m.params)) : null;
    const set = buildProposalSet({
      data: check.data,
      rank: result,
      documentDate: defaultDocumentDate(check.data, result.year),
      ...(reviews ? { approved: reviews.approved, approvedOnly: true } : {}),
    });
    await task.stage({ key: "taskpane.stage.documents" });
    // The document writer (docx, JSZip) is a separate chunk, fetched from this origin on the first generation.
    const { defaultTemplateSet, dossierZipBlob, generateDossier } = await import(/* webpackChunkName: "documents" */ "../../docs");
    const templates = await defaultTemplateSet();
    const dossier = await generateDossier(set, templates, { onProgress: (done, total) => task.step(done, total) });
    await task.stage({ key: "taskpane.stage.zip" });
    const zip = await dossierZipBlob(dossier);
    await task.stage({ key: "taskpane.stage.log" });
    const proposals = set.upward.length + set.own.length + set.adHoc.length;
    const target = generateTargetMsg({ year: set.year, files: dossier.files.length, proposals, approvedOnly: options.approvedOnly });
    const plan = new WritePlan(ctx);
    planLogRows(plan, ctx, survey.log, [
      logRow({ id: session.ids.next(), time: session.now(), actor: user, action: "generate", target: t(target.key, target.params), stamp: result.fingerprint, ruleSet: result.ruleSet }),
    ]);
    await plan.run();
    return {
      refused: false,
      check,
      set,
      manifest: dossier.manifest,
      zip,
      fileName: zipFileName(set.year, options.approvedOnly),
      approvedOnly: options.approvedOnly,
      reviewsFound: reviews?.found ?? false,
    } as const;
  });
}
