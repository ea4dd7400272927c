/**
 * The fake host itself: batching (PropertyNotLoaded before load + sync), request/response accounting and the
 * 5 MB limit, value parsing as Office.js does it (formula-looking text, quote prefix, Text format), object
 * resolution errors, conditional formats, validation and the snapshot.
 */
import { createFakeOffice, type FakeOfficeHost } from "../fake-office";

type Ctx = Excel.RequestContext;

function host(apiVersion = "1.12"): FakeOfficeHost {
  return createFakeOffice(
    {
      sheets: [
        { name: "Cá nhân", rows: [["Mã cán bộ", "Họ và tên"], ["CB001", "Nguyễn Văn A"], ["CB002", "Trần Thị B"]] },
        { name: "Trống" },
      ],
    },
    { apiVersion },
  );
}

async function run<T>(h: FakeOfficeHost, fn: (ctx: Ctx) => Promise<T>): Promise<T> {
  return (h.Excel as unknown as typeof Excel).run(fn as (ctx: Excel.RequestContext) => Promise<T>);
}

describe("fake Excel host: batching", () => {
  test("a property is readable only after load() and sync()", async () => {
    const h = host();
    await run(h, async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Cá nhân").getRange("A1:B2");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(range.values).toEqual([
        ["Mã cán bộ", "Họ và tên"],
        ["CB001", "Nguyễn Văn A"],
      ]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("writes reach the document only at sync; loaded values are the state at that sync", async () => {
    const h = host();
    await run(h, async (ctx) => {
      const cell = ctx.workbook.worksheets.getItem("Trống").getRange("B2");
      cell.values = [["x"]];
      expect(h.values("'Trống'!B2:B2")).toEqual([[""]]);
      cell.load("values");
      await ctx.sync();
      expect(h.values("'Trống'!B2:B2")).toEqual([["x"]]);
      expect(cell.values).toEqual([["x"]]);
      cell.values = [["y"]];
      expect(cell.values).toEqual([["x"]]);
      await ctx.sync();
    });
  });

  test("sync() is counted and each request is measured; Excel.run sends what is left queued", async () => {
    const h = host();
    await run(h, async (ctx) => {
      ctx.workbook.worksheets.getItem("Trống").getRange("A1").values = [["z"]];
      await ctx.sync();
      ctx.workbook.worksheets.getItem("Trống").getRange("A2").values = [["w"]];
    });
    expect(h.syncCount).toBe(2);
    expect(h.syncs[0].operations).toBe(1);
    expect(h.syncs[0].requestBytes).toBeGreaterThan(10);
    expect(h.values("'Trống'!A1:A2")).toEqual([["z"], ["w"]]);
  });

  test("a request over 5 MB is refused and nothing of it is applied", async () => {
    const h = host();
    const big = Array.from({ length: 3000 }, () => ["x".repeat(1000), "y".repeat(1000)]);
    await expect(
      run(h, async (ctx) => {
        ctx.workbook.worksheets.getItem("Trống").getRange("A1:B3000").values = big;
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(h.syncs[0].requestBytes).toBeGreaterThan(5_000_000);
    expect(h.sheet("Trống").usedRect(true)).toBeNull();
  });

  test("a response over 5 MB is refused", async () => {
    const h = host();
    await run(h, async (ctx) => {
      const half = Array.from({ length: 1500 }, () => ["x".repeat(1000), "y".repeat(1000)]);
      ctx.workbook.worksheets.getItem("Trống").getRange("A1:B1500").values = half;
      await ctx.sync();
      ctx.workbook.worksheets.getItem("Trống").getRange("A1501:B3000").values = half;
      await ctx.sync();
    });
    await expect(
      run(h, async (ctx) => {
        ctx.workbook.worksheets.getItem("Trống").getUsedRange(true).load("values");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  test("a missing sheet fails at sync (ItemNotFound); the OrNullObject variant reports isNullObject", async () => {
    const h = host();
    await expect(
      run(h, async (ctx) => {
        ctx.workbook.worksheets.getItem("Không có").load("name");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    await run(h, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject("Không có");
      const ok = ctx.workbook.worksheets.getItemOrNullObject("cá NHÂN");
      expect(() => ws.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(ws.isNullObject).toBe(true);
      expect(ok.isNullObject).toBe(false);
    });
  });

  test("APIs above the host's ExcelApi version fail with ApiNotFound", async () => {
    const h = host("1.8");
    await expect(
      run(h, async (ctx) => {
        ctx.workbook.worksheets.getItem("Cá nhân").getRanges("A1, B2").load("address");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    expect((h.Office as { context: { requirements: { isSetSupported(n: string, v: string): boolean } } }).context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(false);
    expect((h.Office as { context: { requirements: { isSetSupported(n: string, v: string): boolean } } }).context.requirements.isSetSupported("ExcelApi", "1.8")).toBe(true);
  });
});

describe("fake Excel host: ranges worked out when the request runs", () => {
  test("getUsedRange().getRowsBelow(n).getEntireRow() is the rows below the data as it is at that point of the batch", async () => {
    const h = host();
    await run(h, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Cá nhân");
      ws.getRange("A4:B4").values = [["CB003", "Lê Văn C"]];
      const below = ws.getUsedRange(true).getRowsBelow(2).getEntireRow();
      below.load("address,rowIndex,columnIndex,columnCount");
      below.getColumn(1).values = [["x"], ["y"]];
      await ctx.sync();
      expect(below.address).toBe("'Cá nhân'!5:6");
      expect([below.rowIndex, below.columnIndex, below.columnCount]).toEqual([4, 0, 16_384]);
      const column = ws.getRange("B3").getEntireColumn();
      column.load("address");
      await ctx.sync();
      expect(column.address).toBe("'Cá nhân'!B:B");
    });
    expect(h.values("'Cá nhân'!A4:B6")).toEqual([
      ["CB003", "Lê Văn C"],
      ["", "x"],
      ["", "y"],
    ]);
  });
});

describe("fake Excel host: what Excel makes of assigned values", () => {
  async function writeAndRead(h: FakeOfficeHost, input: unknown[][], numberFormat?: string) {
    return run(h, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Trống").getRange(`A1:A${input.length}`);
      if (numberFormat) r.numberFormat = input.map(() => [numberFormat]);
      r.values = input as string[][];
      r.load("values,formulas");
      await ctx.sync();
      return { values: r.values.map((x) => x[0]), formulas: r.formulas.map((x) => x[0]) };
    });
  }

  test("strings starting with =, + or - (and @) become formulas; numbers and dates are converted", async () => {
    const got = await writeAndRead(createHost(), [["=SUM(1,2)"], ["-abc"], ["+xyz"], ["@abc"], ["-12.5"], ["001"], ["2025-01-02"], ["1/2/2025"], ["TRUE"], ["#N/A"], ["văn bản"]]);
    expect(got.formulas).toEqual(["=SUM(1,2)", "=-abc", "=+xyz", "=@abc", -12.5, 1, 45659, "1/2/2025", true, "#N/A", "văn bản"]);
    expect(got.values.slice(0, 4)).toEqual(["#NAME?", "#NAME?", "#NAME?", "#NAME?"]);
  });

  test("a leading apostrophe stores the rest as text (quote prefix), never as a formula", async () => {
    const h = createHost();
    const got = await writeAndRead(h, [["'=SUM(1,2)"], ["'-abc"], ["'001"], ["''quoted"]]);
    expect(got.values).toEqual(["=SUM(1,2)", "-abc", "001", "'quoted"]);
    expect(got.formulas).toEqual(["=SUM(1,2)", "-abc", "001", "'quoted"]);
    expect(h.sheet("Trống").cell(0, 0)?.format.quotePrefix).toBe(true);
  });

  test("a cell formatted as Text (@) keeps the string as typed", async () => {
    const got = await writeAndRead(createHost(), [["=SUM(1,2)"], ["+abc"], ["001"]], "@");
    expect(got.values).toEqual(["=SUM(1,2)", "+abc", "001"]);
    expect(got.formulas).toEqual(["=SUM(1,2)", "+abc", "001"]);
  });

  test("an array of the wrong size is refused (InvalidArgument)", async () => {
    await expect(
      run(createHost(), async (ctx) => {
        ctx.workbook.worksheets.getItem("Trống").getRange("A1:B2").values = [["a", "b"]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  function createHost() {
    return host();
  }
});

describe("fake Excel host: conditional formats, validation, snapshot", () => {
  test("custom conditional formats are added first, listed, read back and deleted", async () => {
    const h = host();
    const before = h.snapshot("Cá nhân");
    await run(h, async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Cá nhân").getRange("A2:A3");
      const cf = range.conditionalFormats.add("Custom");
      cf.custom.rule.formula = '=N("mark")=0';
      cf.custom.format.fill.color = "#ffc7ce";
      await ctx.sync();
    });
    expect(h.snapshot("Cá nhân")).not.toBe(before);
    expect(h.snapshot("Cá nhân", { excludeConditionalFormat: (cf) => cf.formula === '=N("mark")=0' })).toBe(before);
    await run(h, async (ctx) => {
      const cfs = ctx.workbook.worksheets.getItem("Cá nhân").getRange().conditionalFormats;
      cfs.load("items/type");
      await ctx.sync();
      expect(cfs.items.map((i) => i.type)).toEqual(["Custom"]);
      const rule = cfs.items[0].custom.rule.load("formula");
      await ctx.sync();
      expect(rule.formula).toBe('=N("mark")=0');
      cfs.items[0].delete();
      await ctx.sync();
    });
    expect(h.snapshot("Cá nhân")).toBe(before);
  });

  test("data validation rules are stored per range and replace the rule of the cells they cover", async () => {
    const h = host();
    await run(h, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Trống");
      ws.getRange("C2:C10").dataValidation.rule = { list: { inCellDropDown: true, source: "=DanhMuc!$A$2:$A$3" } };
      ws.getRange("C5:C6").dataValidation.rule = { wholeNumber: { formula1: 0, operator: "GreaterThan" } };
      const dv = ws.getRange("C2:C4").dataValidation.load("type,rule");
      const mixed = ws.getRange("C2:C10").dataValidation.load("type");
      await ctx.sync();
      expect(dv.type).toBe("List");
      expect(mixed.type).toBe("Inconsistent");
    });
    expect(h.sheet("Trống").validations.map((v) => [v.rect.r0, v.rect.r1])).toEqual([
      [1, 3],
      [6, 9],
      [4, 5],
    ]);
  });

  test("an in-cell list with its input message and warning alert reads back; an alert style outside the enum is refused", async () => {
    const h = host();
    await run(h, async (ctx) => {
      const dv = ctx.workbook.worksheets.getItem("Trống").getRange("D2:D4").dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: "Chờ rà soát,Đồng ý,Trả lại" } };
      dv.prompt = { showPrompt: true, title: "Trạng thái", message: "Chọn trong danh sách." };
      dv.errorAlert = { showAlert: true, style: "Warning", title: "Ngoài danh sách", message: "Nên chọn trong danh sách." };
      const back = ctx.workbook.worksheets.getItem("Trống").getRange("D3").dataValidation.load("type,rule,prompt,errorAlert");
      await ctx.sync();
      expect(back.type).toBe("List");
      expect(back.rule).toEqual({ list: { inCellDropDown: true, source: "Chờ rà soát,Đồng ý,Trả lại" } });
      expect(back.prompt).toEqual({ showPrompt: true, title: "Trạng thái", message: "Chọn trong danh sách." });
      expect(back.errorAlert).toMatchObject({ style: "Warning" });
    });
    await expect(
      run(h, async (ctx) => {
        const dv = ctx.workbook.worksheets.getItem("Trống").getRange("D2:D4").dataValidation;
        dv.errorAlert = { showAlert: true, style: "warning" as Excel.DataValidationAlertStyle, title: "x", message: "y" };
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("the snapshot sees values, formats, widths, frozen panes and validation, not the selection", async () => {
    const h = host();
    const before = h.snapshot("Cá nhân");
    await run(h, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Cá nhân");
      ws.activate();
      ws.getRange("B2").select();
      await ctx.sync();
    });
    expect(h.snapshot("Cá nhân")).toBe(before);
    expect(h.selection()).toEqual({ sheet: "Cá nhân", address: "Cá nhân!B2" });
    for (const change of [
      (ctx: Ctx) => (ctx.workbook.worksheets.getItem("Cá nhân").getRange("A1").format.font.bold = true),
      (ctx: Ctx) => (ctx.workbook.worksheets.getItem("Cá nhân").getRange("C1").format.columnWidth = 80),
      (ctx: Ctx) => ctx.workbook.worksheets.getItem("Cá nhân").freezePanes.freezeRows(1),
      (ctx: Ctx) => (ctx.workbook.worksheets.getItem("Cá nhân").getRange("B3").values = [["Trần Thị C"]]),
    ]) {
      const h2 = host();
      const b = h2.snapshot("Cá nhân");
      await run(h2, async (ctx) => {
        change(ctx);
        await ctx.sync();
      });
      expect(h2.snapshot("Cá nhân")).not.toBe(b);
    }
  });
});
