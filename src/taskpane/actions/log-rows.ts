/**
 * The pane's rows in `Nhật ký` inside an action: the log is located with the action's survey (`queueLog`),
 * and the rows join the action's writes (`planLogRows`). They go below the log's last row as Excel finds it when
 * the request runs, so a row another client appended meanwhile is never overwritten; the sheet is added (header,
 * widths, frozen header, id column hidden) when it does not exist, as the CLI writes it.
 */
import type { LogRow } from "../../core/review";
import { logRowsBytes, placeLog, queueLogLookup, queueLogRows, type LogLookup } from "../../excel/review-log";
import type { SheetNames } from "../../excel/sheet-names";
import type { WritePlan } from "../../excel/write-plan";

export function queueLog(context: Excel.RequestContext, names: SheetNames): LogLookup {
  return queueLogLookup(context, names.names);
}

export function planLogRows(plan: WritePlan, context: Excel.RequestContext, lookup: LogLookup, rows: ReadonlyArray<LogRow>): void {
  if (rows.length === 0) return;
  plan.op(logRowsBytes(rows), () => {
    queueLogRows(placeLog(context, lookup), rows);
  });
}
