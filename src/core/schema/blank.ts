/**
 * Layout of the blank tracking workbook, shared by `thidua init` (exceljs) and the task pane's
 * "Khởi tạo" (Office.js): headers, widths, and the code columns' drop-down lists, which are drawn from a
 * hidden list sheet (values such as "Bộ, ngành, tỉnh" contain commas, so inline lists cannot hold them).
 */
import { DOMAINS, type DomainId, type EnumDomain } from "./enums";
import { OUTPUT_SHEETS, SHEETS, type ColumnSpec, type SheetId } from "./sheets";
import { columnLetters } from "../grid";
import { SETTING_KEYS } from "../settings";

/** Rows 2 … DATA_ROWS + 1 get the drop-down lists: a sensible data area, never whole columns. */
export const DATA_ROWS = 2000;

export const LIST_SHEET = OUTPUT_SHEETS.lists;

export interface ListColumn {
  readonly domain: DomainId;
  readonly header: string;
  readonly values: ReadonlyArray<string>;
  /** Absolute reference to the values on the list sheet, e.g. "DanhMuc!$A$2:$A$5". */
  readonly ref: string;
}

export interface BlankSheet {
  readonly id: SheetId;
  readonly name: string;
  readonly headers: ReadonlyArray<string>;
  readonly widths: ReadonlyArray<number>;
  /** Pre-filled rows under the header (the settings keys). */
  readonly rows: ReadonlyArray<ReadonlyArray<string>>;
  /** Drop-downs: 0-based column, list reference, and the A1 range they cover. */
  readonly validations: ReadonlyArray<{ readonly col: number; readonly range: string; readonly ref: string }>;
  /**
   * Number format of each column's data cells, or null: dates shown dd/mm/yyyy (so a date Excel read in the
   * wrong order is visible at once), rates as percent, amounts with thousands separators.
   */
  readonly numberFormats: ReadonlyArray<string | null>;
}

/** Excel number formats by column type (the blank workbook and the sample use the same). */
export const NUMBER_FORMATS: Readonly<Partial<Record<ColumnSpec["type"]["kind"], string>>> = {
  date: "dd/mm/yyyy",
  percent: "0.0%",
  number: "#,##0",
};

/** Ratings are offered as their codes (how clerks write them); other lists as Vietnamese labels. */
function listValues(domain: DomainId): string[] {
  const d = DOMAINS[domain] as EnumDomain;
  return domain === "rating" ? [...d.codes] : d.codes.map((c) => d.labels[c]);
}

export function listColumns(): ListColumn[] {
  const used: DomainId[] = [];
  for (const s of SHEETS) for (const c of s.columns) if (c.type.kind === "enum" && !used.includes(c.type.domain)) used.push(c.type.domain);
  return used.map((domain, i) => {
    const values = listValues(domain);
    const col = columnLetters(i);
    return { domain, header: domain, values, ref: `${LIST_SHEET}!$${col}$2:$${col}$${values.length + 1}` };
  });
}

export function blankSheets(): BlankSheet[] {
  const lists = new Map(listColumns().map((l) => [l.domain, l]));
  return SHEETS.map((s) => {
    const validations = s.columns.flatMap((c, col) => {
      if (c.type.kind !== "enum") return [];
      const list = lists.get(c.type.domain);
      if (!list) return [];
      const letter = columnLetters(col);
      return [{ col, range: `${letter}2:${letter}${DATA_ROWS + 1}`, ref: list.ref }];
    });
    const rows = s.id === "settings" ? SETTING_KEYS.map((k) => [k.label, ""]) : [];
    return {
      id: s.id,
      name: s.name,
      headers: s.columns.map((c) => c.header),
      widths: s.columns.map((c) => c.width ?? 14),
      rows,
      validations,
      numberFormats: s.columns.map((c) => NUMBER_FORMATS[c.type.kind] ?? null),
    };
  });
}
