/**
 * "Xếp hạng", one Excel.run: read the tracking sheets with the product's `Đề nghị` and `Dữ kiện rà soát`,
 * validate, rank, then write `KQ Xếp hạng` and `Đề nghị` (reviews carried over, stale ones noted), rewrite the
 * hidden facts sheet and append one `Nhật ký` row. Validation errors do not stop the ranking (the pane shows
 * how many there are); a workbook without an evaluation year does.
 */
import { checkWorkbook } from "../../core/check";
import type { Issue } from "../../core/issues";
import { rankWorkbook } from "../../core/rank";
import { REVIEW_SHEETS, type CarryOverResult } from "../../core/review";
import type { RankResult } from "../../core/rules/types";
import { readGrids, writeOutputSheets } from "../../excel";
import { writeFactsSheet } from "../../excel/review-facts";
import type { Translate } from "../../i18n";
import { rankLogRow } from "../../output/log-sheet";
import { buildProposalsSheet } from "../../output/proposals-sheet";
import { buildRankingSheet } from "../../output/ranking-sheet";
import { PaneError } from "../task/pane-error";
import type { TaskControl } from "../task/task";
import { appendPaneLog } from "./log-rows";
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

export function runRank(task: TaskControl, t: Translate, session: PaneSession, user: string): Promise<RankOutcome> {
  return runAction(async (ctx) => {
    await task.stage({ key: "taskpane.stage.read" });
    const read = await readGrids(ctx, { include: [REVIEW_SHEETS.proposals, REVIEW_SHEETS.facts] });
    await task.stage({ key: "taskpane.stage.check" });
    const check = checkWorkbook(read.grids);
    await task.stage({ key: "taskpane.stage.rank" });
    const ranked = rankWorkbook(check.data, check.fingerprint);
    if (!ranked) throw new PaneError({ key: "taskpane.error.noYear" });
    const result = ranked.result;
    const ranking = buildRankingSheet(result, t);
    const proposals = buildProposalsSheet({ result, data: check.data, grids: read.grids, t });
    await task.stage({ key: "taskpane.stage.writeRank" });
    await writeOutputSheets(ctx, [outputTable(ranking), outputTable(proposals.sheet)]);
    await writeFactsSheet(ctx, proposals.carry.store);
    await task.stage({ key: "taskpane.stage.log" });
    const summary = { proposals: proposals.carry.rows.length, carried: proposals.carry.summary.carried, stale: proposals.carry.summary.stale };
    await appendPaneLog(ctx, [rankLogRow({ grids: read.grids, result, t, user, now: session.now(), clientId: session.clientId(), summary })]);
    return { result, summary: check.summary, carry: proposals.carry.summary, proposals: summary.proposals, readIssues: proposals.issues };
  });
}
