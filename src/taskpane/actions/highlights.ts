/** "Xóa tô màu", one Excel.run: removes every highlight rule of the product, and nothing else. */
import { removeHighlights } from "../../excel";
import type { TaskControl } from "../task/task";
import { runAction } from "./run-action";

export function runClearHighlights(task: TaskControl): Promise<{ removed: number }> {
  return runAction(async (ctx) => {
    await task.stage({ key: "taskpane.stage.clearHighlights" });
    return removeHighlights(ctx);
  });
}
