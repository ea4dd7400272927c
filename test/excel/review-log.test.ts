/** Appending the pane's ranking / generation rows to `Nhật ký` with their ids, on the fake host. */
import { idSource, logRow, readLogSheet, type LogRow } from "../../src/core/review";
import { appendLogAction } from "../../src/excel/review-log";
import { createFakeOffice, type FakeSheetInit } from "../fake-office";
import { measure } from "./helpers";

const LOG = "Nhật ký";
const ids = idSource("pane_test01");
const rows = (n: number): LogRow[] =>
  Array.from({ length: n }, (_, i) => logRow({ id: ids.next(), time: `2025-11-2${i % 10}T08:00:00`, actor: "Văn thư", action: i % 2 ? "generate" : "rank", target: `Năm 2025 #${i}`, stamp: "sha256:ab", ruleSet: "ND152-2025" }));

function host(log?: FakeSheetInit) {
  return createFakeOffice({ sheets: [{ name: "Cấu hình", rows: [["Tham số", "Giá trị"], ["Năm thi đua", 2025]] }, ...(log ? [log] : [])] });
}

describe("appendLogEntries", () => {
  test("into an existing log: below the last row, times formatted, 4 round trips whatever the log's length", async () => {
    const existing = [["Thời gian", "Người thực hiện", "Thao tác", "Đối tượng", "Dấu dữ liệu", "Bộ quy tắc", "Mã dòng"], ...Array.from({ length: 2000 }, (_, i) => [46000 + i / 100, "A", "Xếp hạng", `x${i}`, "s", "ND152-2025", `old-${i}`])];
    const h = host({ name: LOG, rows: existing });
    const added = rows(3);
    const { result, syncs } = await measure(h, () => appendLogAction(added));
    expect(result).toEqual({ ok: true, firstRow: 2002, attempts: 1 });
    expect(syncs).toHaveLength(4);
    const log = readLogSheet({ name: LOG, values: h.values(LOG) });
    expect(log).toHaveLength(2003);
    expect(log.slice(2000)).toEqual(added);
    expect(h.sheet(LOG).cell(2001, 0)?.format.numberFormat).toBe("dd/mm/yyyy hh:mm:ss");
  });

  test("a hand-made log with columns moved and no id column: rows follow its layout, the id column is added and hidden", async () => {
    const h = host({ name: LOG, rows: [["Nhật ký thi đua"], ["Thao tác", "Thời gian", "Người thực hiện", "Đối tượng", "Dấu dữ liệu", "Bộ quy tắc"], ["Họp", "20/11/2025 08:00", "Văn thư", "Biên bản", "", ""]] });
    const added = rows(1);
    const { result } = await measure(h, () => appendLogAction(added));
    expect(result).toMatchObject({ ok: true, firstRow: 4 });
    const values = h.values(LOG);
    expect(values[1][6]).toBe("Mã dòng");
    expect(values[3].slice(0, 1)).toEqual(["Xếp hạng"]);
    expect(h.sheet(LOG).hiddenColumns.has(6)).toBe(true);
    const log = readLogSheet({ name: LOG, values });
    expect(log.map((r) => r.action)).toEqual(["Họp", "Xếp hạng"]);
    expect(log[1]).toEqual(added[0]);
  });

  test("no log yet: created with the header, id column hidden", async () => {
    const h = host();
    const added = rows(2);
    const { result } = await measure(h, () => appendLogAction(added));
    expect(result).toEqual({ ok: true, firstRow: 2, attempts: 1 });
    expect(readLogSheet({ name: LOG, values: h.values(LOG) })).toEqual(added);
    expect(h.sheet(LOG).hiddenColumns.has(6)).toBe(true);
  });
});
