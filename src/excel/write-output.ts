/**
 * Writing the product's own output sheets (KQ Kiểm tra, KQ Xếp hạng, Đề nghị): each sheet's previous content is
 * cleared (values, formats, conditional formats, validation, frozen panes) or the sheet is added, then the header
 * and rows are written as 2-D arrays — one assignment per sheet, cut into ~4 MB chunks only when larger — with
 * calculation suspended until each sync. Inside an action the sheets join the action's write plan
 * (write-plan.ts), so they share requests with its other writes; as a step of its own: one round trip for the
 * sheet names, then one per ~4 MB request.
 * Text that Excel would parse (=, +, -, @, numbers-as-text…) is written with the quote prefix (text-safety.ts).
 * A table's drop-down lists are set on its data rows in the same operation as the reset (so a rewrite with a
 * different number of rows sets them again for exactly the new rows), with a warning alert, never a stop.
 */
import type { CellValue } from "../core/grid";
import type { OutputDropDown } from "../output/ranking-sheet";
import { internalLinkFormula, columnWidthPoints, HEADER_FILL } from "./layout";
import { assertRewritable } from "./own-sheets";
import { CHUNK_BUDGET_BYTES, jsonBytes, utf8Length } from "./payload";
import { loadSheetNames, sheetIgnoringCase } from "./sheet-names";
import { protectCell } from "./text-safety";
import { OPERATION_BYTES, WritePlan } from "./write-plan";

/** A link to a cell of the workbook, written as a HYPERLINK formula. */
export interface OutputLink {
  /** "Sheet!A1" */
  readonly link: string;
  readonly text: string;
}

export type OutputCell = CellValue | OutputLink;

export interface OutputColumn {
  readonly header: string;
  /** Width in characters. */
  readonly width?: number;
  /** Excel number format of the data cells (e.g. "dd/mm/yyyy", "0.00"). */
  readonly numberFormat?: string;
}

/** An in-cell drop-down list on the data rows of one column: the pure sheet builders' type (src/output). */
export type { OutputDropDown };

export interface OutputTable {
  readonly sheet: string;
  readonly columns: ReadonlyArray<OutputColumn>;
  readonly rows: ReadonlyArray<ReadonlyArray<OutputCell>>;
  readonly dropDowns?: ReadonlyArray<OutputDropDown>;
}

export interface WriteOptions {
  readonly budgetBytes?: number;
}

export interface WriteReport {
  readonly sheets: ReadonlyArray<{ readonly sheet: string; readonly rows: number; readonly added: boolean }>;
}

function isLink(cell: OutputCell): cell is OutputLink {
  return typeof cell === "object" && cell !== null && typeof (cell as OutputLink).link === "string";
}

/** One output row as `Range.values` input: exactly `width` cells, text protected, links as formulas. */
export function outputRow(row: ReadonlyArray<OutputCell>, width: number): Array<string | number | boolean> {
  const out: Array<string | number | boolean> = [];
  for (let c = 0; c < width; c++) {
    const cell = row[c];
    out.push(isLink(cell) ? internalLinkFormula(cell.link, cell.text) : protectCell(cell as CellValue));
  }
  return out;
}

/** The `source` of an in-cell list rule: the choices separated by commas. */
export function listSource(values: ReadonlyArray<string>): string {
  if (values.length === 0 || values.some((v) => v.includes(","))) throw new Error("internal: a drop-down needs choices without commas");
  return values.join(",");
}

/**
 * Queues the drop-down lists of a table on its `rows` data rows (below the header): the list rule, the input
 * message and a warning alert (Excel lets the person keep another value). Nothing when there are no rows.
 */
function queueDropDowns(ws: Excel.Worksheet, dropDowns: ReadonlyArray<OutputDropDown>, rows: number, width: number): void {
  if (rows === 0) return;
  for (const d of dropDowns) {
    if (d.column < 0 || d.column >= width) continue;
    const dv = ws.getRangeByIndexes(1, d.column, rows, 1).dataValidation;
    dv.rule = { list: { inCellDropDown: true, source: listSource(d.values) } };
    dv.prompt = { showPrompt: true, title: d.promptTitle, message: d.prompt };
    dv.errorAlert = { showAlert: true, style: "Warning", title: d.errorTitle, message: d.error };
  }
}

/** Request bytes of a table's drop-down lists. */
function dropDownBytes(dropDowns: ReadonlyArray<OutputDropDown>): number {
  return dropDowns.reduce((b, d) => b + 3 * OPERATION_BYTES + utf8Length(d.values.join(",") + d.promptTitle + d.prompt + d.errorTitle + d.error), 0);
}

/** Request bytes of a number-format cell besides its text. */
const FORMAT_CELL_BYTES = 4;

/**
 * Adds the output sheets to an action's write plan: each sheet reset (values, formats, conditional formats,
 * validation, frozen panes) or added, its header styled and its drop-down lists set, then its rows in blocks
 * that the plan packs with the action's other writes. `names` are the workbook's sheet names (round trip 1).
 * Returns what will be written.
 */
export function planOutputSheets(plan: WritePlan, context: Excel.RequestContext, tables: ReadonlyArray<OutputTable>, names: ReadonlyArray<string>): WriteReport {
  for (const t of tables) assertRewritable(t.sheet);
  const worksheets = context.workbook.worksheets;
  const report: Array<{ sheet: string; rows: number; added: boolean }> = [];
  for (const t of tables) {
    const existing = sheetIgnoringCase(names, t.sheet);
    let ws: Excel.Worksheet | null = null;
    const n = t.columns.length;
    const dropDowns = t.dropDowns ?? [];
    plan.op(OPERATION_BYTES * (6 + n) + dropDownBytes(dropDowns), () => {
      const w = existing ? worksheets.getItem(existing) : worksheets.add(t.sheet);
      ws = w;
      if (existing) {
        const all = w.getRange();
        all.clear("All");
        all.conditionalFormats.clearAll();
        all.dataValidation.clear();
        w.freezePanes.unfreeze();
      }
      if (n > 0) {
        const header = w.getRangeByIndexes(0, 0, 1, n);
        header.format.font.bold = true;
        header.format.fill.color = HEADER_FILL;
        header.format.wrapText = true;
        t.columns.forEach((c, j) => {
          w.getRangeByIndexes(0, j, 1, 1).format.columnWidth = columnWidthPoints(c.width ?? 14);
        });
        w.freezePanes.freezeRows(1);
        queueDropDowns(w, dropDowns, t.rows.length, n);
      }
    });
    report.push({ sheet: t.sheet, rows: t.rows.length, added: !existing });
    if (n === 0) continue;
    // Header first, then the rows; each block writes its values and the number formats of its columns.
    const grid = [t.columns.map((c) => protectCell(c.header)), ...t.rows.map((r) => outputRow(r, n))];
    const formatted = t.columns.map((c, j) => [j, c.numberFormat] as const).filter((f): f is readonly [number, string] => typeof f[1] === "string");
    const formatBytes = formatted.reduce((b, [, f]) => b + utf8Length(f) + FORMAT_CELL_BYTES, 0);
    const rowBytes = grid.map((row, i) => jsonBytes(row) + (i > 0 ? formatBytes : 0));
    plan.rows(
      rowBytes,
      (start, count) => {
        const target = ws;
        if (!target) throw new Error("internal: rows planned before their sheet");
        const dataStart = Math.max(start, 1);
        const dataCount = start + count - dataStart;
        if (dataCount > 0) {
          for (const [j, f] of formatted) target.getRangeByIndexes(dataStart, j, dataCount, 1).numberFormat = Array.from({ length: dataCount }, () => [f]);
        }
        target.getRangeByIndexes(start, 0, count, n).values = grid.slice(start, start + count);
      },
      OPERATION_BYTES * (1 + formatted.length),
    );
  }
  return { sheets: report };
}

/** Writing the output sheets as one step: the sheet names, then one request per ~4 MB. */
export async function writeOutputSheets(context: Excel.RequestContext, tables: ReadonlyArray<OutputTable>, options: WriteOptions = {}): Promise<WriteReport> {
  for (const t of tables) assertRewritable(t.sheet);
  const names = await loadSheetNames(context);
  const plan = new WritePlan(context, options.budgetBytes ?? CHUNK_BUDGET_BYTES);
  const report = planOutputSheets(plan, context, tables, names.names);
  await plan.run();
  return report;
}
