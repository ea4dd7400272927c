/**
 * The Office.js adapter: everything between the pure core and Excel. Actions (actions.ts) run one
 * `Excel.run` each; step functions take a request context so several steps can share one action.
 */
export * from "./actions";
export { runExcel, syncWithin, DEFAULT_SYNC_TIMEOUT_MS, type ActionOptions } from "./sync";
export { readGrids, sheetsToRead, type ReadOptions, type ReadResult } from "./read-grids";
export { writeOutputSheets, outputRow, type OutputCell, type OutputColumn, type OutputLink, type OutputTable, type WriteReport } from "./write-output";
export { appendLogRows, type AppendReport } from "./append-log";
export { addMissingSheets, type InitReport } from "./init-workbook";
export { selectCell } from "./select-cell";
export { highlightIssues, removeHighlights, isHighlightFormula, highlightFormula, HIGHLIGHT_TAG, type HighlightReport, type HighlightTarget } from "./highlights";
export { detectFeatures, degradeMessages, requireExcelApi, REQUIRED_EXCEL_API, type ExcelFeatures } from "./features";
export { protectCell, needsQuotePrefix } from "./text-safety";
export { parseCellAddress } from "./address";
export { REWRITTEN_SHEETS, LOG_SHEET, isOwnSheet } from "./own-sheets";
export * from "./errors";
