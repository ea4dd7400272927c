/** The write plan of an action: its steps' writes packed into ~4 MB requests, in order, rows cut where a request is full. */
import { WritePlan } from "../../src/excel/write-plan";
import { createFakeOffice } from "../fake-office";
import { measure } from "./helpers";

const noContext = {} as Excel.RequestContext;

/** The plan's requests as [kind, start, count] parts (ops as ["op", 0, 0]). */
function shape(plan: WritePlan): Array<Array<[string, number, number]>> {
  return plan.requests().map((r) => r.map((p) => [p.item.kind, p.start, p.count]));
}

describe("packing", () => {
  test("small operations and rows of several sheets share one request while they fit", () => {
    const plan = new WritePlan(noContext, 100).op(5, () => undefined).rows([10, 10], () => undefined, 0).op(5, () => undefined).rows([10, 10, 10], () => undefined, 0);
    expect(shape(plan)).toEqual([
      [
        ["op", 0, 0],
        ["rows", 0, 2],
        ["op", 0, 0],
        ["rows", 0, 3],
      ],
    ]);
  });

  test("a block of rows is cut exactly where a request is full; the next request goes on from there", () => {
    const plan = new WritePlan(noContext, 30).op(5, () => undefined).rows([10, 10, 10, 10, 10], () => undefined, 0);
    expect(shape(plan)).toEqual([
      [
        ["op", 0, 0],
        ["rows", 0, 2],
      ],
      [["rows", 2, 3]],
    ]);
  });

  test("each block's own bytes count; a row larger than the budget goes alone; an operation that does not fit starts a request", () => {
    const plan = new WritePlan(noContext, 30).rows([8, 40, 8], () => undefined, 4).op(25, () => undefined);
    expect(shape(plan)).toEqual([[["rows", 0, 1]], [["rows", 1, 1]], [["rows", 2, 1]], [["op", 0, 0]]]);
  });

  test("order is kept: every part of the plan comes after the ones added before it", () => {
    const sizes = [3, 7, 2, 9, 4, 4, 6, 1, 8];
    const plan = new WritePlan(noContext, 12);
    sizes.forEach((n, i) => (i % 2 ? plan.op(n, () => undefined) : plan.rows(Array.from({ length: n }, () => 2), () => undefined, 1)));
    const flat = plan.requests().flat();
    const items = flat.map((p) => p.item);
    expect(items.filter((x, i) => i === 0 || x !== items[i - 1])).toHaveLength(sizes.length);
    for (const r of plan.requests()) {
      const bytes = r.reduce((n, p) => n + (p.item.kind === "op" ? p.item.bytes : p.item.blockBytes + p.item.rowBytes.slice(p.start, p.start + p.count).reduce((a, b) => a + b, 0)), 0);
      expect(r.length === 1 || bytes <= 12).toBe(true);
    }
  });
});

describe("running on the fake host", () => {
  test("one sync per request, calculation suspended in each; keepLast leaves the last request for the caller's sync", async () => {
    const host = createFakeOffice({ sheets: [{ name: "KQ Xếp hạng" }, { name: "Đề nghị" }] });
    const { result, syncs } = await measure(host, () =>
      Excel.run(async (ctx) => {
        const plan = new WritePlan(ctx, 200);
        const a = ctx.workbook.worksheets.getItem("KQ Xếp hạng");
        const b = ctx.workbook.worksheets.getItem("Đề nghị");
        const rows = Array.from({ length: 6 }, (_, i) => [`dòng ${i}`]);
        plan.rows(rows.map(() => 60), (start, count) => (a.getRangeByIndexes(start, 0, count, 1).values = rows.slice(start, start + count)), 0);
        plan.op(10, () => (b.getRange("A1").values = [["xong"]]));
        const requests = await plan.run({ keepLast: true });
        const last = b.getRange("A1");
        last.load("values");
        await ctx.sync();
        return { requests, last: last.values };
      }),
    );
    expect(result.requests).toBe(2);
    expect(result.last).toEqual([["xong"]]);
    expect(syncs).toHaveLength(2);
    expect(syncs.every((s) => s.calculationSuspended)).toBe(true);
    expect(host.values("KQ Xếp hạng").map((r) => r[0])).toEqual(Array.from({ length: 6 }, (_, i) => `dòng ${i}`));
  });
});
