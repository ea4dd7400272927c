/** Sheet layout helpers shared by the writers: column widths, header style, internal links. */
import { parseCellAddress, quoteSheetName } from "./address";

/** Excel column width in points for a width in characters (Calibri 11: 7 px per character + 5 px padding). */
export function columnWidthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

export const HEADER_FILL = "#DDEBF7";

/** A HYPERLINK formula jumping to a cell of this workbook ("Cá nhân!B5" → =HYPERLINK("#'Cá nhân'!B5","…")). */
export function internalLinkFormula(address: string, text: string): string {
  const { sheet, cell } = parseCellAddress(address);
  const target = `#${quoteSheetName(sheet)}!${cell}`;
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return `=HYPERLINK(${q(target)},${q(text)})`;
}
