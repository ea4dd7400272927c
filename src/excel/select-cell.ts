/** Selecting the cell of an issue: activates its sheet and selects the cell, in one round trip. */
import { parseCellAddress } from "./address";
import { SheetNotFoundError, errorCode } from "./errors";
import { syncWithin } from "./sync";

export async function selectCell(context: Excel.RequestContext, address: string): Promise<void> {
  const { sheet, cell } = parseCellAddress(address);
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(cell).select();
  try {
    await syncWithin(context);
  } catch (e) {
    if (errorCode(e) === "ItemNotFound") throw new SheetNotFoundError(sheet);
    throw e;
  }
}
