/**
 * Round trip 1 of every action that looks at the workbook: the names of its sheets, in order. Everything else
 * an action needs to know before it reads or writes (used ranges, samples, the log's header, conditional
 * formats, a row to update) is then asked for in ONE second request, shared by the action's steps.
 */
import { matchKey } from "../core/text/fold";
import { syncWithin } from "./sync";

export interface SheetNames {
  /** Every sheet of the workbook, in order. */
  readonly names: ReadonlyArray<string>;
  /** The worksheet proxies, in the same order (usable in later requests of the same Excel.run). */
  readonly worksheets: ReadonlyArray<Excel.Worksheet>;
}

export async function loadSheetNames(context: Excel.RequestContext): Promise<SheetNames> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await syncWithin(context);
  return { names: sheets.items.map((s) => s.name), worksheets: sheets.items };
}

/** The sheet named `wanted` as Excel finds a name (ignoring case), or null. */
export function sheetIgnoringCase(names: ReadonlyArray<string>, wanted: string): string | null {
  const k = wanted.trim().toLocaleLowerCase();
  return names.find((n) => n.trim().toLocaleLowerCase() === k) ?? null;
}

/** The sheet whose name matches `wanted` ignoring case and diacritics ("De nghi" finds "Đề nghị"), or null. */
export function sheetNamed(names: ReadonlyArray<string>, wanted: string): string | null {
  const key = matchKey(wanted);
  return names.find((n) => matchKey(n) === key) ?? null;
}
