/**
 * The Office.js adapter: everything between the pure core and Excel. Actions (actions.ts) run one
 * `Excel.run` each; step functions take a request context so several steps can share one action, and the
 * queue/plan functions let the steps of one action share its round trips: the sheet names (sheet-names.ts),
 * one survey request (read-grids.ts `surveyWorkbook`), the rows in ~4 MB requests, and one write plan
 * (write-plan.ts) that packs every sheet's writes into ~4 MB requests.
 */
export * from "./actions";
export { runExcel, syncWithin, DEFAULT_SYNC_TIMEOUT_MS, type ActionOptions } from "./sync";
export { CHUNK_BUDGET_BYTES } from "./payload";
export { loadSheetNames, sheetIgnoringCase, sheetNamed, type SheetNames } from "./sheet-names";
export { readGrids, readRest, queueReadSurvey, surveyWorkbook, sheetsToRead, type ReadOptions, type ReadResult, type ReadSurvey } from "./read-grids";
export { WritePlan } from "./write-plan";
export { writeOutputSheets, planOutputSheets, outputRow, type OutputCell, type OutputColumn, type OutputDropDown, type OutputLink, type OutputTable, type WriteReport } from "./write-output";
export { appendLogRows, type AppendReport } from "./append-log";
export { addMissingSheets, type InitReport } from "./init-workbook";
export { selectCell } from "./select-cell";
export {
  highlightIssues,
  planHighlights,
  queueRuleFormulas,
  queueRuleTypes,
  removeHighlights,
  isHighlightFormula,
  highlightFormula,
  HIGHLIGHT_TAG,
  type HighlightReport,
  type HighlightTarget,
} from "./highlights";
export { detectFeatures, degradeMessages, requireExcelApi, REQUIRED_EXCEL_API, type ExcelFeatures } from "./features";
export { protectCell, needsQuotePrefix } from "./text-safety";
export { parseCellAddress } from "./address";
export { REWRITTEN_SHEETS, LOG_SHEET, isOwnSheet } from "./own-sheets";
export * from "./errors";
