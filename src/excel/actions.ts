/**
 * One call per user action, each in its own `Excel.run` with the sync timeout. Read-only actions retry once
 * after a timeout by themselves; writing actions do not (the pane offers "Thử lại"). To combine steps in one
 * action, call `runExcel` with the step functions (readGrids, writeOutputSheets, …) instead.
 */
import type { CellValue } from "../core/grid";
import { appendLogRows, type AppendReport } from "./append-log";
import { highlightIssues, type HighlightOptions, type HighlightReport, type HighlightTarget, removeHighlights } from "./highlights";
import { addMissingSheets, type InitOptions, type InitReport } from "./init-workbook";
import { readGrids, type ReadOptions, type ReadResult } from "./read-grids";
import { selectCell } from "./select-cell";
import { type ActionOptions, runExcel } from "./sync";
import { type OutputColumn, type OutputTable, type WriteReport, writeOutputSheets } from "./write-output";

export function readWorkbook(options: ReadOptions & ActionOptions = {}): Promise<ReadResult> {
  return runExcel((ctx) => readGrids(ctx, options), { retries: 1, ...options });
}

export function writeOutputs(tables: ReadonlyArray<OutputTable>, options: ActionOptions = {}): Promise<WriteReport> {
  return runExcel((ctx) => writeOutputSheets(ctx, tables), options);
}

export function appendLog(columns: ReadonlyArray<OutputColumn>, rows: ReadonlyArray<ReadonlyArray<CellValue>>, options: ActionOptions = {}): Promise<AppendReport> {
  return runExcel((ctx) => appendLogRows(ctx, columns, rows), options);
}

export function initWorkbook(options: InitOptions & ActionOptions = {}): Promise<InitReport> {
  return runExcel((ctx) => addMissingSheets(ctx, options), options);
}

export function goToCell(address: string, options: ActionOptions = {}): Promise<void> {
  return runExcel((ctx) => selectCell(ctx, address), { retries: 1, ...options });
}

export function highlight(targets: ReadonlyArray<HighlightTarget>, options: HighlightOptions & ActionOptions = {}): Promise<HighlightReport> {
  return runExcel((ctx) => highlightIssues(ctx, targets, options), options);
}

export function clearHighlights(options: ActionOptions = {}): Promise<{ removed: number }> {
  return runExcel((ctx) => removeHighlights(ctx), options);
}
