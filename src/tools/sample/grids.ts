/**
 * Records → grids: one grid per tracking sheet in the exact shape Office.js `Range.values` gives
 * (dates as Excel serial numbers, empty cells ""), with the headers of src/core/schema/sheets.ts and,
 * optionally, banner rows above the header (merged across the table when written).
 */
import type { CellValue, SheetGrid } from "../../core/grid";
import { columnLetters } from "../../core/grid";
import { DOMAINS, type EnumDomain } from "../../core/schema/enums";
import { SHEETS, type ColumnType, type SheetId, type SheetSpec } from "../../core/schema/sheets";
import { formatDateVi, isoToSerial } from "../../core/text/parse-values";
import type { GenData } from "./model";

export type ColumnKind = ColumnType["kind"];

export interface GeneratedSheet extends SheetGrid {
  readonly id: SheetId;
  /** 0-based row of the header inside `values`. */
  readonly headerIndex: number;
  /** Type of each column (for number formats when written). */
  readonly kinds: ReadonlyArray<ColumnKind>;
  readonly widths: ReadonlyArray<number>;
  /** A1 ranges to merge when written (banner rows). */
  readonly merges: ReadonlyArray<string>;
}

export interface GeneratedWorkbook {
  readonly sheets: ReadonlyArray<GeneratedSheet>;
}

export interface SheetLayout {
  /** Lines above the header (a title, a subtitle…); each is merged across the table's width. */
  readonly banner?: ReadonlyArray<string>;
  /** Write dates as text "dd/mm/yyyy" (as some clerks type them) instead of Excel dates. */
  readonly textDates?: boolean;
}

export type WorkbookLayout = Partial<Record<SheetId, SheetLayout>>;

const RECORDS_OF: Record<Exclude<SheetId, "settings">, keyof GenData> = {
  units: "units",
  people: "people",
  ratings: "ratings",
  initiatives: "initiatives",
  discipline: "discipline",
  awards: "awards",
  results: "results",
  criteria: "criteria",
  scores: "scores",
  votes: "votes",
  achievements: "achievements",
};

/** Fields whose written spelling may be overridden per record (`titleText`, `ratingText`, …). */
const TEXT_OVERRIDE: Readonly<Record<string, string>> = {
  title: "titleText",
  rating: "ratingText",
  proposedForm: "proposedText",
};

function enumText(domainId: keyof typeof DOMAINS, code: string): string {
  if (domainId === "rating") return code;
  const d = DOMAINS[domainId] as EnumDomain;
  return d.labels[code as keyof typeof d.labels] ?? code;
}

function cellOf(spec: SheetSpec, field: string, record: Readonly<Record<string, unknown>>, textDates: boolean): CellValue {
  const column = spec.columns.find((c) => c.field === field);
  const override = TEXT_OVERRIDE[field];
  if (override && typeof record[override] === "string") return record[override] as string;
  const v = record[field];
  if (v === undefined || v === null || v === "") return "";
  if (!column) return String(v);
  switch (column.type.kind) {
    case "date":
      return textDates ? formatDateVi(String(v)) : isoToSerial(String(v));
    case "codes":
      return (v as ReadonlyArray<string>).join("; ");
    case "enum":
      return enumText(column.type.domain, String(v));
    default:
      return v as CellValue;
  }
}

function frame(spec: SheetSpec, rows: CellValue[][], layout: SheetLayout = {}): GeneratedSheet {
  const headers = spec.columns.map((c) => c.header);
  const width = headers.length;
  const banner = layout.banner ?? [];
  const values: CellValue[][] = [];
  const merges: string[] = [];
  banner.forEach((line, i) => {
    const row = new Array<CellValue>(width).fill("");
    row[0] = line;
    values.push(row);
    if (width > 1) merges.push(`A${i + 1}:${columnLetters(width - 1)}${i + 1}`);
  });
  if (banner.length > 0) values.push(new Array<CellValue>(width).fill(""));
  const headerIndex = values.length;
  values.push(headers);
  for (const r of rows) values.push(r);
  return {
    id: spec.id,
    name: spec.name,
    values,
    rowOffset: 0,
    colOffset: 0,
    headerIndex,
    kinds: spec.columns.map((c) => c.type.kind),
    widths: spec.columns.map((c) => c.width ?? 14),
    merges,
  };
}

/** Turns the records into the twelve tracking sheets, in workbook.md order. */
export function toGrids(data: GenData, layout: WorkbookLayout = {}): GeneratedWorkbook {
  const sheets = SHEETS.map((spec) => {
    const l = layout[spec.id] ?? {};
    if (spec.id === "settings") {
      return frame(spec, data.settings.map(([k, v]) => [k, v]), l);
    }
    const records = data[RECORDS_OF[spec.id]] as unknown as ReadonlyArray<Readonly<Record<string, unknown>>>;
    const fields = spec.columns.map((c) => c.field);
    const rows = records.map((r) => fields.map((f) => cellOf(spec, f, r, l.textDates === true)));
    return frame(spec, rows, l);
  });
  return { sheets };
}
