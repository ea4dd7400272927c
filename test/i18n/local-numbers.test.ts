/** Numbers in messages as each language writes them: the decimal comma in Vietnamese. */
import { translator } from "../../src/i18n";

test("a vote share with decimals reads 90,9 % in Vietnamese and 90.9 % in English; whole numbers are unchanged", () => {
  const params = { level: "CO_SO", votes: 10, members: 11, share: 90.9, threshold: 80 };
  expect(translator("vi")("rules.C2.pass", params)).toBe("Hội đồng cơ sở: 10/11 phiếu đồng ý (90,9 %), đạt ngưỡng 80 % tổng số thành viên");
  expect(translator("en")("rules.C2.pass", params)).toContain("(90.9 %)");
  expect(translator("vi")("rank.header", { year: 2025, ruleSet: "ND152-2025", people: 150, units: 10 })).toBe("Năm 2025 · bộ quy tắc ND152-2025 · 150 cá nhân, 10 đơn vị");
});
