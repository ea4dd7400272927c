/**
 * "Khởi tạo": adds the tracking sheets the workbook lacks — headers, column widths, frozen header row, the
 * settings keys in `Cấu hình`, and drop-down lists drawn from the hidden list sheet — exactly as
 * src/core/schema/blank.ts lays them out for `thidua init`. Sheets that exist (under their name or an alias) are
 * not touched, nor is an existing list sheet. Round trips: one for the sheet names, one to add everything.
 */
import { blankSheets, LIST_SHEET, listColumns } from "../core/schema/blank";
import { findSheets } from "../core/read/find-sheet";
import { translator, type Translate } from "../i18n";
import { columnWidthPoints, HEADER_FILL } from "./layout";
import { syncWithin } from "./sync";
import { protectCell } from "./text-safety";

export interface InitReport {
  /** Names of the sheets added, in the order added. */
  readonly added: ReadonlyArray<string>;
}

export interface InitOptions {
  /** Language of the drop-down error alert (default Vietnamese). */
  readonly t?: Translate;
}

export async function addMissingSheets(context: Excel.RequestContext, options: InitOptions = {}): Promise<InitReport> {
  const t = options.t ?? translator("vi");
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await syncWithin(context);
  const names = worksheets.items.map((s) => s.name);
  const found = findSheets({ sheets: names.map((name) => ({ name, values: [] })) });
  const missing = blankSheets().filter((s) => !found[s.id]);
  const hasLists = names.some((n) => n.toLocaleLowerCase() === LIST_SHEET.toLocaleLowerCase());
  const added: string[] = [];
  if (missing.length === 0) return { added };

  context.workbook.application.suspendApiCalculationUntilNextSync();
  for (const s of missing) {
    const ws = worksheets.add(s.name);
    const n = s.headers.length;
    const top = ws.getRangeByIndexes(0, 0, 1 + s.rows.length, n);
    top.values = [s.headers.map(protectCell), ...s.rows.map((r) => Array.from({ length: n }, (_, c) => protectCell(r[c] ?? "")))];
    const header = ws.getRangeByIndexes(0, 0, 1, n);
    header.format.font.bold = true;
    header.format.fill.color = HEADER_FILL;
    header.format.wrapText = true;
    s.widths.forEach((w, c) => {
      ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = columnWidthPoints(w);
    });
    ws.freezePanes.freezeRows(1);
    for (const v of s.validations) {
      const dv = ws.getRange(v.range).dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: `=${v.ref}` } };
      dv.errorAlert = { showAlert: true, style: "Warning", title: t("excel.validation.title"), message: t("excel.validation.message") };
    }
    added.push(s.name);
  }
  if (!hasLists) {
    const lists = listColumns();
    const height = 1 + Math.max(...lists.map((l) => l.values.length));
    const grid = Array.from({ length: height }, (_, r) => lists.map((l) => protectCell(r === 0 ? l.header : (l.values[r - 1] ?? ""))));
    const ws = worksheets.add(LIST_SHEET);
    ws.getRangeByIndexes(0, 0, height, lists.length).values = grid;
    ws.visibility = "Hidden";
    added.push(LIST_SHEET);
  }
  await syncWithin(context);
  return { added };
}
