/** "Khởi tạo", one Excel.run: adds the tracking sheets the open workbook lacks (existing sheets untouched). */
import { addMissingSheets, type InitReport } from "../../excel";
import type { Translate } from "../../i18n";
import type { TaskControl } from "../task/task";
import { runAction } from "./run-action";

export function runInit(task: TaskControl, t: Translate): Promise<InitReport> {
  return runAction(async (ctx) => {
    await task.stage({ key: "taskpane.stage.init" });
    return addMissingSheets(ctx, { t });
  });
}
