/**
 * Appending the pane's rows to `Nhật ký` inside an action: the append-only writer of the adapter, then the
 * time cells formatted as date-time and, when the sheet was just added, its id column hidden (as the CLI
 * writes it).
 */
import { LOG_COLUMNS, LOG_ID_COLUMN_HIDDEN, DATE_TIME_FORMAT, logRowValues, type LogRow } from "../../core/review";
import { appendLogRows, LOG_SHEET, syncWithin, type AppendReport } from "../../excel";

export async function appendPaneLog(context: Excel.RequestContext, rows: ReadonlyArray<LogRow>): Promise<AppendReport> {
  const columns = LOG_COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  const report = await appendLogRows(context, columns, rows.map(logRowValues));
  if (report.count === 0) return report;
  const ws = context.workbook.worksheets.getItem(LOG_SHEET);
  const time = LOG_COLUMNS.findIndex((c) => c.field === "time");
  ws.getRangeByIndexes(report.firstRow - 1, time, report.count, 1).numberFormat = rows.map(() => [DATE_TIME_FORMAT]);
  if (report.added && LOG_ID_COLUMN_HIDDEN) {
    ws.getRangeByIndexes(0, LOG_COLUMNS.findIndex((c) => c.field === "id"), 1, 1).columnHidden = true;
  }
  await syncWithin(context);
  return report;
}
