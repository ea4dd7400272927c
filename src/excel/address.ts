/** Cell addresses as the task pane passes them: "Sheet!A1", "'Cá nhân'!B5", or a range "Sheet!B5:C6". */
import { BadAddressError } from "./errors";

const AREA = /^\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?$/;

export function parseCellAddress(address: string): { sheet: string; cell: string } {
  const bang = address.lastIndexOf("!");
  if (bang <= 0) throw new BadAddressError(address);
  let sheet = address.slice(0, bang).trim();
  const cell = address.slice(bang + 1).trim().replace(/\$/g, "").toUpperCase();
  if (sheet.length >= 2 && sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  if (!sheet || !AREA.test(cell)) throw new BadAddressError(address);
  return { sheet, cell };
}

/** A sheet name quoted for use in a formula or an address ('Cá nhân'). */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
