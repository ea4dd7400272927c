import { matchKey } from "../../../src/core/text/fold";
import { SETTING_KEYS } from "../../../src/core/settings";
import {
  defaultRuleSet,
  paramByLabel,
  paramDef,
  parseParamValue,
  PARAM_IDS,
  PARAMETERS,
  RULE_SETS,
  ruleSetByName,
  ruleSetDefaults,
} from "../../../src/core/rules/parameters";

describe("the parameter table", () => {
  test("every id is defined exactly once, with both labels, a source and a confidence", () => {
    expect(PARAMETERS.map((p) => p.id).sort()).toEqual([...PARAM_IDS].sort());
    for (const p of PARAMETERS) {
      expect(p.label.trim()).not.toBe("");
      expect(p.labelEn.trim()).not.toBe("");
      expect(p.source.trim()).not.toBe("");
      expect(["C", "P", "U"]).toContain(p.confidence);
      expect(Object.keys(p.defaults).sort()).toEqual([...RULE_SETS].sort());
    }
  });

  test("labels are distinct when matched like `Tham số` keys, and never collide with the settings keys", () => {
    const keys = PARAMETERS.map((p) => matchKey(p.label));
    expect(new Set(keys).size).toBe(keys.length);
    const settings = new Set(SETTING_KEYS.map((k) => matchKey(k.label)));
    for (const k of keys) expect(settings.has(k)).toBe(false);
  });

  test("the two labels workbook.md names are parameters", () => {
    expect(paramByLabel("Tỷ lệ tối đa CSTĐCS")?.id).toBe("cstdcsQuota");
    expect(paramByLabel("Tỷ lệ LĐTT tối thiểu của TTLĐTT")?.id).toBe("ttldttLdttShare");
    expect(paramByLabel("ngưỡng phiếu cstđcs")?.id).toBe("cstdcsVote");
    expect(paramByLabel("Nguong phieu CSTDCS")?.id).toBe("cstdcsVote");
    expect(paramByLabel("cstdBoVote")?.id).toBe("cstdBoVote");
    expect(paramByLabel("Không có tham số này")).toBeUndefined();
  });

  test("defaults have the parameter's type in every rule set", () => {
    for (const p of PARAMETERS) {
      for (const rs of RULE_SETS) {
        const v = p.defaults[rs];
        if (v === null) {
          expect(p.nullable).toBe(true);
          continue;
        }
        if (p.type === "bool") expect(typeof v).toBe("boolean");
        else if (p.type === "enum") expect(p.options).toContain(v);
        else expect(typeof v).toBe("number");
        if (p.type === "percent") expect(v as number).toBeGreaterThanOrEqual(0);
        if (p.type === "percent") expect(v as number).toBeLessThanOrEqual(1);
        if (p.type === "int") expect(Number.isInteger(v)).toBe(true);
      }
    }
  });

  test("the settled thresholds in all three rule sets; the quota only in ND91-2017", () => {
    for (const rs of RULE_SETS) {
      const d = ruleSetDefaults(rs);
      expect([d.cstdcsVote, d.cstdBoVote, d.cstdtqVote, d.coBoVote, d.coCpVote]).toEqual([0.8, 0.9, 0.9, 0.8, 0.8]);
      expect(d.proposalThresholds).toBeNull();
      expect(d.strictTargets).toBe(false);
      expect([d.classAShare, d.classBShare, d.classCShare]).toEqual([0.9, 0.8, 0.7]);
      expect([d.classBGapOneMissed, d.classBGapEachMissed, d.targetShortfallMode]).toEqual([0.15, 0.05, "points"]);
      expect(d.unitWomenShare).toBe(0.7);
      expect([d.ldttExcludeNewRecruits, d.ldttExcludeLongLeave, d.ldttExcludeDisciplined]).toEqual([false, false, false]);
      expect([d.bkBoMixInitiativeResearch, d.bkTtgBkBoBeforeWindow]).toEqual([false, false]);
    }
    expect(ruleSetDefaults("ND91-2017").cstdcsQuota).toBe(0.15);
    expect(ruleSetDefaults("ND98-2023").cstdcsQuota).toBeNull();
    expect(ruleSetDefaults("ND152-2025").cstdcsQuota).toBeNull();
    expect(ruleSetDefaults("ND91-2017").ttldttLdttShare).toBe(0.5);
    expect(ruleSetDefaults("ND152-2025").ttldttLdttShare).toBe(0.7);
  });

  test("default rule set by year", () => {
    expect(defaultRuleSet(2021)).toBe("ND91-2017");
    expect(defaultRuleSet(2023)).toBe("ND91-2017");
    expect(defaultRuleSet(2024)).toBe("ND98-2023");
    expect(defaultRuleSet(2025)).toBe("ND152-2025");
    expect(defaultRuleSet(2030)).toBe("ND152-2025");
  });

  test("rule set names are matched loosely", () => {
    expect(ruleSetByName("ND152-2025")).toBe("ND152-2025");
    expect(ruleSetByName("nđ 98/2023")).toBe("ND98-2023");
    expect(ruleSetByName(" ND91 2017 ")).toBe("ND91-2017");
    expect(ruleSetByName("ND100-2026")).toBeUndefined();
  });
});

describe("reading a Giá trị cell for a parameter", () => {
  const def = (id: string) => {
    const d = paramDef(id);
    if (!d) throw new Error(id);
    return d;
  };
  test.each([
    ["cstdcsVote", 0.75, 0.75],
    ["cstdcsVote", 75, 0.75],
    ["cstdcsVote", "75%", 0.75],
    ["cstdcsVote", "82,5 %", 0.825],
    ["cstdcsQuota", "Không", null],
    ["cstdcsQuota", "-", null],
    ["cstdcsQuota", "15%", 0.15],
    ["ldttExcludeDisciplined", "Có", true],
    ["ldttExcludeDisciplined", "không", false],
    ["ldttExcludeDisciplined", true, true],
    ["ldttMinServiceMonths", "12", 12],
    ["targetShortfallMode", "Tương đối", "relative"],
    ["targetShortfallMode", "points", "points"],
    ["ttldttDisciplineForm", "Khiển trách", "KHIEN_TRACH"],
    ["baseSalary", "2.340.000", 2340000],
  ])("%s ← %p reads %p", (id, value, expected) => {
    expect(parseParamValue(def(id), value)).toEqual({ ok: true, value: expected });
  });
  test.each([
    ["cstdcsVote", "nhiều"],
    ["cstdcsVote", 150],
    ["cstdcsVote", ""],
    ["cstdcsVote", "#N/A"],
    ["cstdcsVote", "Không"],
    ["ldttExcludeDisciplined", "có lẽ"],
    ["ldttMinServiceMonths", "2,5"],
    ["ldttMinServiceMonths", -1],
    ["targetShortfallMode", "khác"],
  ])("%s ← %p is not an override", (id, value) => {
    expect(parseParamValue(def(id), value).ok).toBe(false);
  });
});
