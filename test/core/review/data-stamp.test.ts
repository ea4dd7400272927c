import { buildFactIndex, currentStamps, dataStamp, decisionFacts, factAt } from "../../../src/core/review";
import { load, type Variant } from "./fixture";

const stampsOf = (v: Variant = {}) => {
  const { data, rank } = load(v);
  return new Map([...currentStamps(data, rank)].map(([k, s]) => [k, s.stamp]));
};

describe("Dấu dữ liệu: cosmetic changes change nothing", () => {
  const base = stampsOf();
  test("the fixture gives one stamp per subject and title", () => {
    expect([...base.keys()].sort()).toEqual(["CB001|CSTDCS", "CB001|LDTT", "CB002|LDTT", "CB003|CSTDCS", "KV01|TTLDTT", "KV02|TTLDTT"]);
    expect(new Set(base.values()).size).toBe(base.size);
    for (const s of base.values()) expect(s).toMatch(/^sha256:[0-9a-f]{16}$/);
  });
  test.each<[string, Variant]>([
    ["column order reversed", { reverseColumns: true }],
    ["real dates instead of text dates", { serialDates: true }],
    ["percent cells as fractions instead of 82,5%", { fractionPercents: true }],
    ["headers without diacritics, upper case", { plainHeaders: true }],
    ["rows in reverse order", { reverseRows: true }],
    ["an extra unknown column", { extraColumn: true }],
    ["a banner row above the headers", { banner: true }],
    ["all of these at once", { reverseColumns: true, serialDates: true, fractionPercents: true, plainHeaders: true, reverseRows: true, extraColumn: true, banner: true }],
  ])("%s", (_label, variant) => {
    const { data } = load(variant);
    // The variant really moved the cells the decisions cite (otherwise the test would prove nothing).
    if (variant.reverseColumns || variant.extraColumn) {
      const a = load().data.ratings[0].src.cells.rating;
      expect(data.ratings.find((r) => r.subject === "CB001" && r.year === 2023)!.src.cells.rating).not.toBe(a);
    }
    expect(stampsOf(variant)).toEqual(base);
  });
});

describe("Dấu dữ liệu: a change of a fact a decision used changes exactly its stamps", () => {
  const base = stampsOf();
  const changed = (v: Variant) => {
    const now = stampsOf(v);
    return [...base.keys()].filter((k) => now.get(k) !== base.get(k)).sort();
  };
  test("CB001's 2025 rating → both of CB001's decisions", () => {
    expect(changed({ edits: [["Xếp loại", 2, "Xếp loại", "HTTNV"]] })).toEqual(["CB001|CSTDCS", "CB001|LDTT"]);
  });
  test("CB001's 2023 rating → only CSTDCS (LDTT does not read 2023)", () => {
    expect(changed({ edits: [["Xếp loại", 0, "Xếp loại", "HTTNV"]] })).toEqual(["CB001|CSTDCS"]);
  });
  test("the initiative's decision date → only CB001 CSTDCS", () => {
    expect(changed({ edits: [["Sáng kiến", 0, "Ngày quyết định", "21/06/2025"]] })).toEqual(["CB001|CSTDCS"]);
  });
  test("CB003's votes → only CB003 CSTDCS", () => {
    expect(changed({ edits: [["Bình xét", 1, "Số phiếu đồng ý", 10]] })).toEqual(["CB003|CSTDCS"]);
  });
  test("KV02's target → only KV02 TTLDTT", () => {
    expect(changed({ edits: [["Kết quả THADS", 1, "Chỉ tiêu việc", "85%"]] })).toEqual(["KV02|TTLDTT"]);
  });
  test("a fact no decision read (a name) → nothing", () => {
    expect(changed({ edits: [["Cá nhân", 1, "Họ và tên", "Trần Thị Bình Minh"]] })).toEqual([]);
  });
  test("the same value written another way (text rating phrase vs code) → nothing", () => {
    expect(changed({ edits: [["Xếp loại", 2, "Xếp loại", "Hoàn thành xuất sắc nhiệm vụ"]] })).toEqual([]);
  });
});

describe("facts records", () => {
  test("a parameter linked to a rule the decision used is in its record; its change changes the stamp", () => {
    const { data, rank } = load();
    const index = buildFactIndex(data);
    const cb1 = rank.people[0];
    const run = { year: 2025, ruleSet: rank.ruleSet, parameters: rank.parameters };
    const r = decisionFacts("CB001", cb1.decisions[0], index, run);
    expect(r.params.cstdcsVote).toBe(0.8);
    const other = decisionFacts("CB001", cb1.decisions[0], index, { ...run, parameters: { ...rank.parameters, cstdcsVote: 0.9 } });
    expect(dataStamp(other)).not.toBe(dataStamp(r));
    // LDTT (R1 only) does not depend on the CSTDCS vote threshold.
    const ldtt = decisionFacts("CB001", cb1.decisions[1], index, run);
    expect(ldtt.params.cstdcsVote).toBeUndefined();
    expect(dataStamp(decisionFacts("CB001", cb1.decisions[1], index, { ...run, parameters: { ...rank.parameters, cstdcsVote: 0.9 } }))).toBe(dataStamp(ldtt));
  });
  test("the status is part of the stamp", () => {
    const { data, rank } = load();
    const index = buildFactIndex(data);
    const d = rank.people[0].decisions[1];
    const run = { year: 2025, ruleSet: rank.ruleSet, parameters: rank.parameters };
    expect(dataStamp(decisionFacts("CB001", { ...d, status: "hold" }, index, run))).not.toBe(dataStamp(decisionFacts("CB001", d, index, run)));
  });
  test("cited cells resolve to facts by identity, with their current address", () => {
    const { data } = load({ reverseColumns: true });
    const index = buildFactIndex(data);
    const r = data.ratings.find((x) => x.subject === "CB001" && x.year === 2025)!;
    const f = factAt(index, `${r.src.sheet}!${r.src.cells.rating}`);
    expect(f).toEqual({ id: "ratings|2025|CB001|rating", value: "HTXSNV", cell: `Xếp loại!${r.src.cells.rating}` });
    expect(factAt(index, "'Xếp loại'!$" + r.src.cells.rating.replace(/(\d+)/, "$$$1")).id).toBe(f.id);
    expect(factAt(index, "Xếp loại!Z99").id).toBe("cell|xeploai!Z99");
  });
  test("settings cells are facts keyed by the folded label", () => {
    const { data } = load();
    const f = factAt(buildFactIndex(data), "Cấu hình!B4");
    expect(f.id).toBe("settings|nguongphieucstdcs");
    expect(f.label).toBe("Ngưỡng phiếu CSTĐCS");
  });
});
