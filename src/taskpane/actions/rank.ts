/**
 * "Xếp hạng", one Excel.run: read the tracking sheets with the product's `Đề nghị` and `Dữ kiện rà soát`,
 * validate, rank, then write `KQ Xếp hạng` and `Đề nghị` (reviews carried over, stale ones noted), rewrite the
 * hidden facts sheet and append one `Nhật ký` row. Validation errors do not stop the ranking (the pane shows
 * how many there are); a workbook without an evaluation year does.
 * Round trips: the sheet names; the survey (used ranges, first rows, the log's header); the rows in ~4 MB
 * requests; every write of the four sheets packed together in ~4 MB requests (the log row goes below the log's
 * last row as Excel finds it then). Four for an ordinary workbook.
 */
import { checkWorkbook } from "../../core/check";
import type { Issue } from "../../core/issues";
import { rankWorkbook } from "../../core/rank";
import { REVIEW_SHEETS, type CarryOverResult } from "../../core/review";
import type { RankResult } from "../../core/rules/types";
import { CHUNK_BUDGET_BYTES } from "../../excel";
import { queueReadSurvey, readRest, sheetsToRead, surveyWorkbook } from "../../excel/read-grids";
import { planFactsSheet } from "../../excel/review-facts";
import { loadSheetNames } from "../../excel/sheet-names";
import { planOutputSheets } from "../../excel/write-output";
import { WritePlan } from "../../excel/write-plan";
import type { Translate } from "../../i18n";
import { rankLogRow } from "../../output/log-sheet";
import { buildProposalsSheet } from "../../output/proposals-sheet";
import { buildRankingSheet } from "../../output/ranking-sheet";
import { PaneError } from "../task/pane-error";
import type { TaskControl } from "../task/task";
import { planLogRows, queueLog } from "./log-rows";
import { outputTable } from "./output-table";
import { runAction } from "./run-action";
import type { PaneSession } from "./session";

export interface RankOutcome {
  readonly result: RankResult;
  readonly summary: { readonly errors: number; readonly warnings: number };
  /** Reviews carried over to the new `Đề nghị`, and how many are stale. */
  readonly carry: CarryOverResult["summary"];
  readonly proposals: number;
  /** Warnings from reading the previous `Đề nghị` back. */
  readonly readIssues: ReadonlyArray<Issue>;
}

export const RANK_STAGES = 5;

const INCLUDE = [REVIEW_SHEETS.proposals, REVIEW_SHEETS.facts];

export function runRank(task: TaskControl, t: Translate, session: PaneSession, user: string): Promise<RankOutcome> {
  return runAction(async (ctx) => {
    await task.stage({ key: "taskpane.stage.read" });
    const names = await loadSheetNames(ctx);
    const survey = await surveyWorkbook(ctx, (n) => ({ read: queueReadSurvey(ctx, names, { include: INCLUDE }, n), log: queueLog(ctx, names) }), {
      sheets: sheetsToRead(names.names, INCLUDE),
    });
    const read = await readRest(ctx, survey.read);
    await task.stage({ key: "taskpane.stage.check" });
    const check = checkWorkbook(read.grids);
    await task.stage({ key: "taskpane.stage.rank" });
    const ranked = rankWorkbook(check.data, check.fingerprint);
    if (!ranked) throw new PaneError({ key: "taskpane.error.noYear" });
    const result = ranked.result;
    const ranking = buildRankingSheet(result, t);
    const proposals = buildProposalsSheet({ result, data: check.data, grids: read.grids, t });
    await task.stage({ key: "taskpane.stage.writeRank" });
    const plan = new WritePlan(ctx, CHUNK_BUDGET_BYTES);
    planOutputSheets(plan, ctx, [outputTable(ranking), outputTable(proposals.sheet)], names.names);
    planFactsSheet(plan, ctx, proposals.carry.store, names.names);
    await task.stage({ key: "taskpane.stage.log" });
    const summary = { proposals: proposals.carry.rows.length, carried: proposals.carry.summary.carried, stale: proposals.carry.summary.stale };
    planLogRows(plan, ctx, survey.log, [rankLogRow({ grids: read.grids, result, t, user, now: session.now(), clientId: session.clientId(), summary })]);
    await plan.run({ onRequest: (done, total) => task.step(done, total) });
    return { result, summary: check.summary, carry: proposals.carry.summary, proposals: summary.proposals, readIssues: proposals.issues };
  });
}
