/**
 * Grids: the exact shape Office.js `Range.values` returns for a used range.
 * Empty cells are "", dates are Excel serial numbers, errors are strings such as "#N/A".
 */
export type CellValue = string | number | boolean | null | undefined;

export interface SheetGrid {
  /** Sheet name as written in the workbook. */
  readonly name: string;
  /** Rows of the used range, top to bottom. */
  readonly values: ReadonlyArray<ReadonlyArray<CellValue>>;
  /** 0-based index of the used range's first row (0 = Excel row 1). */
  readonly rowOffset?: number;
  /** 0-based index of the used range's first column (0 = column A). */
  readonly colOffset?: number;
}

/** A workbook as the core sees it: its sheets in workbook order. */
export interface WorkbookGrids {
  readonly sheets: ReadonlyArray<SheetGrid>;
}

/** 0-based column index → Excel letters (0 → A, 25 → Z, 26 → AA). */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Excel letters → 0-based column index (A → 0). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A1 address of a cell given 0-based sheet coordinates. */
export function a1(row0: number, col0: number): string {
  return `${columnLetters(col0)}${row0 + 1}`;
}

/** Parses "B12" into 0-based coordinates, or null. */
export function parseA1(address: string): { row0: number; col0: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return null;
  return { row0: Number(m[2]) - 1, col0: columnIndex(m[1]) };
}

/** True for a cell that holds nothing (Office.js gives "" for an empty cell). */
export function isBlank(value: CellValue): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "string") return value.trim() === "";
  return false;
}

const ERROR_VALUE =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|UNKNOWN!|CONNECT!|BUSY!|EXTERNAL!|PYTHON!)$/;

/** True for an Excel error value as Office.js and the exceljs adapter give it ("#N/A", "#REF!", …). */
export function isErrorValue(value: CellValue): value is string {
  return typeof value === "string" && ERROR_VALUE.test(value.trim());
}
