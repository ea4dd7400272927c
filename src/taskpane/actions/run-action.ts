/**
 * One user action = one `Excel.run` (src/excel/sync.ts, with the sync timeout). The pane's own failures inside
 * the run — a cancel, a document that cannot be written, a bug — must reach the pane as they are, not wrapped
 * as an Excel error, so they are carried out of the run beside it and thrown again afterwards.
 */
import { ExcelActionError, runExcel, type ActionOptions } from "../../excel";

function isOfficeError(e: unknown): boolean {
  const ext = (globalThis as { OfficeExtension?: { Error?: new (...args: never[]) => unknown } }).OfficeExtension;
  return typeof ext?.Error === "function" && e instanceof ext.Error;
}

export async function runAction<T>(body: (context: Excel.RequestContext) => Promise<T>, options: ActionOptions = {}): Promise<T> {
  let own: { error: unknown } | null = null;
  try {
    return await runExcel(async (context) => {
      try {
        return await body(context);
      } catch (e) {
        if (!(e instanceof ExcelActionError) && !isOfficeError(e)) own = { error: e };
        throw e;
      }
    }, options);
  } catch (e) {
    const carried = own as { error: unknown } | null;
    if (carried) throw carried.error;
    throw e;
  }
}
