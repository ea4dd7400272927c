/** Reading the tracking sheets on the fake host: grids, offsets, round trips, chunking, nothing changed. */
import { readGrids, readWorkbook, sheetsToRead } from "../../src/excel";
import { checkWorkbook } from "../../src/core/check";
import { CHUNK_BUDGET_BYTES } from "../../src/excel/payload";
import { FIVE_MB, clerkHost, clerkSnapshots, measure } from "./helpers";

describe("readGrids", () => {
  test("reads the tracking sheets found by name or alias, in workbook order, with their offsets", async () => {
    const host = clerkHost(30, {}, [{ name: "Can bo du phong", rows: [["x"]] }, { name: "Đề nghị", rows: [["STT"], [1]] }]);
    const { result } = await measure(host, () => readWorkbook());
    expect(result.sheetNames).toEqual(["Cấu hình", "Đơn vị", "Cá nhân", "Xếp loại", "Ghi chú riêng", "Can bo du phong", "Đề nghị"]);
    expect(result.grids.sheets.map((s) => s.name)).toEqual(["Cấu hình", "Đơn vị", "Cá nhân", "Xếp loại"]);
    const units = result.grids.sheets[1];
    expect(units.rowOffset).toBe(0);
    expect(units.colOffset).toBe(1);
    expect(units.values[0][0]).toBe("DANH SÁCH ĐƠN VỊ");
    expect(units.values[2]).toEqual(["Mã đơn vị", "Tên đơn vị", "Loại", "Khối thi đua", "Số biên chế"]);
    const people = result.grids.sheets[2];
    expect(people.values).toEqual(host.values("Cá nhân"));
    expect(people.values.length).toBe(32);
    expect(people.values[2][2]).toBe("=SUM(A1:A3)");
    expect(people.values[9][2]).toBe("#N/A");

    const withProposals = await measure(host, () => readWorkbook({ include: ["De nghi"] }));
    expect(withProposals.result.grids.sheets.map((s) => s.name)).toEqual(["Cấu hình", "Đơn vị", "Cá nhân", "Xếp loại", "Đề nghị"]);
  });

  test("the grids feed the core: the check finds the people and reports cells with their real addresses", async () => {
    const host = clerkHost(30);
    const { result } = await measure(host, () => readWorkbook());
    const check = checkWorkbook(result.grids);
    expect(check.data.people.length).toBe(30);
    const formulaError = check.issues.find((i) => i.code === "FORMULA_ERROR");
    expect(formulaError).toMatchObject({ sheet: "Cá nhân", cell: "C10" });
  });

  test("three round trips for an ordinary workbook; every value read exactly once; nothing changes", async () => {
    const host = clerkHost(100);
    const before = clerkSnapshots(host);
    const { syncs } = await measure(host, () => readWorkbook());
    expect(syncs.length).toBe(3);
    expect(syncs.every((s) => s.requestBytes < FIVE_MB && s.responseBytes < FIVE_MB && !s.failed)).toBe(true);
    expect(host.runtime.notLoadedReads).toEqual([]);
    expect(clerkSnapshots(host)).toEqual(before);
  });

  test("100 and 10,000 rows take the same number of round trips (both under one ~4 MB chunk)", async () => {
    const small = await measure(clerkHost(100), () => readWorkbook());
    const big = await measure(clerkHost(10_000), () => readWorkbook());
    const bigData = big.syncs.reduce((n, s) => n + s.responseBytes, 0);
    expect(bigData).toBeGreaterThan(1_000_000);
    expect(bigData).toBeLessThan(CHUNK_BUDGET_BYTES);
    expect(big.syncs.length).toBe(small.syncs.length);
    expect(big.result.grids.sheets[2].values.length).toBe(10_002);
  });

  test("a larger workbook is read in ~4 MB chunks: extra round trips only for the extra chunks", async () => {
    const host = clerkHost(40_000);
    const { result, syncs } = await measure(host, () => readWorkbook());
    const valueRequests = syncs.slice(2);
    const total = valueRequests.reduce((n, s) => n + s.responseBytes, 0);
    expect(total).toBeGreaterThan(CHUNK_BUDGET_BYTES);
    expect(syncs.every((s) => s.requestBytes < FIVE_MB && s.responseBytes < FIVE_MB && !s.failed)).toBe(true);
    expect(syncs.length).toBeLessThanOrEqual(4 + Math.ceil(total / CHUNK_BUDGET_BYTES) - 1);
    // Chunks are full, not per row or per sheet: a request takes rows from several sheets and is planned from the
    // size of the rows already read, so all but the last carry nearly the whole budget, and there are no more
    // requests than the bytes need.
    for (const s of valueRequests.slice(0, -1)) expect(s.responseBytes).toBeGreaterThan(CHUNK_BUDGET_BYTES * 0.85);
    expect(valueRequests).toHaveLength(Math.ceil(total / CHUNK_BUDGET_BYTES));
    expect(result.grids.sheets[2].values).toEqual(host.values("Cá nhân"));
    expect(result.grids.sheets[3].values).toEqual(host.values("Xếp loại"));
  });

  test("rows much longer than the sample: Excel's refusal is handled by splitting, and the data is complete", async () => {
    const rows = [["Mã đơn vị", "Tên đơn vị"], ...Array.from({ length: 60 }, (_, i) => [`DV${i}`, i < 25 ? "ngắn" : "dài ".repeat(40_000)])];
    const host = clerkHost(10, {}, []);
    host.workbook.sheets.splice(1, 1);
    const units = host.workbook.addSheet("Đơn vị");
    rows.forEach((r, i) => r.forEach((v, j) => (units.ensureCell(i, j).value = v)));
    const { result, syncs } = await measure(host, () => readWorkbook());
    expect(syncs.some((s) => s.failed === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    expect(syncs.filter((s) => !s.failed).every((s) => s.responseBytes < FIVE_MB)).toBe(true);
    const grid = result.grids.sheets.find((s) => s.name === "Đơn vị");
    expect(grid?.values).toEqual(rows);
  });

  test("sheetsToRead picks the first sheet per tracking sheet and the included ones", () => {
    expect(sheetsToRead(["Sheet1", "Ca nhan", "Cá nhân", "Xep loai", "Đề nghị"], ["Đề nghị"])).toEqual(["Ca nhan", "Xep loai", "Đề nghị"]);
  });

  test("an empty workbook reads nothing after the sheet names", async () => {
    const host = clerkHost(0);
    host.workbook.sheets = host.workbook.sheets.filter((s) => s.name === "Ghi chú riêng");
    const { result, syncs } = await measure(host, () => readWorkbook());
    expect(result.grids.sheets).toEqual([]);
    expect(syncs.length).toBe(1);
  });

  test("a step can run inside a caller's Excel.run", async () => {
    const host = clerkHost(5);
    const { result } = await measure(host, () => Excel.run((ctx) => readGrids(ctx)));
    expect(result.grids.sheets.length).toBe(4);
  });
});
