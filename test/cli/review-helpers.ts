/** Workbooks for the review CLI tests: the bundled sample plus a reviewed `Đề nghị` (as people type into it). */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { run } from "../../src/cli/cli";
import { samplePath } from "../../src/node/paths";

export async function thidua(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(argv, { out: (s) => (out += s.endsWith("\n") ? s : `${s}\n`), err: (s) => (err += s.endsWith("\n") ? s : `${s}\n`) });
  return { code, out, err };
}

export async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Copies a sheet's values (not formats) into another workbook. */
export function copySheet(from: ExcelJS.Worksheet, to: ExcelJS.Workbook, hidden = false): ExcelJS.Worksheet {
  const ws = to.addWorksheet(from.name, { state: hidden ? "hidden" : "visible" });
  from.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      ws.getCell(r, c).value = cell.value;
    });
  });
  return ws;
}

export type Typing = ReadonlyArray<{ subject: string; title: string; status?: string; reviewer?: string; time?: string; comment?: string }>;

/** Types reviews into a `Đề nghị` worksheet by header name, like a council member would. */
export function typeReviews(ws: ExcelJS.Worksheet, typing: Typing): void {
  const header: string[] = [];
  ws.getRow(1).eachCell((c, i) => (header[i] = String(c.value)));
  const col = (h: string): number => {
    const i = header.indexOf(h);
    if (i < 0) throw new Error(`no column ${h}`);
    return i;
  };
  for (const t of typing) {
    let found = 0;
    ws.eachRow((row, r) => {
      if (r === 1 || String(row.getCell(col("Mã đối tượng")).value) !== t.subject) return;
      const title = String(row.getCell(col("Danh hiệu/Hình thức")).value);
      if (!title.startsWith(t.title)) return;
      found = r;
    });
    if (!found) throw new Error(`no row for ${t.subject} ${t.title}`);
    const row = ws.getRow(found);
    if (t.status !== undefined) row.getCell(col("Trạng thái rà soát")).value = t.status;
    if (t.reviewer !== undefined) row.getCell(col("Người rà soát")).value = t.reviewer;
    if (t.time !== undefined) row.getCell(col("Thời gian rà soát")).value = t.time;
    if (t.comment !== undefined) row.getCell(col("Ý kiến")).value = t.comment;
  }
}

/**
 * The sample tracking workbook with the product's `Đề nghị`, `Nhật ký` and hidden `Dữ kiện rà soát` copied in from
 * a `rank --out` result, reviews typed, then `edit` applied to the tracking sheets.
 */
export async function reviewedWorkbook(result: string, file: string, typing: Typing, edit: (wb: ExcelJS.Workbook) => void = () => undefined): Promise<string> {
  const wb = await open(samplePath());
  const res = await open(result);
  const proposals = copySheet(res.getWorksheet("Đề nghị")!, wb);
  typeReviews(proposals, typing);
  copySheet(res.getWorksheet("Nhật ký")!, wb);
  copySheet(res.getWorksheet("Dữ kiện rà soát")!, wb, true);
  edit(wb);
  await wb.xlsx.writeFile(file);
  return file;
}

export async function mkdir(prefix: string): Promise<string> {
  return fs.mkdtemp(path.join((await import("node:os")).tmpdir(), prefix));
}
