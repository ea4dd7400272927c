/**
 * Highlight rules: the only addition allowed in the clerk's sheets, all removable in one action. After removal
 * the clerk's sheets are byte-for-byte what they were; the clerk's own conditional formats are never touched.
 */
import { clearHighlights, highlight, isHighlightFormula, type HighlightTarget } from "../../src/excel";
import { cellRuns } from "../../src/excel/highlights";
import { FIVE_MB, clerkHost, clerkSnapshots, measure } from "./helpers";

const ours = { excludeConditionalFormat: (cf: { formula?: string }) => isHighlightFormula(cf.formula) };

function issues(n: number): HighlightTarget[] {
  const out: HighlightTarget[] = [];
  for (let i = 0; i < n; i++) {
    out.push({ sheet: "Cá nhân", cell: `C${3 + 2 * i}`, severity: "error" });
    if (i % 3 === 0) out.push({ sheet: "Cá nhân", cell: `E${3 + i}`, severity: "warning" });
  }
  out.push({ sheet: "Xếp loại", cell: "C2", severity: "warning" });
  out.push({ sheet: "Xếp loại", cell: "C2", severity: "error" });
  out.push({ sheet: "Cấu hình", cell: null, severity: "error" });
  out.push({ sheet: "Không có sheet này", cell: "A1", severity: "error" });
  return out;
}

describe("highlight rules", () => {
  test("highlights issue cells with our tagged rules; the rest of the clerk's sheets is unchanged; removal restores them exactly", async () => {
    const host = clerkHost(100, { apiVersion: "1.9" });
    const before = clerkSnapshots(host);
    const added = await measure(host, () => highlight(issues(10)));
    expect(added.syncs.length).toBeLessThanOrEqual(4);
    expect(added.result.cells).toBe(10 + 4 + 1);
    expect(added.result.messages).toEqual([]);
    expect(clerkSnapshots(host)).not.toEqual(before);
    expect(clerkSnapshots(host, [], ours)).toEqual(before);

    const people = host.sheet("Cá nhân");
    const mine = people.conditionalFormats.filter((cf) => isHighlightFormula(cf.formula));
    const errorCells = mine.filter((cf) => cf.formula?.includes("error")).flatMap((cf) => cf.ranges);
    expect(errorCells.length).toBe(10);
    expect(errorCells[0]).toEqual({ r0: 2, c0: 2, r1: 2, c1: 2 });
    expect(mine.every((cf) => cf.format.fill && cf.format.fontColor)).toBe(true);
    expect(people.conditionalFormats.some((cf) => cf.formula === '=$D3="Nữ"')).toBe(true);
    const ratings = host.sheet("Xếp loại").conditionalFormats;
    expect(ratings.map((cf) => cf.formula)).toEqual(['=N("thidua:error")=0']);

    const removed = await measure(host, () => clearHighlights());
    expect(removed.result.removed).toBe(mine.length + ratings.length);
    expect(removed.syncs.length).toBeLessThanOrEqual(4);
    expect(clerkSnapshots(host)).toEqual(before);
  });

  test("highlighting again replaces the previous rules instead of piling them up", async () => {
    const host = clerkHost(50, { apiVersion: "1.9" });
    await measure(host, () => highlight(issues(10)));
    const once = clerkSnapshots(host);
    const again = await measure(host, () => highlight(issues(10)));
    expect(again.result.removed).toBeGreaterThan(0);
    expect(clerkSnapshots(host)).toEqual(once);
  });

  test("ExcelApi 1.8: one rule per column run, no 1.9 API used, capped per sheet with a message", async () => {
    const host = clerkHost(200, { apiVersion: "1.8" });
    const before = clerkSnapshots(host);
    const { result, syncs } = await measure(host, () => highlight(issues(30), { maxRulesPerSheet: 12 }));
    expect(syncs.every((s) => !s.failed)).toBe(true);
    const mine = host.sheet("Cá nhân").conditionalFormats.filter((cf) => isHighlightFormula(cf.formula));
    expect(mine.length).toBe(12);
    expect(mine.every((cf) => cf.ranges.length === 1)).toBe(true);
    expect(result.truncated).toEqual([{ sheet: "Cá nhân", shown: 12, total: 30 + 10 }]);
    expect(result.messages.map((m) => m.key)).toEqual(["excel.degrade.rangeAreas", "excel.highlight.truncated"]);
    expect(clerkSnapshots(host, [], ours)).toEqual(before);
    await measure(host, () => clearHighlights());
    expect(clerkSnapshots(host)).toEqual(before);
  });

  test("100 and 10,000 issue cells: the same round trips; no request over 5 MB", async () => {
    const small = await measure(clerkHost(10_000, { apiVersion: "1.9" }), () => highlight(issues(100)));
    const host = clerkHost(10_000, { apiVersion: "1.9" });
    const before = clerkSnapshots(host);
    const big = await measure(host, () => highlight(issues(4_900)));
    expect(big.syncs.length).toBe(small.syncs.length);
    expect(big.result.cells).toBe(4_900 + 1634 + 1);
    expect(big.syncs.every((s) => s.requestBytes < FIVE_MB && s.responseBytes < FIVE_MB)).toBe(true);
    const removal = await measure(host, () => clearHighlights());
    expect(removal.syncs.length).toBe(4);
    expect(clerkSnapshots(host)).toEqual(before);
  });

  test("removal with nothing of ours to remove sends no deletion and changes nothing", async () => {
    const host = clerkHost(5);
    const before = clerkSnapshots(host);
    const { result, syncs } = await measure(host, () => clearHighlights());
    expect(result.removed).toBe(0);
    expect(syncs.length).toBe(3);
    expect(clerkSnapshots(host)).toEqual(before);
  });

  test("cellRuns merges vertical neighbours column by column", () => {
    expect(cellRuns(["B5", "B6", "B7", "B9", "A1", "B6", "AA10"])).toEqual([
      { address: "A1", cells: 1 },
      { address: "B5:B7", cells: 3 },
      { address: "B9", cells: 1 },
      { address: "AA10", cells: 1 },
    ]);
  });

  test("isHighlightFormula recognises only our tag", () => {
    expect(isHighlightFormula('=N("thidua:error")=0')).toBe(true);
    expect(isHighlightFormula('= n( "THIDUA:warning" ) = 0')).toBe(true);
    expect(isHighlightFormula('=N("thidua:error")=1')).toBe(false);
    expect(isHighlightFormula('=$D3="Nữ"')).toBe(false);
    expect(isHighlightFormula(undefined)).toBe(false);
  });
});
