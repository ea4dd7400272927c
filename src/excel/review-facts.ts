/**
 * The hidden `Dữ kiện rà soát` sheet, rewritten by the pane's ranking together with `Đề nghị`: one row per data
 * stamp with its facts record (src/core/review/facts-store.ts). Round trips: one to find the sheet, then one per
 * ~4 MB of rows. The sheet is the product's own and hidden; nothing else is touched.
 */
import { factsSheetValues, REVIEW_SHEETS, type FactsStore } from "../core/review";
import { CHUNK_BUDGET_BYTES, jsonBytes, planRowChunks } from "./payload";
import { syncWithin } from "./sync";
import { protectCell } from "./text-safety";

export async function writeFactsSheet(context: Excel.RequestContext, store: FactsStore, budgetBytes = CHUNK_BUDGET_BYTES): Promise<{ rows: number; added: boolean }> {
  const sheets = context.workbook.worksheets;
  const found = sheets.getItemOrNullObject(REVIEW_SHEETS.facts);
  await syncWithin(context);
  const added = found.isNullObject;
  const ws = added ? sheets.add(REVIEW_SHEETS.facts) : found;
  if (added) ws.visibility = Excel.SheetVisibility.hidden;
  else ws.getRange().clear(Excel.ClearApplyTo.contents);
  const values = factsSheetValues(store).map((r) => r.map((v) => protectCell(v)));
  for (const chunk of planRowChunks(values.map((r) => jsonBytes(r)), budgetBytes)) {
    context.workbook.application.suspendApiCalculationUntilNextSync();
    ws.getRangeByIndexes(chunk.start, 0, chunk.count, 2).values = values.slice(chunk.start, chunk.start + chunk.count);
    await syncWithin(context);
  }
  return { rows: values.length - 1, added };
}
