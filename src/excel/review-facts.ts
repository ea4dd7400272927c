/**
 * The hidden `Dữ kiện rà soát` sheet, rewritten by the pane's ranking together with `Đề nghị`: one row per data
 * stamp with its facts record (src/core/review/facts-store.ts). Inside the ranking it joins the action's write
 * plan (write-plan.ts); as a step of its own: one round trip for the sheet names, then one per ~4 MB of rows.
 * The sheet is the product's own and hidden; nothing else is touched.
 */
import { factsSheetValues, REVIEW_SHEETS, type FactsStore } from "../core/review";
import { CHUNK_BUDGET_BYTES, jsonBytes } from "./payload";
import { loadSheetNames, sheetIgnoringCase } from "./sheet-names";
import { protectCell } from "./text-safety";
import { OPERATION_BYTES, WritePlan } from "./write-plan";

/** Adds the facts sheet to an action's write plan: its content replaced (or the sheet added, hidden). */
export function planFactsSheet(plan: WritePlan, context: Excel.RequestContext, store: FactsStore, names: ReadonlyArray<string>): { rows: number; added: boolean } {
  const sheets = context.workbook.worksheets;
  const existing = sheetIgnoringCase(names, REVIEW_SHEETS.facts);
  let ws: Excel.Worksheet | null = null;
  plan.op(OPERATION_BYTES * 2, () => {
    const w = existing ? sheets.getItem(existing) : sheets.add(REVIEW_SHEETS.facts);
    if (existing) w.getRange().clear(Excel.ClearApplyTo.contents);
    else w.visibility = Excel.SheetVisibility.hidden;
    ws = w;
  });
  const values = factsSheetValues(store).map((r) => r.map((v) => protectCell(v)));
  plan.rows(
    values.map((r) => jsonBytes(r)),
    (start, count) => {
      const target = ws;
      if (!target) throw new Error("internal: facts rows planned before their sheet");
      target.getRangeByIndexes(start, 0, count, 2).values = values.slice(start, start + count);
    },
  );
  return { rows: values.length - 1, added: !existing };
}

export async function writeFactsSheet(context: Excel.RequestContext, store: FactsStore, budgetBytes = CHUNK_BUDGET_BYTES): Promise<{ rows: number; added: boolean }> {
  const names = await loadSheetNames(context);
  const plan = new WritePlan(context, budgetBytes);
  const report = planFactsSheet(plan, context, store, names.names);
  await plan.run();
  return report;
}
