import type { SheetGrid } from "../../src/core/grid";
import { translator } from "../../src/i18n";
import { parseReviewStatus, reviewStatusSpellings, titleText } from "../../src/core/review";
import { buildProposalsSheet, reviewStatusDropDown } from "../../src/output/proposals-sheet";
import { CRITERIA_200, fxGrids, resultRow, scoresFor } from "../core/ranking/fixture";
import { rankGrids, ranked, sampleFx } from "./fixture";

const t = translator("vi");

/** workbook.md, `Đề nghị`: the columns in this order. */
const SPEC_COLUMNS = [
  "STT",
  "Mã đối tượng",
  "Tên",
  "Đơn vị",
  "Danh hiệu/Hình thức",
  "Kết quả xét",
  "Căn cứ",
  "Trạng thái rà soát",
  "Người rà soát",
  "Thời gian rà soát",
  "Ý kiến",
  "Dấu dữ liệu",
  "Ghi chú hệ thống",
];

function build(r = ranked()) {
  return buildProposalsSheet({ result: r.rank.result, data: r.check.data, grids: r.grids, t });
}

describe("Đề nghị", () => {
  test("columns exactly in workbook.md's order", () => {
    expect(build().sheet.values[0]).toEqual(SPEC_COLUMNS);
  });

  test("Trạng thái rà soát has a drop-down of the three labels the reader accepts first, its texts within Excel's limits", () => {
    const sheet = build().sheet;
    expect(sheet.dropDowns).toHaveLength(1);
    const d = sheet.dropDowns![0];
    expect(SPEC_COLUMNS[d.column]).toBe("Trạng thái rà soát");
    expect(d.values).toEqual(["Chờ rà soát", "Đồng ý", "Trả lại"]);
    expect(d.values).toEqual(reviewStatusSpellings().slice(0, 3));
    expect(d.values.map(parseReviewStatus)).toEqual(["PENDING", "APPROVED", "RETURNED"]);
    for (const lang of ["vi", "en"] as const) {
      const x = reviewStatusDropDown(translator(lang));
      // Excel's data-validation dialog: titles up to 32 characters, input message 255, error message 225.
      expect(x.promptTitle.length).toBeLessThanOrEqual(32);
      expect(x.errorTitle.length).toBeLessThanOrEqual(32);
      expect(x.prompt.length).toBeLessThanOrEqual(255);
      expect(x.error.length).toBeLessThanOrEqual(225);
      expect(x.prompt).toContain("Chờ rà soát / Đồng ý / Trả lại");
      expect(x.error).toContain("Chờ rà soát / Đồng ý / Trả lại");
    }
    // The alert names spellings the reader really accepts besides the list.
    expect(parseReviewStatus("Duyệt")).toBe("APPROVED");
    expect(parseReviewStatus("Không đồng ý")).toBe("RETURNED");
  });

  test("one row per eligible or pending decision, new rows waiting for review, STT from 1", () => {
    const r = ranked();
    const out = build(r);
    const [, ...rows] = out.sheet.values;
    const expected = [...r.rank.result.units, ...r.rank.result.people].flatMap((s) =>
      s.decisions.filter((d) => d.status === "eligible" || d.status === "pending").map((d) => `${s.code}|${titleText(d.title)}`),
    );
    expect(rows.map((x) => `${x[1]}|${x[4]}`).sort()).toEqual(expected.sort());
    expect(rows.map((x) => x[0])).toEqual(rows.map((_, i) => i + 1));
    for (const x of rows) {
      expect(x[7]).toBe("Chờ rà soát");
      expect(x[11]).toMatch(/^sha256:[0-9a-f]{16}$/);
      expect(["Đủ điều kiện", "Chưa đủ hồ sơ"]).toContain(x[5]);
    }
    // a not-eligible decision is no proposal
    const notEligible = r.rank.result.units.flatMap((u) => u.decisions.filter((d) => d.status === "not-eligible").map((d) => `${u.code}|${titleText(d.title)}`));
    expect(notEligible).toContain("KV02|Cờ thi đua cấp Bộ, ngành, tỉnh");
    for (const key of notEligible) expect(rows.map((x) => `${x[1]}|${x[4]}`)).not.toContain(key);
  });

  test("the data stamp follows the facts a decision used, not the row order", () => {
    const stampOf = (out: ReturnType<typeof build>, subject: string, title: string) =>
      out.sheet.values.find((x) => x[1] === subject && x[4] === title)?.[11];
    const base = stampOf(build(), "KV01", "Cờ thi đua cấp Bộ, ngành, tỉnh");
    expect(base).toBeDefined();
    // same data, rows of every sheet reversed: same stamp
    const grids = fxGrids(sampleFx());
    const reversed = { sheets: grids.sheets.map((g): SheetGrid => ({ ...g, values: [g.values[0], ...g.values.slice(1).reverse()] })) };
    expect(stampOf(build(rankGrids(reversed)), "KV01", "Cờ thi đua cấp Bộ, ngành, tỉnh")).toBe(base);
    // one vote more for KV01's flag: the stamp changes; an unrelated person's rating: it does not
    const fx = sampleFx();
    fx.votes = [[2025, "KV01", "CO_BO", 10, 10], [2025, "CB01", "CSTDCS", 9, 10]];
    expect(stampOf(build(ranked(fx)), "KV01", "Cờ thi đua cấp Bộ, ngành, tỉnh")).not.toBe(base);
    const fx2 = sampleFx();
    fx2.ratings = (fx2.ratings ?? []).map((r) => (r[1] === "CB05" ? [2025, "CB05", "HTTNV"] : r));
    expect(stampOf(build(ranked(fx2)), "KV01", "Cờ thi đua cấp Bộ, ngành, tỉnh")).toBe(base);
    // a parameter of its rules (the CO_BO vote threshold): the stamp changes
    const fx3 = sampleFx();
    fx3.settings = [["Ngưỡng phiếu Cờ thi đua cấp Bộ, tỉnh", "85%"]];
    expect(stampOf(build(ranked(fx3)), "KV01", "Cờ thi đua cấp Bộ, ngành, tỉnh")).not.toBe(base);
  });

  test("a review typed into the input's Đề nghị is carried over for the same subject and title", () => {
    const first = build();
    const row = first.sheet.values.find((x) => x[1] === "KV01" && x[4] === "Tập thể lao động tiên tiến");
    expect(row).toBeDefined();
    const reviewed = [...(row ?? [])];
    reviewed[7] = "Đồng ý";
    reviewed[8] = "Trưởng phòng TCCB";
    reviewed[9] = "20/01/2026 09:00";
    const previous: SheetGrid = { name: "Đề nghị", values: [SPEC_COLUMNS, reviewed] };
    const again = build(ranked(sampleFx(), [previous]));
    const carried = again.sheet.values.find((x) => x[1] === "KV01" && x[4] === "Tập thể lao động tiên tiến");
    expect(carried?.[7]).toBe("Đồng ý");
    expect(carried?.[8]).toBe("Trưởng phòng TCCB");
    expect(carried?.[12]).toBe("");
    expect(again.carry.summary).toMatchObject({ carried: 1, stale: 0 });
  });

  test("units without members or ratings are proposed as pending, never silently dropped", () => {
    const r = ranked({
      units: [{ code: "KV09", cluster: "K" }],
      criteria: CRITERIA_200,
      scores: scoresFor(2025, "KV09", 150),
      results: [resultRow(2025, "KV09", 0.9, 0.5)],
    });
    const rows = build(r).sheet.values.slice(1);
    expect(rows.map((x) => [x[1], x[5]])).toContainEqual(["KV09", "Chưa đủ hồ sơ"]);
  });
});
