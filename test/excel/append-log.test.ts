/** `Nhật ký` is append-only: rows are added below, nothing above changes. */
import { appendLog } from "../../src/excel";
import { FIVE_MB, clerkHost, clerkSnapshots, measure } from "./helpers";

const LOG = "Nhật ký";
const COLUMNS = [
  { header: "Thời gian", width: 20 },
  { header: "Người thực hiện", width: 20 },
  { header: "Thao tác", width: 16 },
  { header: "Đối tượng", width: 20 },
  { header: "Dấu dữ liệu", width: 20 },
  { header: "Bộ quy tắc", width: 12 },
];

function rows(n: number, from = 0) {
  return Array.from({ length: n }, (_, i) => [`2025-11-${String(1 + ((from + i) % 28)).padStart(2, "0")}T08:00:00`, "Văn thư", "Xếp hạng", `CB${from + i}`, `=sha:${from + i}`, "ND152-2025"]);
}

describe("appendLogRows", () => {
  test("adds the log sheet with its header when missing, then appends below the last row", async () => {
    const host = clerkHost(5);
    const first = await measure(host, () => appendLog(COLUMNS, rows(3)));
    expect(first.result).toEqual({ firstRow: 2, count: 3, added: true });
    expect(first.syncs.length).toBe(2);
    const afterFirst = host.values(LOG);
    expect(afterFirst[0]).toEqual(COLUMNS.map((c) => c.header));
    expect(afterFirst[1][4]).toBe("=sha:0");
    expect(host.sheet(LOG).frozen.rows).toBe(1);

    const second = await measure(host, () => appendLog(COLUMNS, rows(2, 3)));
    expect(second.result).toEqual({ firstRow: 5, count: 2, added: false });
    expect(second.syncs.length).toBe(3);
    const afterSecond = host.values(LOG);
    expect(afterSecond.slice(0, 4)).toEqual(afterFirst);
    expect(afterSecond.slice(4).map((r) => r[3])).toEqual(["CB3", "CB4"]);
  });

  test("the log only grows: earlier rows keep their values and formats (even ones a person edited)", async () => {
    const host = clerkHost(5);
    await measure(host, () => appendLog(COLUMNS, rows(4)));
    const s = host.sheet(LOG);
    s.ensureCell(2, 5).format.fill = "#FFFF00";
    s.ensureCell(6, 0).value = "dòng do người dùng thêm";
    const before = host.snapshot(LOG);
    const oldCells = JSON.parse(before).cells as unknown[];
    await measure(host, () => appendLog(COLUMNS, rows(3, 4)));
    const after = JSON.parse(host.snapshot(LOG));
    expect(after.cells.slice(0, oldCells.length)).toEqual(oldCells);
    expect(host.values(LOG).length).toBe(10);
    expect(host.values(LOG)[7][3]).toBe("CB4");
  });

  test("appending touches no other sheet; 100 and 10,000 rows take the same round trips, requests stay under 5 MB", async () => {
    const host = clerkHost(5);
    await measure(host, () => appendLog(COLUMNS, rows(1)));
    const before = clerkSnapshots(host, [LOG]);
    const small = await measure(host, () => appendLog(COLUMNS, rows(100)));
    const big = await measure(host, () => appendLog(COLUMNS, rows(10_000)));
    expect(big.syncs.length).toBe(small.syncs.length);
    expect([...small.syncs, ...big.syncs].every((s) => s.requestBytes < FIVE_MB && !s.failed)).toBe(true);
    // Only the write carries data, with calculation suspended.
    for (const m of [small, big]) expect(m.syncs.map((s) => s.calculationSuspended)).toEqual([false, false, true]);
    expect(clerkSnapshots(host, [LOG])).toEqual(before);
    expect(host.values(LOG).length).toBe(1 + 1 + 100 + 10_000);
  });
});
