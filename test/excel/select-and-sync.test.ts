/** Selecting a cell by address; the sync timeout and retry; errors with message keys; feature checks. */
import {
  BadAddressError,
  ExcelHostError,
  ExcelSyncTimeoutError,
  SheetNotFoundError,
  degradeMessages,
  detectFeatures,
  goToCell,
  parseCellAddress,
  readWorkbook,
  requireExcelApi,
  runExcel,
  syncWithin,
} from "../../src/excel";
import { translator } from "../../src/i18n";
import { clerkHost, clerkSnapshots, measure } from "./helpers";

describe("goToCell", () => {
  test("activates the sheet and selects the cell in one round trip, changing nothing", async () => {
    const host = clerkHost(10);
    const before = clerkSnapshots(host);
    const { syncs } = await measure(host, () => goToCell("'Xếp loại'!C5"));
    expect(syncs.length).toBe(1);
    expect(host.selection()).toEqual({ sheet: "Xếp loại", address: "Xếp loại!C5" });
    await measure(host, () => goToCell("Cá nhân!$B$7"));
    expect(host.selection()).toEqual({ sheet: "Cá nhân", address: "Cá nhân!B7" });
    expect(clerkSnapshots(host)).toEqual(before);
  });

  test("a missing sheet and a bad address give their own errors with message keys", async () => {
    const host = clerkHost(3);
    await expect(measure(host, () => goToCell("Đã xóa!A1"))).rejects.toBeInstanceOf(SheetNotFoundError);
    await expect(measure(host, () => goToCell("A1"))).rejects.toBeInstanceOf(BadAddressError);
    await expect(measure(host, () => goToCell("Cá nhân!1A"))).rejects.toMatchObject({ msg: { key: "excel.error.badAddress" } });
  });

  test("parseCellAddress understands quoted names with apostrophes", () => {
    expect(parseCellAddress("'Bà O''Brien'!a1:b2")).toEqual({ sheet: "Bà O'Brien", cell: "A1:B2" });
  });
});

describe("sync timeout and retry", () => {
  test("a sync that never answers stops the action with a retryable timeout error", async () => {
    const host = clerkHost(3);
    host.hangNextSyncs(1);
    const started = Date.now();
    const err = await measure(host, () => readWorkbook({ timeoutMs: 50, retries: 0 })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExcelSyncTimeoutError);
    expect((err as ExcelSyncTimeoutError).retryable).toBe(true);
    expect(translator("vi")((err as ExcelSyncTimeoutError).msg.key, (err as ExcelSyncTimeoutError).msg.params)).toContain("Thử lại");
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  test("a read-only action retries by itself once after a timeout and then succeeds", async () => {
    const host = clerkHost(3);
    host.hangNextSyncs(1);
    const { result, syncs } = await measure(host, () => readWorkbook({ timeoutMs: 50 }));
    expect(result.grids.sheets.length).toBe(4);
    expect(syncs[0].failed).toBe("hang");
    expect(syncs.slice(1).every((s) => !s.failed)).toBe(true);
  });

  test("Office.js errors come out as ExcelHostError with their code; cell-edit mode is a retryable 'busy' message", async () => {
    const host = clerkHost(3);
    const err = await measure(host, () =>
      runExcel(async (ctx) => {
        ctx.workbook.worksheets.getItem("Cá nhân").getRange("A1:B2").values = [["x"]];
        await syncWithin(ctx);
      }),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExcelHostError);
    expect(err).toMatchObject({ code: "InvalidArgument", msg: { key: "excel.error.general" } });
    const busy = new ExcelHostError("InvalidOperationInCellEditMode", "editing", null);
    expect(busy.retryable).toBe(true);
    expect(busy.msg.key).toBe("excel.error.busy");
  });
});

describe("feature checks", () => {
  test("ExcelApi 1.9 present: no degrade message; 1.8 only: the RangeAreas message; below 1.8: unsupported", async () => {
    const check = (apiVersion: string) => {
      const host = clerkHost(1, { apiVersion }).install();
      try {
        const f = detectFeatures();
        return { f, msgs: degradeMessages(f).map((m) => m.key), throws: (() => { try { requireExcelApi(f); return false; } catch { return true; } })() };
      } finally {
        host.uninstall();
      }
    };
    expect(check("1.12")).toEqual({ f: { required: true, rangeAreas: true }, msgs: [], throws: false });
    expect(check("1.8")).toEqual({ f: { required: true, rangeAreas: false }, msgs: ["excel.degrade.rangeAreas"], throws: false });
    expect(check("1.7")).toEqual({ f: { required: false, rangeAreas: false }, msgs: ["excel.unsupported"], throws: true });
  });

  test("without Office.js at all the add-in reports itself unsupported", () => {
    expect(detectFeatures()).toEqual({ required: false, rangeAreas: false });
  });
});
