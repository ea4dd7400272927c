/**
 * The sheets the product owns. It writes only these (and adds the missing tracking sheets in "Khởi tạo");
 * in the clerk's sheets it may only add its own highlight rules.
 */
import { OUTPUT_SHEETS } from "../core/schema/sheets";
import { NotOwnSheetError } from "./errors";

/** Rewritten on each run: their content is replaced. */
export const REWRITTEN_SHEETS: ReadonlyArray<string> = [OUTPUT_SHEETS.check, OUTPUT_SHEETS.ranking, OUTPUT_SHEETS.proposals];

/** Append-only. */
export const LOG_SHEET: string = OUTPUT_SHEETS.log;

export function isOwnSheet(name: string): boolean {
  const k = name.trim().toLocaleLowerCase();
  return [...REWRITTEN_SHEETS, LOG_SHEET].some((s) => s.toLocaleLowerCase() === k);
}

export function assertRewritable(name: string): void {
  const k = name.trim().toLocaleLowerCase();
  if (!REWRITTEN_SHEETS.some((s) => s.toLocaleLowerCase() === k)) throw new NotOwnSheetError(name);
}
