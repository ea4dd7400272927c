/**
 * "Kiểm tra", one Excel.run: read the tracking sheets, validate, write `KQ Kiểm tra` (one row per issue, the cell
 * as a link) and highlight the issue cells with the product's removable rules (replacing the previous ones).
 */
import { checkWorkbook, type CheckResult } from "../../core/check";
import { highlightIssues, readGrids, writeOutputSheets, type HighlightReport } from "../../excel";
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
    const read = await readGrids(ctx);
    await task.stage({ key: "taskpane.stage.check" });
    const result = checkWorkbook(read.grids);
    await task.stage({ key: "taskpane.stage.writeCheck" });
    await writeOutputSheets(ctx, [buildCheckSheet(result, t)]);
    await task.stage({ key: "taskpane.stage.highlight" });
    const highlight = await highlightIssues(ctx, result.issues);
    return { result, highlight };
  });
}
