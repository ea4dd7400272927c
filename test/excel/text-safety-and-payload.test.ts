/** Which strings get Excel's quote prefix, and how rows are cut into ~4 MB requests. */
import { needsQuotePrefix, protectCell } from "../../src/excel";
import { jsonBytes, packRequests, planRowChunks, utf8Length } from "../../src/excel/payload";
import { createFakeOffice } from "../fake-office";

describe("text safety", () => {
  test.each(["=A1", "+84", "-", "-abc", "@x", "'a", " lead", "001", "12.500", "85,5 %", "1/2/2025", "2025-01-02", "12:30", "1e5", "TRUE", "false", "#N/A", "#REF!", "Jan 5", "5-Mar-2025"])(
    "%j is quote-prefixed",
    (s) => expect(needsQuotePrefix(s)).toBe(true),
  );

  test.each(["Nguyễn Văn A", "CB001", "Chi cục THADS khu vực 1", "ND152-2025", "HTXSNV", "Bộ, ngành, tỉnh", "", "a=b", "x-1"])("%j is written as is", (s) =>
    expect(needsQuotePrefix(s)).toBe(false),
  );

  test("numbers, booleans and empty cells keep their type; non-finite numbers become empty", () => {
    expect([12.5, true, null, undefined, Number.NaN, Infinity].map(protectCell)).toEqual([12.5, true, "", "", "", ""]);
  });

  test("every string comes back from (fake) Excel exactly as written, as text", async () => {
    const host = createFakeOffice({ sheets: [{ name: "KQ Kiểm tra" }] });
    const strings = ["=A1", "+84", "-", "@x", "'a", " lead", "001", "1/2/2025", "TRUE", "#N/A", "Jan 5", "Nguyễn", "CB001", "a=b"];
    await (host.Excel as unknown as typeof Excel).run(async (ctx) => {
      ctx.workbook.worksheets.getItem("KQ Kiểm tra").getRange(`A1:A${strings.length}`).values = strings.map((s) => [protectCell(s)]);
      await ctx.sync();
    });
    expect(host.values("KQ Kiểm tra").map((r) => r[0])).toEqual(strings);
  });
});

describe("payload planning", () => {
  test("utf8Length counts bytes as UTF-8 does", () => {
    for (const s of ["abc", "Nguyễn Thị Hà", "Đ", "😀", "\u0000"]) expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
    expect(jsonBytes([["a", 1]])).toBe('[["a",1]]'.length);
  });

  test("planRowChunks cuts consecutive rows under the budget; an oversized row goes alone", () => {
    expect(planRowChunks([3, 3, 3, 3, 3], 7)).toEqual([
      { start: 0, count: 2 },
      { start: 2, count: 2 },
      { start: 4, count: 1 },
    ]);
    expect(planRowChunks([1, 20, 1], 7)).toEqual([
      { start: 0, count: 1 },
      { start: 1, count: 1 },
      { start: 2, count: 1 },
    ]);
    expect(planRowChunks([], 7)).toEqual([]);
  });

  test("packRequests keeps order and the budget, counting the first request's own overhead", () => {
    const p = (bytes: number) => ({ bytes });
    expect(packRequests([p(3), p(3), p(3)], 7).map((r) => r.length)).toEqual([2, 1]);
    expect(packRequests([p(3), p(3), p(3)], 7, 5).map((r) => r.length)).toEqual([1, 2]);
  });
});
