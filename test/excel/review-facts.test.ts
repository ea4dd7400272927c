/** The hidden `Dữ kiện rà soát` sheet written by the pane's ranking, on the fake host. */
import { checkWorkbook } from "../../src/core/check";
import { rankWorkbook } from "../../src/core/rank";
import { currentStamps, readFactsSheet } from "../../src/core/review";
import { runExcel } from "../../src/excel/sync";
import { writeFactsSheet } from "../../src/excel/review-facts";
import { createFakeOffice } from "../fake-office";
import { workbook } from "../core/review/fixture";
import { measure } from "./helpers";

const FACTS = "Dữ kiện rà soát";

function store() {
  const check = checkWorkbook(workbook());
  const stamps = currentStamps(check.data, rankWorkbook(check.data, check.fingerprint)!.result);
  return new Map([...stamps.values()].map((s) => [s.stamp, s.record]));
}

test("written hidden, read back to the same records; a second ranking replaces the content", async () => {
  const h = createFakeOffice({ sheets: [{ name: "Cấu hình", rows: [["Tham số", "Giá trị"]] }] });
  const s = store();
  expect(s.size).toBeGreaterThan(5);
  const first = await measure(h, () => runExcel((ctx) => writeFactsSheet(ctx, s)));
  expect(first.result).toEqual({ rows: s.size, added: true });
  expect(first.syncs).toHaveLength(2);
  expect(h.sheet(FACTS).visibility).toBe("Hidden");
  expect(readFactsSheet({ name: FACTS, values: h.values(FACTS) })).toEqual(s);

  const fewer = new Map([...s].slice(0, 2));
  const second = await measure(h, () => runExcel((ctx) => writeFactsSheet(ctx, fewer)));
  expect(second.result).toEqual({ rows: 2, added: false });
  expect(h.values(FACTS)).toHaveLength(3);
  expect(readFactsSheet({ name: FACTS, values: h.values(FACTS) })).toEqual(fewer);
});

test("large stores go in ~4 MB requests", async () => {
  const h = createFakeOffice({ sheets: [{ name: "Cấu hình", rows: [["Tham số", "Giá trị"]] }] });
  const s = store();
  const { syncs } = await measure(h, () => runExcel((ctx) => writeFactsSheet(ctx, s, 3_000)));
  expect(syncs.length).toBeGreaterThan(2);
  expect(syncs.every((x) => x.requestBytes < 12_000)).toBe(true);
  expect(readFactsSheet({ name: FACTS, values: h.values(FACTS) })).toEqual(s);
});
