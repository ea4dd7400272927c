/**
 * `Nhật ký` is append-only: new rows go below the last used row; nothing above is rewritten, reformatted or
 * deleted. The sheet is added (header, widths, frozen header) when it does not exist yet. Round trips: one to find
 * the sheet, one for its last row (only when it exists), then one per ~4 MB of rows.
 */
import type { CellValue } from "../core/grid";
import { columnWidthPoints, HEADER_FILL } from "./layout";
import { LOG_SHEET } from "./own-sheets";
import { CHUNK_BUDGET_BYTES, jsonBytes, planRowChunks } from "./payload";
import { syncWithin } from "./sync";
import { protectCell } from "./text-safety";
import type { OutputColumn } from "./write-output";

export interface AppendOptions {
  readonly budgetBytes?: number;
}

export interface AppendReport {
  /** 1-based Excel row of the first appended row (0 when nothing was appended). */
  readonly firstRow: number;
  readonly count: number;
  readonly added: boolean;
}

export async function appendLogRows(
  context: Excel.RequestContext,
  columns: ReadonlyArray<OutputColumn>,
  rows: ReadonlyArray<ReadonlyArray<CellValue>>,
  options: AppendOptions = {},
): Promise<AppendReport> {
  const budget = options.budgetBytes ?? CHUNK_BUDGET_BYTES;
  const width = columns.length;
  if (width === 0) throw new Error("appendLogRows: the log needs at least one column");
  const worksheets = context.workbook.worksheets;
  const found = worksheets.getItemOrNullObject(LOG_SHEET);
  await syncWithin(context);

  let ws: Excel.Worksheet;
  let next: number;
  /** Operations queued but not yet sent (a new sheet or header). */
  let pending = false;
  const added = found.isNullObject;
  if (added) {
    ws = worksheets.add(LOG_SHEET);
    const header = ws.getRangeByIndexes(0, 0, 1, width);
    header.values = [columns.map((c) => protectCell(c.header))];
    header.format.font.bold = true;
    header.format.fill.color = HEADER_FILL;
    header.format.wrapText = true;
    columns.forEach((c, j) => {
      ws.getRangeByIndexes(0, j, 1, 1).format.columnWidth = columnWidthPoints(c.width ?? 14);
    });
    ws.freezePanes.freezeRows(1);
    next = 1;
    pending = true;
  } else {
    ws = found;
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("rowIndex,rowCount");
    await syncWithin(context);
    if (used.isNullObject) {
      ws.getRangeByIndexes(0, 0, 1, width).values = [columns.map((c) => protectCell(c.header))];
      next = 1;
      pending = true;
    } else next = used.rowIndex + used.rowCount;
  }
  if (rows.length === 0) {
    if (pending) await syncWithin(context);
    return { firstRow: 0, count: 0, added };
  }

  const values = rows.map((r) => Array.from({ length: width }, (_, c) => protectCell(r[c])));
  const chunks = planRowChunks(values.map((r) => jsonBytes(r)), budget);
  for (const chunk of chunks) {
    context.workbook.application.suspendApiCalculationUntilNextSync();
    ws.getRangeByIndexes(next + chunk.start, 0, chunk.count, width).values = values.slice(chunk.start, chunk.start + chunk.count);
    await syncWithin(context);
  }
  return { firstRow: next + 1, count: rows.length, added };
}
