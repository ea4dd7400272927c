/**
 * "Kiểm tra", one Excel.run: read the tracking sheets, validate, write `KQ Kiểm tra` (one row per issue, the cell
 * as a link) and highlight the issue cells with the product's removable rules (replacing the previous ones).
 * Round trips: the sheet names; the survey (used ranges, first rows, every sheet's conditional formats); the rows
 * in ~4 MB requests (the first also asks the custom rules' formulas); the writes — KQ Kiểm tra, the old rules
 * deleted, the new ones added — in ~4 MB requests. Four for an ordinary workbook.
 */
import { checkWorkbook, type CheckResult } from "../../core/check";
import { CHUNK_BUDGET_BYTES, type HighlightReport } from "../../excel";
import { planHighlights, queueRuleFormulas, queueRuleTypes } from "../../excel/highlights";
import { queueReadSurvey, readRest, sheetsToRead, surveyWorkbook } from "../../excel/read-grids";
import { loadSheetNames } from "../../excel/sheet-names";
import { planOutputSheets } from "../../excel/write-output";
import { WritePlan } from "../../excel/write-plan";
import type { Translate } from "../../i18n";
import { buildCheckSheet } from "../../output/check-sheet";
import type { TaskControl } from "../task/task";
import { runAction } from "./run-action";

export interface CheckOutcome {
  readonly result: CheckResult;
  /** null when the issues come from Tạo hồ sơ's refusal (nothing highlighted then). */
  readonly highlight: HighlightReport | null;
}

export const CHECK_STAGES = 4;

export function runCheck(task: TaskControl, t: Translate): Promise<CheckOutcome> {
  return runAction(async (ctx) => {
    await task.stage({ key: "taskpane.stage.read" });
    const names = await loadSheetNames(ctx);
    const survey = await surveyWorkbook(ctx, (n) => ({ read: queueReadSurvey(ctx, names, {}, n), rules: queueRuleTypes(names.worksheets) }), { sheets: sheetsToRead(names.names) });
    const formulas = queueRuleFormulas(survey.rules);
    const read = await readRest(ctx, survey.read, { flush: formulas.queued });
    await task.stage({ key: "taskpane.stage.check" });
    const result = checkWorkbook(read.grids);
    const plan = new WritePlan(ctx, CHUNK_BUDGET_BYTES);
    await task.stage({ key: "taskpane.stage.writeCheck" });
    planOutputSheets(plan, ctx, [buildCheckSheet(result, t)], names.names);
    await task.stage({ key: "taskpane.stage.highlight" });
    const highlight = planHighlights(plan, ctx, result.issues, names.names, formulas.ours());
    await plan.run({ onRequest: (done, total) => task.step(done, total) });
    return { result, highlight };
  });
}
